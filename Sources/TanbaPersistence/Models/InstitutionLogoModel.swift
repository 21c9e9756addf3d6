import Fluent
import Foundation

/// One uploaded logo; rows are only added, and the newest is the one documents print.
public final class InstitutionLogoModel: Model, @unchecked Sendable {
    public static let schema = "institution_logos"

    // managed
    @ID(key: .id) public var id: UUID?
    @Field(key: "uploaded_at") public var uploadedAt: Date
    @Field(key: "uploaded_by") public var uploadedBy: String

    // data
    /// `image/png` or `image/svg+xml`, as `LogoRules` recognised it.
    @Field(key: "content_type") public var contentType: String
    @Field(key: "bytes") public var bytes: Data
    /// Hex SHA-256 of the bytes: the logo's ETag.
    @Field(key: "sha256") public var sha256: String

    public init() {}

    public init(contentType: String, bytes: Data, sha256: String, uploadedBy: String, at date: Date) {
        self.contentType = contentType
        self.bytes = bytes
        self.sha256 = sha256
        self.uploadedBy = uploadedBy
        self.uploadedAt = date
    }
}
