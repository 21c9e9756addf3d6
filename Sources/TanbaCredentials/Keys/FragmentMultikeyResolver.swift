/// Resolves `https://controller#z6Mk...` verification methods whose fragment is itself an Ed25519
/// `publicKeyMultibase`, the convention the 1EdTech validator accepts. Nothing is fetched, so the
/// key is self-asserted: `ProofCheck` requires its controller to be the issuer and warns that the
/// issuer's own profile did not confirm it. Ask it after resolvers that hold real documents, so a
/// known issuer's published keys always take precedence.
public struct FragmentMultikeyResolver: KeyResolver {
    public init() {}

    public func resolveKey(for verificationMethod: String) throws -> ResolvedKey? {
        guard verificationMethod.hasPrefix("https://") || verificationMethod.hasPrefix("http://"),
              let hash = verificationMethod.firstIndex(of: "#") else { return nil }
        let fragment = String(verificationMethod[verificationMethod.index(after: hash)...])
        // Only Ed25519 multikeys ("z6Mk..."); any other fragment is an ordinary key id needing its document.
        guard fragment.hasPrefix("z6Mk"), let key = try? Ed25519Multikey(publicKeyMultibase: fragment) else { return nil }
        return ResolvedKey(verificationMethod: verificationMethod, controller: String(verificationMethod[..<hash]),
                           publicKey: key.publicKey, isSelfAsserted: true)
    }
}
