/// One signature row of an official document: «Ректор ____________ А. Б. Фамилия».
public struct SignatureLine: Sendable, Hashable {
    /// The signatory's position, printed on the left (e.g. "Ректор").
    public var role: String
    /// The signatory's name, printed right-aligned after the blank line to sign on.
    public var name: String

    /// A signature row.
    public init(role: String, name: String) {
        self.role = role
        self.name = name
    }
}
