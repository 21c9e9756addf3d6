import Foundation

/// Builds the W3C `BitstringStatusListCredential` that publishes a revocation list, and the
/// `BitstringStatusListEntry` each credential carries. Sign the list credential with
/// `EdDSARDFC2022` and the issuer's current key, like the credentials it covers.
public enum StatusListCredentialBuilder {
    public static let listCredentialType = "BitstringStatusListCredential"
    public static let listType = "BitstringStatusList"
    public static let entryType = "BitstringStatusListEntry"
    /// Tanba only revokes; suspension would need a second list.
    public static let revocationPurpose = "revocation"

    /// The unsigned list credential published at `id`. `validUntil`, when given, bounds how long a
    /// verifier may rely on a cached copy; re-sign and republish before it passes.
    public static func build(
        id: String,
        issuerID: String,
        list: BitstringStatusList,
        validFrom: Date,
        validUntil: Date? = nil
    ) throws -> JSONValue {
        try InputCheck.httpURL(id, "id")
        try InputCheck.httpURL(issuerID, "issuerID")
        guard list.bitCount >= BitstringStatusList.minimumBitCount else {
            // Shorter lists shrink the crowd each credential hides in (spec: herd privacy).
            throw CredentialInputError(field: "list", reason: "holds \(list.bitCount) entries, fewer than \(BitstringStatusList.minimumBitCount)")
        }
        var credential: [String: JSONValue] = [
            "@context": [.string(AchievementCredentialBuilder.credentialsV2Context)],
            "id": .string(id),
            "type": ["VerifiableCredential", .string(listCredentialType)],
            "issuer": .string(issuerID),
            "validFrom": .string(ProofOptions.dateTime(validFrom)),
            "credentialSubject": [
                "id": .string(id + "#list"),
                "type": .string(listType),
                "statusPurpose": .string(revocationPurpose),
                "encodedList": .string(try list.encodedList()),
            ],
        ]
        if let validUntil {
            guard validUntil > validFrom else { throw CredentialInputError(field: "validUntil", reason: "must be after validFrom") }
            credential["validUntil"] = .string(ProofOptions.dateTime(validUntil))
        }
        return .object(credential)
    }

    /// The `credentialStatus` value for the credential at `index` of the list at `listCredentialURL`.
    public static func entry(listCredentialURL: String, index: Int) -> JSONValue {
        [
            "id": .string("\(listCredentialURL)#\(index)"),
            "type": .string(entryType),
            "statusPurpose": .string(revocationPurpose),
            // The spec writes the index as a string of digits.
            "statusListIndex": .string(String(index)),
            "statusListCredential": .string(listCredentialURL),
        ]
    }
}
