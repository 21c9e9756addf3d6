import Crypto

/// Finds the public key a proof's `verificationMethod` names. Implementations must never reach the
/// network: the verifier is offline by design, and callers supply what they trust.
public protocol KeyResolver: Sendable {
    /// The key, or nil when this resolver does not handle the identifier (the next one is asked).
    /// Throws `KeyResolutionError` when it does handle it but resolution fails.
    func resolveKey(for verificationMethod: String) throws -> ResolvedKey?
}

/// A verification method's Ed25519 key and what it was resolved from.
public struct ResolvedKey: Sendable {
    public let verificationMethod: String
    /// The DID or controller document that vouches for the key.
    public let controller: String
    public let publicKey: Curve25519.Signing.PublicKey
    /// The key was read from the identifier itself and no document of the controller confirmed it,
    /// so only the credential says the key is the controller's: the verifier then requires the
    /// controller to be the issuer and reports the check as a warning.
    public let isSelfAsserted: Bool

    public init(verificationMethod: String, controller: String, publicKey: Curve25519.Signing.PublicKey, isSelfAsserted: Bool = false) {
        self.verificationMethod = verificationMethod
        self.controller = controller
        self.publicKey = publicKey
        self.isSelfAsserted = isSelfAsserted
    }
}

/// Why a verification method could not be turned into a key.
public enum KeyResolutionError: Error, Equatable, Sendable, CustomStringConvertible {
    case noScheme(String)
    case unknownScheme(scheme: String, verificationMethod: String)
    case unknownDIDMethod(method: String, verificationMethod: String)
    case notResolvableOffline(String)
    case notFound(verificationMethod: String, controller: String)
    case notAuthorized(verificationMethod: String, controller: String)
    case invalidKey(verificationMethod: String, reason: String)

    public var description: String {
        switch self {
        case .noScheme(let method):
            "verification method \(method) is not a URL (no scheme)"
        case .unknownScheme(let scheme, let method):
            "verification method \(method) has an unknown scheme \"\(scheme)\""
        case .unknownDIDMethod(let didMethod, let method):
            "unknown DID method \"\(didMethod)\" in \(method) (only did:key resolves offline)"
        case .notResolvableOffline(let method):
            "verification method \(method) is not resolvable offline: no controller document was supplied for it and nothing is fetched"
        case .notFound(let method, let controller):
            "verification method \(method) not found in the controller document \(controller)"
        case .notAuthorized(let method, let controller):
            "verification method \(method) is not listed under assertionMethod in \(controller)"
        case .invalidKey(let method, let reason):
            "verification method \(method) holds no usable Ed25519 key: \(reason)"
        }
    }

    /// The reason when no resolver handled the identifier, judged from its syntax alone.
    static func unresolved(_ verificationMethod: String) -> KeyResolutionError {
        guard let colon = verificationMethod.firstIndex(of: ":"),
              verificationMethod[..<colon].range(of: #"^[A-Za-z][A-Za-z0-9+.-]*$"#, options: .regularExpression) != nil
        else { return .noScheme(verificationMethod) }
        let scheme = verificationMethod[..<colon].lowercased()
        switch scheme {
        case "did":
            let method = verificationMethod[verificationMethod.index(after: colon)...].prefix { $0 != ":" }
            // did:web is well known but needs HTTPS; did:key is built in, so reaching here means it
            // was not configured. Any other method is unknown to this verifier.
            if ["web", "key"].contains(String(method)) { return .notResolvableOffline(verificationMethod) }
            return .unknownDIDMethod(method: String(method), verificationMethod: verificationMethod)
        case "http", "https", "urn":
            return .notResolvableOffline(verificationMethod)
        default:
            return .unknownScheme(scheme: scheme, verificationMethod: verificationMethod)
        }
    }
}
