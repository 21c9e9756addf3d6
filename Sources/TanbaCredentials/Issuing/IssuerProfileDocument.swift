/// The issuer profile document the app serves at the profile URL: the Open Badges 3.0 `Profile`
/// plus its Ed25519 keys as `Multikey` verification methods, so that a proof's
/// `verificationMethod` (`{profileURL}#key-N`) resolves to a key the issuer vouches for.
public enum IssuerProfileDocument {
    /// One published key.
    public struct Key: Sendable, Equatable {
        /// `{profileURL}#key-N`.
        public var id: String
        public var publicKeyMultibase: String
        /// Whether new credentials are signed with it. Exactly one key is active; retired keys
        /// stay published (and authorised) so credentials signed before a rotation still verify.
        public var active: Bool

        public init(id: String, publicKeyMultibase: String, active: Bool) {
            self.id = id
            self.publicKeyMultibase = publicKeyMultibase
            self.active = active
        }
    }

    /// The JSON-LD document. Every key is listed under `verificationMethod` and authorised under
    /// `assertionMethod`; the active key comes first, then the others newest first.
    public static func build(profile: IssuerProfile, keys: [Key], extensionContext: TanbaExtensionContext) throws -> JSONValue {
        try profile.validate(field: "profile")
        guard keys.count(where: \.active) == 1 else {
            throw CredentialInputError(field: "keys", reason: "exactly one key must be active, \(keys.count(where: \.active)) are")
        }
        var seen: Set<String> = []
        for key in keys {
            guard key.id.hasPrefix(profile.id + "#"), key.id.count > profile.id.count + 1 else {
                throw CredentialInputError(field: "keys", reason: "\(key.id) is not a fragment of the profile URL \(profile.id)")
            }
            guard seen.insert(key.id).inserted else { throw CredentialInputError(field: "keys", reason: "\(key.id) is listed twice") }
            do {
                _ = try Ed25519Multikey(publicKeyMultibase: key.publicKeyMultibase)
            } catch {
                throw CredentialInputError(field: "keys", reason: "\(key.id): \(error)")
            }
        }
        let ordered = keys.sorted { lhs, rhs in
            if lhs.active != rhs.active { return lhs.active }
            let left = IssuerKeyStore.keyNumber(of: lhs.id, profileURL: profile.id) ?? 0
            let right = IssuerKeyStore.keyNumber(of: rhs.id, profileURL: profile.id) ?? 0
            return left != right ? left > right : lhs.id < rhs.id
        }
        var document = profile.json()
        document["@context"] = [.string(AchievementCredentialBuilder.credentialsV2Context),
                                .string(AchievementCredentialBuilder.openBadgesContext), .string(extensionContext.url)]
        document["verificationMethod"] = .array(ordered.map { key in
            ["id": .string(key.id), "type": "Multikey", "controller": .string(profile.id), "publicKeyMultibase": .string(key.publicKeyMultibase)]
        })
        document["assertionMethod"] = .array(ordered.map { .string($0.id) })
        return .object(document)
    }
}
