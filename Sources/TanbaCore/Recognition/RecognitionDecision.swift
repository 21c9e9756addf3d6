import Foundation

/// The commission's decision on a case (004 §7.11): the members taking part vote on the experts'
/// proposal by simple majority, with the same quorum and tie rules as the qualification commission.
public enum RecognitionOutcome: String, CaseIterable, Sendable, Codable {
    case granted
    case partiallyGranted = "partially_granted"
    case refused

    public var recognisesCredits: Bool { self != .refused }
}

/// The decision as recorded: its outcome, the votes, and for a refusal its reasons.
public struct RecognitionDecision: Hashable, Sendable {
    public let outcome: RecognitionOutcome
    public let votesFor: Int
    public let votesAgainst: Int
    /// For a refusal: the substantial differences, in words the applicant reads, and how to appeal.
    public let reasons: String

    /// Why the decision cannot be recorded.
    public enum Problem: Error, Hashable, Sendable {
        case voting(AttestationVoting.Problem)
        /// Votes split evenly and nobody may cast the deciding vote: vote again.
        case tie
        /// A refusal is never saved without its reasons (§7.11).
        case reasonsMissing
    }

    /// Decides on `proposal` from the votes (`.award` is a vote for the proposal). A majority against
    /// a proposal to recognise refuses; a majority for a proposal of no recognition refuses too.
    public static func decide(proposal: ComparisonSheet.Proposal, members: [CommissionMember], present: Set<UUID>,
                              votes: [UUID: AttestationVote], rules: CommissionRules, reasons: String) throws(Problem) -> RecognitionDecision {
        let voting: AttestationDecision
        do { voting = try AttestationVoting(rules: rules).decide(members: members, present: present, votes: votes) } catch {
            throw .voting(error)
        }
        let adopted: Bool
        let (votesFor, votesAgainst): (Int, Int)
        switch voting {
        case .awarded(let f, let a), .refused(let f, let a): (votesFor, votesAgainst) = (f, a)
        case .tieBrokenByChair(_, let f, let a): (votesFor, votesAgainst) = (f, a)
        case .tie: throw .tie
        }
        adopted = voting.awardsCredential
        let outcome: RecognitionOutcome = switch (adopted, proposal) {
        case (true, .full): .granted
        case (true, .partial): .partiallyGranted
        case (true, .none), (false, _): .refused
        }
        let trimmed = reasons.trimmingCharacters(in: .whitespacesAndNewlines)
        if outcome == .refused, trimmed.isEmpty { throw .reasonsMissing }
        return RecognitionDecision(outcome: outcome, votesFor: votesFor, votesAgainst: votesAgainst, reasons: trimmed)
    }
}
