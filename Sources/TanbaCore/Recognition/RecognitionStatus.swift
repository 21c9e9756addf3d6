import Foundation

/// Where a recognition case stands. Each step is taken once and never undone: a case moves only
/// forward, and a decided case keeps its decision (an appeal is a new case).
public enum RecognitionStatus: String, CaseIterable, Sendable, Codable {
    /// Filed by the learner or by the registrar on their behalf.
    case submitted
    /// Referred to the expert group (the same day, 004 §7.7).
    case withExperts = "with_experts"
    /// The expert group's conclusion is written (within 3 working days, §7.9).
    case conclusionReady = "conclusion_ready"
    /// The commission decided by vote (§7.11), or a trusted provider's credential matched an
    /// equivalency rule and was recognised at once (003).
    case decided
    /// The registrar entered the recognised disciplines into the learner's record (§7.12).
    case entered

    /// The step a case in this state may take next; nil once entered.
    public var next: RecognitionStatus? {
        switch self {
        case .submitted: .withExperts
        case .withExperts: .conclusionReady
        case .conclusionReady: .decided
        case .decided: .entered
        case .entered: nil
        }
    }

    /// Whether the case may move from this state to `target`. An automatic recognition goes from
    /// submitted straight to decided: there is nothing for experts to compare.
    public func mayMove(to target: RecognitionStatus, automatic: Bool = false) -> Bool {
        if automatic { return self == .submitted && target == .decided }
        return next == target
    }
}
