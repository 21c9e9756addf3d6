/// Supplies JSON-LD context documents by URL; implementations must never reach the network.
public protocol DocumentLoader: Sendable {
    /// Returns the whole context document (the object holding `@context`), or throws
    /// `CredentialError.unknownContext` for a URL it does not hold.
    func loadContext(_ url: String) throws -> JSONValue
}
