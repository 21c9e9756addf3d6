import Foundation

/// One member's vote on one learner («за» / «против»); raw values are stored.
public enum AttestationVote: String, CaseIterable, Sendable, Codable {
    case award = "award"
    case refuse = "refuse"
}

/// The commission's decision on one learner.
public enum AttestationDecision: Hashable, Sendable {
    /// A simple majority of members present voted to award the micro-credential.
    case awarded(votesFor: Int, votesAgainst: Int)
    case refused(votesFor: Int, votesAgainst: Int)
    /// Votes split evenly; the chair's vote decided.
    case tieBrokenByChair(awarded: Bool, votesFor: Int, votesAgainst: Int)
    /// Votes split evenly and the policy gives no casting vote: no decision, vote again.
    case tie(votesFor: Int, votesAgainst: Int)

    public var awardsCredential: Bool {
        switch self {
        case .awarded: true
        case .tieBrokenByChair(let awarded, _, _): awarded
        case .refused, .tie: false
        }
    }

    /// Stored form of the outcome.
    public var outcome: String {
        switch self {
        case .awarded: "awarded"
        case .refused: "refused"
        case .tieBrokenByChair(let awarded, _, _): awarded ? "awarded_by_chair" : "refused_by_chair"
        case .tie: "tie"
        }
    }
}

/// Decides by simple majority of members present (000 §4.6, 004 §5.14), with quorum and ties explicit.
public struct AttestationVoting: Sendable {
    public let rules: CommissionRules

    public init(rules: CommissionRules = .standard) {
        self.rules = rules
    }

    /// Why no decision can be taken from these votes.
    public enum Problem: Error, Hashable, Sendable {
        case noQuorum(present: Int, required: Int)
        /// A present member has not voted yet.
        case missingVotes(count: Int)
        /// Only members present at the session vote.
        case voteFromAbsentMember(UUID)
        case notAMember(UUID)
    }

    public func decide(members: [CommissionMember], present: Set<UUID>, votes: [UUID: AttestationVote])
        throws(Problem) -> AttestationDecision {
        let memberIDs = Set(members.map(\.id))
        for id in present where !memberIDs.contains(id) { throw .notAMember(id) }
        let required = rules.quorum(of: members.count)
        guard present.count >= required, !present.isEmpty else { throw .noQuorum(present: present.count, required: required) }
        for voter in votes.keys {
            guard memberIDs.contains(voter) else { throw .notAMember(voter) }
            guard present.contains(voter) else { throw .voteFromAbsentMember(voter) }
        }
        let missing = present.subtracting(votes.keys).count
        guard missing == 0 else { throw .missingVotes(count: missing) }
        let votesFor = votes.values.filter { $0 == .award }.count
        let votesAgainst = votes.count - votesFor
        if votesFor * 2 > present.count { return .awarded(votesFor: votesFor, votesAgainst: votesAgainst) }
        if votesAgainst * 2 > present.count { return .refused(votesFor: votesFor, votesAgainst: votesAgainst) }
        guard rules.chairCastsTieBreak,
              let chair = members.first(where: { $0.role == .chair }), let chairVote = votes[chair.id]
        else { return .tie(votesFor: votesFor, votesAgainst: votesAgainst) }
        return .tieBrokenByChair(awarded: chairVote == .award, votesFor: votesFor, votesAgainst: votesAgainst)
    }
}
