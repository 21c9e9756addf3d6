import Fluent
import Foundation
import TanbaCore

/// The commission's decision on a recognition case, as its protocol records it.
public final class RecognitionDecisionModel: Model, @unchecked Sendable {
    public static let schema = "recognition_decisions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "decided_at") public var decidedAt: Date
    @Field(key: "decided_by") public var decidedBy: UUID
    @Field(key: "case_id") public var caseID: UUID
    @Field(key: "commission_id") public var commissionID: UUID
    @Field(key: "protocol_number") public var protocolNumber: String
    /// `yyyy-MM-dd`.
    @Field(key: "meeting_date") public var meetingDate: String
    /// Each present member's vote as JSON: `{"<user id>": "award" | "refuse"}`; absent members are not in it.
    @Field(key: "votes") public var votes: String
    @Field(key: "outcome") public var outcome: String
    @Field(key: "votes_for") public var votesFor: Int
    @Field(key: "votes_against") public var votesAgainst: Int
    /// For a refusal, the substantial differences in words the applicant reads.
    @Field(key: "reasons") public var reasons: String

    public init() {}

    public var recognitionOutcome: RecognitionOutcome {
        get throws { try UnknownStoredValue.decode(outcome, column: "recognition_decisions.outcome") }
    }

    /// The votes by member.
    public var memberVotes: [UUID: AttestationVote] {
        get throws {
            let raw = try JSONDecoder().decode([String: String].self, from: Data(votes.utf8))
            var result: [UUID: AttestationVote] = [:]
            for (key, value) in raw {
                guard let id = UUID(uuidString: key) else { throw UnknownStoredValue(column: "recognition_decisions.votes", value: key) }
                result[id] = try UnknownStoredValue.decode(value, column: "recognition_decisions.votes")
            }
            return result
        }
    }
}
