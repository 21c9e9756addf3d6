import Fluent
import Foundation

/// One of the institution's Ed25519 signing keys; the private half is sealed with the
/// key-encryption key from configuration and never stored in the clear. Rows are never deleted:
/// a retired key stays published so credentials it signed still verify.
public final class IssuerKeyModel: Model, @unchecked Sendable {
    public static let schema = "issuer_keys"

    @ID(key: .id) public var id: UUID?
    @Field(key: "created_at") public var createdAt: Date
    /// `{profileURL}#key-N`: what proofs name as their `verificationMethod`.
    @Field(key: "key_id") public var keyID: String
    @Field(key: "number") public var number: Int
    @Field(key: "public_key_multibase") public var publicKeyMultibase: String
    /// AES-256-GCM sealed seed (`IssuerKeyStore.seal`).
    @Field(key: "sealed_private_key") public var sealedPrivateKey: Data
    @Field(key: "active") public var active: Bool
    @OptionalField(key: "retired_at") public var retiredAt: Date?

    public init() {}

    init(keyID: String, number: Int, publicKeyMultibase: String, sealedPrivateKey: Data, at date: Date) {
        self.keyID = keyID
        self.number = number
        self.publicKeyMultibase = publicKeyMultibase
        self.sealedPrivateKey = sealedPrivateKey
        self.active = true
        self.createdAt = date
    }
}
