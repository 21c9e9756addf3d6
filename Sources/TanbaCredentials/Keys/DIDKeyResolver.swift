/// Resolves `did:key` Ed25519 identifiers (`did:key:z6Mk...`, optionally `#z6Mk...`) from the DID
/// itself: the key is encoded in it, so nothing needs fetching.
public struct DIDKeyResolver: KeyResolver {
    public init() {}

    public func resolveKey(for verificationMethod: String) throws -> ResolvedKey? {
        let prefix = "did:key:"
        guard verificationMethod.hasPrefix(prefix) else { return nil }
        let parts = verificationMethod.dropFirst(prefix.count).split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let multibase = String(parts[0])
        // The DID document of did:key has exactly one key, whose fragment is the multibase itself.
        if parts.count == 2, parts[1] != parts[0] {
            throw KeyResolutionError.notFound(verificationMethod: verificationMethod, controller: prefix + multibase)
        }
        do {
            let key = try Ed25519Multikey(publicKeyMultibase: multibase)
            return ResolvedKey(verificationMethod: verificationMethod, controller: prefix + multibase, publicKey: key.publicKey)
        } catch let error as CredentialError {
            throw KeyResolutionError.invalidKey(verificationMethod: verificationMethod, reason: error.description)
        }
    }
}
