import Fluent
import Foundation
import TanbaCore

/// A program's monitoring of one year: figures, findings and, once the council met, its decision.
public final class MonitoringRecordModel: Model, @unchecked Sendable {
    public static let schema = "monitoring_records"

    @ID(key: .id) public var id: UUID?
    @Field(key: "program_id") public var programID: UUID
    @Field(key: "year") public var year: Int
    /// `ProgramFunnel` of the academic year as JSON, frozen when the record was opened.
    @Field(key: "figures") public var figures: String
    @Field(key: "findings") public var findings: String
    @Field(key: "created_by") public var createdBy: UUID
    @Field(key: "created_at") public var createdAt: Date
    @OptionalField(key: "decision") public var decision: String?
    @OptionalField(key: "protocol_number") public var protocolNumber: String?
    @OptionalField(key: "meeting_date") public var meetingDate: String?
    /// The validity the decision gave, `yyyy-MM-dd`; nil for a withdrawal.
    @OptionalField(key: "valid_until") public var validUntil: String?
    @OptionalField(key: "decided_by") public var decidedBy: UUID?
    @OptionalField(key: "decided_at") public var decidedAt: Date?

    public init() {}

    public var funnel: ProgramFunnel {
        get throws { try JSONDecoder().decode(ProgramFunnel.self, from: Data(figures.utf8)) }
    }

    public var monitoringDecision: MonitoringDecision? {
        get throws { try decision.map { try UnknownStoredValue.decode($0, column: "monitoring_records.decision") } }
    }
}

/// One action of a monitoring's plan, marked done once.
public final class MonitoringActionModel: Model, @unchecked Sendable {
    public static let schema = "monitoring_actions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "record_id") public var recordID: UUID
    @Field(key: "position") public var position: Int
    @Field(key: "text") public var text: String
    @Field(key: "owner") public var owner: String
    @Field(key: "due_on") public var dueOn: String
    @OptionalField(key: "done_on") public var doneOn: String?
    @OptionalField(key: "done_by") public var doneBy: UUID?

    public init() {}

    public init(recordID: UUID, position: Int, action: MonitoringAction) {
        self.recordID = recordID
        self.position = position
        self.text = action.text
        self.owner = action.owner
        self.dueOn = action.dueOn.iso
    }
}
