import Fluent
import Foundation

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
