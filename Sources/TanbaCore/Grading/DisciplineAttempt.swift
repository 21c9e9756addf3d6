import Foundation

/// One kind of points a teacher records; raw values are stored.
public enum AssessmentKind: String, CaseIterable, Sendable, Codable {
    /// Current control («текущий контроль», РК1).
    case currentControl = "current_control"
    /// Midterm («рубежный контроль», РК2).
    case midterm = "midterm"
    /// Exam («итоговый контроль, экзамен»).
    case exam = "exam"
    /// Re-exam after FX, without repeating the discipline.
    case reExam = "re_exam"
}

/// A learner's points in one discipline for one attempt (a repeated discipline starts a new attempt).
public struct DisciplineAttempt: Hashable, Sendable, Codable {
    public var number: Int
    public var currentControl: Int?
    public var midterm: Int?
    public var exam: Int?
    public var reExam: Int?

    public init(number: Int = 1, currentControl: Int? = nil, midterm: Int? = nil, exam: Int? = nil, reExam: Int? = nil) {
        self.number = number
        self.currentControl = currentControl
        self.midterm = midterm
        self.exam = exam
        self.reExam = reExam
    }

    public func points(_ kind: AssessmentKind) -> Int? {
        switch kind {
        case .currentControl: currentControl
        case .midterm: midterm
        case .exam: exam
        case .reExam: reExam
        }
    }

    public mutating func set(_ kind: AssessmentKind, _ points: Int?) {
        switch kind {
        case .currentControl: currentControl = points
        case .midterm: midterm = points
        case .exam: exam = points
        case .reExam: reExam = points
        }
    }
}

/// Where a learner stands in a discipline.
public enum DisciplineStanding: Hashable, Sendable {
    /// Points still to come.
    case inProgress
    /// Admission rating below the minimum: the exam cannot be taken, the discipline is repeated.
    case notAdmitted(admission: Decimal)
    /// Final points and their grade band: passed, FX (re-exam allowed) or F (repeat).
    case graded(points: Int, band: GradeBand)
    /// «Перезачтено» (004 §7.12-7.14): recognised from a micro-credential earned elsewhere, with the
    /// letter the commission converted its grade to; nil for a pass without a letter («зачтено»).
    /// The learner is exempt: no marks are recorded here.
    case recognised(band: GradeBand?)

    public var band: GradeBand? {
        switch self {
        case .graded(_, let band): band
        case .recognised(let band): band
        default: nil
        }
    }

    public var isPassed: Bool {
        if case .recognised = self { return true }
        return band?.earnsCredits == true
    }
}
