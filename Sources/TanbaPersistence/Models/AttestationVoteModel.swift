import Fluent
import Foundation
import TanbaCore

/// One member's vote on one learner; a changed vote is a new row until the protocol closes.
public final class AttestationVoteModel: Model, @unchecked Sendable {
    public static let schema = "attestation_votes"

    @ID(key: .id) public var id: UUID?
    @Field(key: "recorded_at") public var recordedAt: Date
    @Field(key: "seq") public var sequence: Int
    @Field(key: "session_id") public var sessionID: UUID
    @Field(key: "member_id") public var memberID: UUID
    @Field(key: "learner_id") public var learnerID: UUID
    @Field(key: "vote") public var vote: String
    @Field(key: "recorded_by") public var recordedBy: UUID

    public init() {}

    public init(sessionID: UUID, memberID: UUID, learnerID: UUID, vote: AttestationVote, sequence: Int, recordedBy: UUID,
                at date: Date) {
        self.sessionID = sessionID
        self.memberID = memberID
        self.learnerID = learnerID
        self.vote = vote.rawValue
        self.sequence = sequence
        self.recordedBy = recordedBy
        self.recordedAt = date
    }
}
