import Foundation

/// The expert group's comparison of the source with one target discipline (004 §7.5, §7.9): the
/// five elements the Lisbon Recognition Convention's practice judges, each with a verdict and
/// its justification, the learning outcomes matched, and the proposal.
public struct ComparisonSheet: Hashable, Sendable, Codable {
    /// What is compared.
    public enum Element: String, CaseIterable, Sendable, Codable {
        case learningOutcomes = "learning_outcomes"
        case goals
        /// Workload: hours against the target's credits.
        case volume
        case assessment
        case level
    }

    /// How the source compares on one element. Recognition is the rule "unless there is a
    /// substantial difference": only that verdict stands in its way.
    public enum Verdict: String, CaseIterable, Sendable, Codable {
        case matches
        /// A difference that does not matter for what the learner will do next.
        case minorDifference = "minor_difference"
        case substantialDifference = "substantial_difference"
    }

    /// What the experts propose to the commission.
    public enum Proposal: String, CaseIterable, Sendable, Codable {
        case full
        /// Some target disciplines, or fewer credits than asked.
        case partial
        case none
    }

    public struct Assessment: Hashable, Sendable, Codable {
        public let verdict: Verdict
        public let justification: String

        public init(_ verdict: Verdict, _ justification: String) {
            self.verdict = verdict
            self.justification = justification
        }
    }

    /// One of the source's outcomes and the target outcomes it covers (by their numbers).
    public struct OutcomeMatch: Hashable, Sendable, Codable {
        public let source: String
        public let targets: Set<Int>

        public init(source: String, targets: Set<Int>) {
            self.source = source
            self.targets = targets
        }
    }

    public let assessments: [Element: Assessment]
    public let outcomeMatches: [OutcomeMatch]
    /// The target discipline's outcomes, numbered from 1.
    public let targetOutcomeCount: Int
    public let proposal: Proposal

    public init(assessments: [Element: Assessment], outcomeMatches: [OutcomeMatch], targetOutcomeCount: Int, proposal: Proposal) {
        self.assessments = assessments
        self.outcomeMatches = outcomeMatches
        self.targetOutcomeCount = targetOutcomeCount
        self.proposal = proposal
    }

    /// The target outcomes at least one source outcome covers.
    public var coveredTargets: Set<Int> {
        Set(outcomeMatches.flatMap(\.targets)).intersection(1...max(1, targetOutcomeCount))
    }

    /// Covered target outcomes as a share, in whole percent rounded down: "4 of 5 (80 %)".
    public var coveragePercent: Int {
        targetOutcomeCount == 0 ? 0 : coveredTargets.count * 100 / targetOutcomeCount
    }

    /// The elements judged substantially different: a refusal names them as its reasons.
    public var substantialDifferences: [Element] {
        Element.allCases.filter { assessments[$0]?.verdict == .substantialDifference }
    }

    /// What makes a conclusion incomplete or self-contradictory.
    public enum Problem: Error, Hashable, Sendable {
        case elementNotAssessed(Element)
        case justificationMissing(Element)
        /// A target outcome number that the discipline does not have.
        case unknownTargetOutcome(Int)
        /// Full recognition despite a substantial difference.
        case fullDespiteSubstantialDifference([Element])
        /// No recognition although nothing differs substantially: the difference must be named.
        case refusalWithoutSubstantialDifference
    }

    /// Every problem, in element order; empty for a conclusion the commission can vote on.
    public var problems: [Problem] {
        var found: [Problem] = []
        for element in Element.allCases {
            guard let assessment = assessments[element] else { found.append(.elementNotAssessed(element)); continue }
            // A match needs no argument; any difference must be explained.
            if assessment.verdict != .matches, assessment.justification.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                found.append(.justificationMissing(element))
            }
        }
        for number in Set(outcomeMatches.flatMap(\.targets)).sorted() where !(1...max(1, targetOutcomeCount)).contains(number) || targetOutcomeCount == 0 {
            found.append(.unknownTargetOutcome(number))
        }
        let substantial = substantialDifferences
        if proposal == .full, !substantial.isEmpty { found.append(.fullDespiteSubstantialDifference(substantial)) }
        if proposal == .none, substantial.isEmpty { found.append(.refusalWithoutSubstantialDifference) }
        return found
    }
}
