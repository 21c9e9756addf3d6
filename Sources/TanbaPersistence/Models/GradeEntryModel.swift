import Fluent
import Foundation
import TanbaCore

/// One recorded mark; rows are only added, the latest per attempt and kind counts.
public final class GradeEntryModel: Model, @unchecked Sendable {
    public static let schema = "grade_entries"

    // managed
    @ID(key: .id) public var id: UUID?
    @Field(key: "recorded_at") public var recordedAt: Date

    // data
    @Field(key: "intake_id") public var intakeID: UUID
    @Field(key: "learner_id") public var learnerID: UUID
    /// 1-based discipline number in the enrolled edition.
    @Field(key: "discipline") public var discipline: Int
    @Field(key: "attempt") public var attempt: Int
    /// Order of entries within one learner's discipline, so the latest is known even within a second.
    @Field(key: "seq") public var sequence: Int
    /// An `AssessmentKind`, or `attempt_opened` when a repeated discipline starts afresh.
    @Field(key: "kind") public var kind: String
    @Field(key: "points") public var points: Int
    @Field(key: "recorded_by") public var recordedBy: UUID
    /// Where the mark came from: `page`, `csv` or `api`.
    @Field(key: "source") public var source: String
    /// Why an earlier mark was corrected; nil for a first mark.
    @OptionalField(key: "reason") public var reason: String?

    public init() {}

    public static let attemptOpened = "attempt_opened"

    public init(intakeID: UUID, learnerID: UUID, discipline: Int, attempt: Int, sequence: Int, kind: String, points: Int,
                recordedBy: UUID, source: String, reason: String? = nil, at date: Date) {
        self.intakeID = intakeID
        self.reason = reason
        self.learnerID = learnerID
        self.discipline = discipline
        self.attempt = attempt
        self.sequence = sequence
        self.kind = kind
        self.points = points
        self.recordedBy = recordedBy
        self.source = source
        self.recordedAt = date
    }
}
