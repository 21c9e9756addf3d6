import Fluent
import Foundation
import TanbaCore

/// The decision on one learner, written when the protocol closes.
public final class AttestationDecisionModel: Model, @unchecked Sendable {
    public static let schema = "attestation_decisions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "decided_at") public var decidedAt: Date
    @Field(key: "session_id") public var sessionID: UUID
    @Field(key: "learner_id") public var learnerID: UUID
    @Field(key: "outcome") public var outcome: String
    @Field(key: "votes_for") public var votesFor: Int
    @Field(key: "votes_against") public var votesAgainst: Int

    public init() {}

    public init(sessionID: UUID, learnerID: UUID, decision: AttestationDecision, at date: Date) {
        self.sessionID = sessionID
        self.learnerID = learnerID
        self.outcome = decision.outcome
        switch decision {
        case .awarded(let votesFor, let votesAgainst), .refused(let votesFor, let votesAgainst),
             .tieBrokenByChair(_, let votesFor, let votesAgainst), .tie(let votesFor, let votesAgainst):
            self.votesFor = votesFor
            self.votesAgainst = votesAgainst
        }
        self.decidedAt = date
    }

    public var awards: Bool { outcome == "awarded" || outcome == "awarded_by_chair" }
}
