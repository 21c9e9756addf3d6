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

/// Which teacher grades which discipline of an intake.
public final class TeachingAssignmentModel: Model, @unchecked Sendable {
    public static let schema = "teaching_assignments"

    @ID(key: .id) public var id: UUID?
    @Field(key: "intake_id") public var intakeID: UUID
    @Field(key: "discipline") public var discipline: Int
    @Field(key: "teacher_id") public var teacherID: UUID

    public init() {}

    public init(intakeID: UUID, discipline: Int, teacherID: UUID) {
        self.intakeID = intakeID
        self.discipline = discipline
        self.teacherID = teacherID
    }
}

/// A staff API token for student information systems; only its hash is kept.
public final class APITokenModel: Model, @unchecked Sendable {
    public static let schema = "api_tokens"

    @ID(key: .id) public var id: UUID?
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "user_id") public var userID: UUID
    @Field(key: "name") public var name: String
    /// SHA-256 of the token, hex.
    @Field(key: "token_hash") public var tokenHash: String
    @OptionalField(key: "revoked_at") public var revokedAt: Date?
    /// After this moment the token is refused; nil for a token without an expiry.
    @OptionalField(key: "expires_at") public var expiresAt: Date?
    /// Written at most once a minute, so every API call is not also a write.
    @OptionalField(key: "last_used_at") public var lastUsedAt: Date?

    public init() {}

    public init(userID: UUID, name: String, tokenHash: String, at date: Date, expiresAt: Date? = nil) {
        self.userID = userID
        self.expiresAt = expiresAt
        self.name = name
        self.tokenHash = tokenHash
        self.createdAt = date
    }
}
