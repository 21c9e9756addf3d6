/// RDFC-1.0 identifier issuer (§4.5): hands out prefix+counter labels and remembers their order.
/// A value type, because Hash N-Degree Quads works on copies it may throw away.
struct IdentifierIssuer: Sendable {
    let prefix: String
    private var counter = 0
    private(set) var issued: [String: String] = [:]
    /// Existing identifiers in the order they were issued.
    private(set) var issuedOrder: [String] = []

    init(prefix: String) {
        self.prefix = prefix
    }

    @discardableResult
    mutating func issue(_ existing: String) -> String {
        if let identifier = issued[existing] { return identifier }
        let identifier = prefix + String(counter)
        counter += 1
        issued[existing] = identifier
        issuedOrder.append(existing)
        return identifier
    }

    func identifier(for existing: String) -> String? { issued[existing] }
}
