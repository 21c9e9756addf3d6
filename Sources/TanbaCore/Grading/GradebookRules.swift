import Foundation

/// What may be recorded in a discipline, and what the record means (SPEC §3, 004 §5.7).
///
/// FX allows one re-exam without repeating the discipline; F, a failed re-exam or a refused
/// admission requires repeating it, which starts a new attempt.
public struct GradebookRules: Sendable {
    public let scale: GradeScale
    public let scheme: AssessmentScheme

    public init(scale: GradeScale, scheme: AssessmentScheme = .national) {
        self.scale = scale
        self.scheme = scheme
    }

    /// Why points were refused; nothing is recorded.
    public enum Refusal: Error, Equatable, Sendable {
        case pointsOutOfRange(Int)
        /// The discipline is passed; its grade is final.
        case alreadyPassed
        /// F or a failed re-exam: the discipline must be repeated first.
        case mustRepeatFirst
        /// After FX only the re-exam may be recorded.
        case onlyReExamAfterFX
        /// A re-exam needs an FX first.
        case reExamWithoutFX
        /// The exam needs current control and midterm, with an admission rating at the minimum.
        case examBeforeAdmission
        case notAdmittedToExam
        /// Repeating is for disciplines that require it.
        case repeatNotRequired
    }

    /// The standing that follows from an attempt's points.
    public func standing(of attempt: DisciplineAttempt) -> DisciplineStanding {
        guard let current = attempt.currentControl, let midterm = attempt.midterm else { return .inProgress }
        guard scheme.admitsToExam(currentControl: current, midterm: midterm) else {
            return .notAdmitted(admission: scheme.admissionRating(currentControl: current, midterm: midterm))
        }
        guard let exam = attempt.reExam ?? attempt.exam else { return .inProgress }
        let points = scheme.finalPoints(currentControl: current, midterm: midterm, exam: exam)
        guard let band = try? scale.grade(forPoints: points) else { return .inProgress }
        return .graded(points: points, band: band)
    }

    /// Whether the discipline must be repeated before anything else is recorded.
    public func mustRepeat(_ attempt: DisciplineAttempt) -> Bool {
        switch standing(of: attempt) {
        case .notAdmitted: return true
        case .graded(_, let band):
            if band.outcome == .mustRepeat { return true }
            // FX twice: the re-exam is spent.
            return band.outcome == .reExamAllowed && attempt.reExam != nil
        case .inProgress: return false
        }
    }

    /// The attempt with `points` recorded for `kind`, or the reason it may not be.
    public func record(_ points: Int, as kind: AssessmentKind, in attempt: DisciplineAttempt) throws(Refusal) -> DisciplineAttempt {
        guard (0...100).contains(points) else { throw .pointsOutOfRange(points) }
        let standing = standing(of: attempt)
        if standing.isPassed { throw .alreadyPassed }
        if mustRepeat(attempt) { throw .mustRepeatFirst }
        let isFX = standing.band?.outcome == .reExamAllowed
        var updated = attempt
        switch kind {
        case .currentControl, .midterm:
            if isFX { throw .onlyReExamAfterFX }
            if attempt.exam != nil { throw .alreadyPassed }
            if kind == .currentControl { updated.currentControl = points } else { updated.midterm = points }
        case .exam:
            if isFX { throw .onlyReExamAfterFX }
            guard let current = attempt.currentControl, let midterm = attempt.midterm else { throw .examBeforeAdmission }
            guard scheme.admitsToExam(currentControl: current, midterm: midterm) else { throw .notAdmittedToExam }
            updated.exam = points
        case .reExam:
            guard isFX else { throw .reExamWithoutFX }
            updated.reExam = points
        }
        return updated
    }

    /// A fresh attempt, allowed only when the discipline must be repeated.
    public func repeatDiscipline(_ attempt: DisciplineAttempt) throws(Refusal) -> DisciplineAttempt {
        guard mustRepeat(attempt) else { throw .repeatNotRequired }
        return DisciplineAttempt(number: attempt.number + 1)
    }
}
