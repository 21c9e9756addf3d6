import Fluent
import Foundation
import TanbaCore

/// A file attached to an application, stored outside the web root under a generated name.
public final class ApplicationDocumentModel: Model, @unchecked Sendable {
    public static let schema = "application_documents"

    // managed
    @ID(key: .id) public var id: UUID?
    @Field(key: "uploaded_at") public var uploadedAt: Date

    // data
    @Field(key: "application_id") public var applicationID: UUID
    @Field(key: "kind") public var kind: String
    /// The name the applicant's file had, shown back to them; never used on disk.
    @Field(key: "original_name") public var originalName: String
    @Field(key: "stored_name") public var storedName: String
    @Field(key: "content_type") public var contentType: String
    @Field(key: "size") public var size: Int
    @Field(key: "sha256") public var sha256: String

    public init() {}

    public init(applicationID: UUID, kind: DocumentKind, originalName: String, storedName: String,
                type: UploadedFileType, size: Int, sha256: String, at date: Date) {
        self.applicationID = applicationID
        self.kind = kind.rawValue
        self.originalName = originalName
        self.storedName = storedName
        self.contentType = type.rawValue
        self.size = size
        self.sha256 = sha256
        self.uploadedAt = date
    }
}
