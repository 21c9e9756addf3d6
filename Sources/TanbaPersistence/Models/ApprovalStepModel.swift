import Fluent
import Foundation
import TanbaCore

/// One decision in a program's approval history; rows are only ever added.
public final class ApprovalStepModel: Model, @unchecked Sendable {
    public static let schema = "approval_steps"

    // managed
    @ID(key: .id) public var id: UUID?
    @Field(key: "decided_at") public var decidedAt: Date

    // data
    @Field(key: "program_id") public var programID: UUID
    @Field(key: "edition_id") public var editionID: UUID
    @Field(key: "edition_number") public var editionNumber: Int
    @OptionalField(key: "stage") public var stage: String?
    @Field(key: "decision") public var decision: String
    @Field(key: "actor_id") public var actorID: UUID
    @Field(key: "actor_name") public var actorName: String
    @Field(key: "actor_role") public var actorRole: String
    /// The decider's position and workplace when deciding; nil when none was recorded.
    @OptionalField(key: "actor_position") public var actorPosition: String?
    @OptionalField(key: "actor_workplace") public var actorWorkplace: String?
    /// Protocol or order number («номер протокола/приказа»).
    @Field(key: "document_number") public var documentNumber: String
    /// The day the council met, `yyyy-MM-dd`; nil for expert conclusions and older decisions.
    @OptionalField(key: "meeting_date") public var meetingDate: String?
    /// The conclusion text («заключение»).
    @Field(key: "conclusion") public var conclusion: String
    @Field(key: "status_after") public var statusAfter: String

    public init() {}

    public init(programID: UUID, editionID: UUID, editionNumber: Int, stage: ApprovalStage?, decision: WorkflowDecision,
                actor: ActingUser, documentNumber: String, conclusion: String, statusAfter: EditionStatus, at date: Date,
                meetingDate: String? = nil) {
        self.meetingDate = meetingDate
        self.programID = programID
        self.editionID = editionID
        self.editionNumber = editionNumber
        self.stage = stage?.rawValue
        self.decision = decision.rawValue
        self.actorID = actor.id
        self.actorName = actor.name
        self.actorRole = actor.role.rawValue
        self.documentNumber = documentNumber
        self.conclusion = conclusion
        self.statusAfter = statusAfter.storage.status
        self.decidedAt = date
    }
}
