import Foundation

/// What a teacher submits for one learner's discipline in one save of the gradebook sheet.
public struct GradeCellEdit: Sendable, Equatable {
    /// The values submitted per kind: a number, or nil for a field left blank. A kind that was
    /// not submitted at all (no field on the page) is absent and left as it is.
    public var values: [AssessmentKind: Int?]
    /// Why recorded marks change; required only when one does.
    public var reason: String

    public init(values: [AssessmentKind: Int?], reason: String = "") {
        self.values = values
        self.reason = reason
    }

    /// Why the edit was refused, naming the field at fault; nothing of it is recorded.
    public struct Refusal: Error, Equatable, Sendable {
        public let kind: AssessmentKind
        public let refusal: GradebookRules.Refusal

        public init(kind: AssessmentKind, refusal: GradebookRules.Refusal) {
            self.kind = kind
            self.refusal = refusal
        }
    }
}

/// One entry a save adds to the append-only gradebook.
public enum GradeChange: Sendable, Equatable {
    case record(AssessmentKind, Int)
    /// A recorded mark replaced; the earlier value stays in the history.
    case correct(AssessmentKind, Int, from: Int)

    public var kind: AssessmentKind {
        switch self {
        case .record(let kind, _), .correct(let kind, _, _): kind
        }
    }

    public var points: Int {
        switch self {
        case .record(_, let points), .correct(_, let points, _): points
        }
    }
}
