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

/// The signed Open Badges 3.0 credential of a certificate, kept exactly as issued, with the
/// certificate's position in a revocation status list.
public final class CertificateCredentialModel: Model, @unchecked Sendable {
    public static let schema = "certificate_credentials"

    @ID(key: .id) public var id: UUID?
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "certificate_id") public var certificateID: UUID
    /// Which status list (1, 2, ...) and which bit of it.
    @Field(key: "status_list") public var statusList: Int
    @Field(key: "status_index") public var statusIndex: Int
    @Field(key: "key_id") public var keyID: String
    /// The signed credential, serialised once; served byte for byte.
    @Field(key: "json") public var json: String

    public init() {}

    init(certificateID: UUID, statusList: Int, statusIndex: Int, keyID: String, json: String, at date: Date) {
        self.certificateID = certificateID
        self.statusList = statusList
        self.statusIndex = statusIndex
        self.keyID = keyID
        self.json = json
        self.createdAt = date
    }
}
