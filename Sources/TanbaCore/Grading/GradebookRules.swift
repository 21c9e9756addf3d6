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
        /// The mark is already recorded: changing it is a correction, with a reason.
        case alreadyRecorded
        /// A correction names why the mark changes.
        case correctionReasonRequired
        /// Only a recorded mark can be corrected.
        case nothingToCorrect
        /// A recorded mark cannot be erased, only corrected to another value.
        case cannotErase
        /// The discipline was recognised from a micro-credential earned elsewhere: the learner is
        /// exempt and no marks are recorded (004 §7.14).
        case exemptByRecognition
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
        case .inProgress, .recognised: return false
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
            if attempt.points(kind) != nil { throw .alreadyRecorded }
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

    /// The attempt with a recorded mark replaced: a teacher's mistake is corrected by a new entry
    /// that says why, never by overwriting (append-only, 004 §5.7). Any recorded mark of the
    /// current attempt may be corrected until the commission decides; the standing follows anew.
    public func correct(_ kind: AssessmentKind, to points: Int, in attempt: DisciplineAttempt,
                        reason: String) throws(Refusal) -> DisciplineAttempt {
        guard (0...100).contains(points) else { throw .pointsOutOfRange(points) }
        guard attempt.points(kind) != nil else { throw .nothingToCorrect }
        guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw .correctionReasonRequired }
        var updated = attempt
        updated.set(kind, points)
        return updated
    }

    /// What one save of a learner's discipline does to its attempt, in the order it is recorded:
    /// current control, midterm, exam, re-exam, so a whole row can be entered at once. An unchanged
    /// value is skipped, a new one recorded, a changed one corrected with `reason`.
    public func changes(_ edit: GradeCellEdit, to attempt: DisciplineAttempt) throws(GradeCellEdit.Refusal) -> [GradeChange] {
        var current = attempt
        var changes: [GradeChange] = []
        for kind in AssessmentKind.allCases {
            guard let submitted = edit.values[kind] else { continue }
            let recorded = current.points(kind)
            do throws(Refusal) {
                switch (submitted, recorded) {
                case (nil, nil): continue
                case (nil, .some): throw Refusal.cannotErase
                case (.some(let points), nil):
                    current = try record(points, as: kind, in: current)
                    changes.append(.record(kind, points))
                case (.some(let points), .some(let before)):
                    guard points != before else { continue }
                    current = try correct(kind, to: points, in: current, reason: edit.reason)
                    changes.append(.correct(kind, points, from: before))
                }
            } catch {
                throw GradeCellEdit.Refusal(kind: kind, refusal: error)
            }
        }
        return changes
    }

    /// A fresh attempt, allowed only when the discipline must be repeated.
    public func repeatDiscipline(_ attempt: DisciplineAttempt) throws(Refusal) -> DisciplineAttempt {
        guard mustRepeat(attempt) else { throw .repeatNotRequired }
        return DisciplineAttempt(number: attempt.number + 1)
    }
}
