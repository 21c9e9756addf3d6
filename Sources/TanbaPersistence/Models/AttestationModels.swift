import Fluent
import Foundation
import TanbaCore

/// A qualification commission for an intake, formed by order (004 §5.14).
public final class CommissionModel: Model, @unchecked Sendable {
    public static let schema = "commissions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "intake_id") public var intakeID: UUID
    @Field(key: "order_number") public var orderNumber: String
    @Field(key: "order_date") public var orderDate: String
    /// Secretary who keeps the protocol (not a voting member).
    @Field(key: "secretary_name") public var secretaryName: String

    public init() {}

    public init(intakeID: UUID, orderNumber: String, orderDate: String, secretaryName: String, at date: Date) {
        self.intakeID = intakeID
        self.orderNumber = orderNumber
        self.orderDate = orderDate
        self.secretaryName = secretaryName
        self.createdAt = date
    }
}

/// A voting member of a commission.
public final class CommissionMemberModel: Model, @unchecked Sendable {
    public static let schema = "commission_members"

    @ID(key: .id) public var id: UUID?
    @Field(key: "commission_id") public var commissionID: UUID
    @Field(key: "full_name") public var fullName: String
    /// Position and workplace, as the protocol prints it.
    @Field(key: "position") public var position: String
    @Field(key: "kind") public var kind: String
    @Field(key: "role") public var role: String
    /// The account the member signs in with to vote in person; without one the secretary records their votes.
    @OptionalField(key: "user_id") public var userID: UUID?

    public init() {}

    public init(commissionID: UUID, fullName: String, position: String, kind: CommissionMemberKind, role: CommissionRole) {
        self.commissionID = commissionID
        self.fullName = fullName
        self.position = position
        self.kind = kind.rawValue
        self.role = role.rawValue
    }

    public var member: CommissionMember? {
        guard let id, let kind = CommissionMemberKind(rawValue: kind), let role = CommissionRole(rawValue: role) else { return nil }
        return CommissionMember(id: id, kind: kind, role: role)
    }
}

/// A sitting of the commission; its protocol closes once and never changes.
public final class AttestationSessionModel: Model, @unchecked Sendable {
    public static let schema = "attestation_sessions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "commission_id") public var commissionID: UUID
    @Field(key: "intake_id") public var intakeID: UUID
    @Field(key: "session_date") public var sessionDate: String
    @Field(key: "protocol_number") public var protocolNumber: String
    /// Members present, as a comma-separated list of member ids, fixed when the protocol closes.
    @Field(key: "present_member_ids") public var presentMemberIDs: String
    @OptionalField(key: "closed_at") public var closedAt: Date?

    public init() {}

    public init(commissionID: UUID, intakeID: UUID, sessionDate: String, protocolNumber: String, at date: Date) {
        self.commissionID = commissionID
        self.intakeID = intakeID
        self.sessionDate = sessionDate
        self.protocolNumber = protocolNumber
        self.presentMemberIDs = ""
        self.createdAt = date
    }

    public var present: Set<UUID> {
        get { Set(presentMemberIDs.split(separator: ",").compactMap { UUID(uuidString: String($0)) }) }
        set { presentMemberIDs = newValue.map(\.uuidString).sorted().joined(separator: ",") }
    }

    public var isClosed: Bool { closedAt != nil }
}

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
