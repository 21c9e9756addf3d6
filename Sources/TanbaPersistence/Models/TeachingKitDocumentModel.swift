import Fluent
import Foundation
import TanbaCore

/// One uploaded document of a discipline's teaching kit (УМКД), stored outside the web root.
public final class TeachingKitDocumentModel: Model, @unchecked Sendable {
    public static let schema = "teaching_kit_documents"

    @ID(key: .id) public var id: UUID?
    @Field(key: "edition_id") public var editionID: UUID
    /// The discipline's number in the edition, from 1.
    @Field(key: "discipline") public var discipline: Int
    @Field(key: "kind") public var kind: String
    /// The uploader's file name, shown back; never used on disk.
    @Field(key: "original_name") public var originalName: String
    @Field(key: "stored_name") public var storedName: String
    @Field(key: "content_type") public var contentType: String
    @Field(key: "size") public var size: Int
    @Field(key: "sha256") public var sha256: String
    @Field(key: "uploaded_by") public var uploadedBy: UUID
    @Field(key: "uploaded_at") public var uploadedAt: Date

    public init() {}

    public init(editionID: UUID, slot: TeachingKitSlot, originalName: String, storedName: String, type: UploadedFileType,
                size: Int, sha256: String, by actor: UUID, at date: Date) {
        self.editionID = editionID
        self.discipline = slot.discipline
        self.kind = slot.kind.rawValue
        self.originalName = originalName
        self.storedName = storedName
        self.contentType = type.rawValue
        self.size = size
        self.sha256 = sha256
        self.uploadedBy = actor
        self.uploadedAt = date
    }

    /// nil for a kind this version does not know.
    public var slot: TeachingKitSlot? {
        TeachingKitDocumentKind(rawValue: kind).map { TeachingKitSlot(discipline: discipline, kind: $0) }
    }
}
