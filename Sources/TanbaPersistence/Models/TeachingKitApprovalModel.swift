import Fluent
import Foundation
import TanbaCore

/// The academic committee's approval of an edition's teaching kits (004 §5.10), append-only.
public final class TeachingKitApprovalModel: Model, @unchecked Sendable {
    public static let schema = "teaching_kit_approvals"

    @ID(key: .id) public var id: UUID?
    @Field(key: "edition_id") public var editionID: UUID
    @Field(key: "protocol_number") public var protocolNumber: String
    /// The committee's meeting day, `yyyy-MM-dd`.
    @Field(key: "meeting_date") public var meetingDate: String
    /// The ids of the documents the committee approved, comma-separated.
    @Field(key: "documents") public var documents: String
    @Field(key: "recorded_by") public var recordedBy: UUID
    @Field(key: "recorded_by_name") public var recordedByName: String
    @Field(key: "recorded_at") public var recordedAt: Date

    public init() {}

    public init(editionID: UUID, protocolNumber: String, meetingDate: CalendarDay, documents: Set<UUID>, by actor: ActingUser,
                at date: Date) {
        self.editionID = editionID
        self.documents = documents.map(\.uuidString).sorted().joined(separator: ",")
        self.protocolNumber = protocolNumber
        self.meetingDate = meetingDate.iso
        self.recordedBy = actor.id
        self.recordedByName = actor.name
        self.recordedAt = date
    }

    /// The documents the committee approved.
    public var approvedDocuments: Set<UUID> {
        Set(documents.split(separator: ",").compactMap { UUID(uuidString: String($0)) })
    }
}
