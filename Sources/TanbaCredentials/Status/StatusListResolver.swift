/// Supplies status list credentials by URL; implementations must never reach the network.
/// Return only lists you trust (issued yourself or already verified): their own proofs are not
/// re-checked by the verifier.
public protocol StatusListResolver: Sendable {
    /// The `BitstringStatusListCredential` published at `url`, or nil when it is not available offline.
    func statusListCredential(at url: String) throws -> JSONValue?
}

/// A fixed map of status list credential URL to credential.
public struct StaticStatusListResolver: StatusListResolver {
    private let credentials: [String: JSONValue]

    public init(credentials: [String: JSONValue] = [:]) {
        self.credentials = credentials
    }

    public func statusListCredential(at url: String) throws -> JSONValue? {
        credentials[url]
    }
}
