import Fluent
import Foundation
import TanbaCore

/// One vote a recognition commission member cast on a case from their own account.
public final class RecognitionBallotModel: Model, @unchecked Sendable {
    public static let schema = "recognition_ballots"

    @ID(key: .id) public var id: UUID?
    @Field(key: "case_id") public var caseID: UUID
    /// The member's user account.
    @Field(key: "member_id") public var memberID: UUID
    @Field(key: "vote") public var vote: String
    /// Order of casting within the case: a later ballot of the same member replaces an earlier one.
    @Field(key: "sequence") public var sequence: Int
    @Field(key: "cast_at") public var castAt: Date

    public init() {}

    public init(caseID: UUID, memberID: UUID, vote: AttestationVote, sequence: Int, at date: Date) {
        self.caseID = caseID
        self.memberID = memberID
        self.vote = vote.rawValue
        self.sequence = sequence
        self.castAt = date
    }
}
