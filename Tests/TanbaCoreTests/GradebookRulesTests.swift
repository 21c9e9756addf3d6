import Foundation
import Testing
@testable import TanbaCore

@Suite struct GradebookRulesTests {
    let rules = GradebookRules(scale: .kazakhstan())

    func attempt(_ current: Int, _ midterm: Int, exam: Int? = nil) throws -> DisciplineAttempt {
        var attempt = try rules.record(current, as: .currentControl, in: DisciplineAttempt())
        attempt = try rules.record(midterm, as: .midterm, in: attempt)
        if let exam { attempt = try rules.record(exam, as: .exam, in: attempt) }
        return attempt
    }

    /// Every preset, at every edge of the national table.
    @Test(arguments: PolicyPresets.all.map(\.name))
    func scaleEdgesHoldInEveryPreset(policyName: String) throws {
        let scale = try #require(PolicyPresets.named(policyName)).gradeScale
        let lowestPass = policyName == "skma-2026" ? "D" : "D-"
        let edges: [(Int, String)] = [(24, "F"), (25, "FX"), (49, "FX"), (50, lowestPass), (54, lowestPass), (55, "D+"),
                                      (89, "B+"), (90, "A-"), (94, "A-"), (95, "A"), (100, "A")]
        for (points, letter) in edges {
            #expect(try scale.grade(forPoints: points).letter == letter, "\(policyName) \(points)")
        }
        #expect(throws: GradeError.pointsOutOfRange(101)) { try scale.grade(forPoints: 101) }
        #expect(throws: GradeError.pointsOutOfRange(-1)) { try scale.grade(forPoints: -1) }
    }

    @Test func finalPointsAreSixtyPercentAdmissionAndFortyPercentExam() throws {
        // (80 + 90) / 2 = 85 admission; 0.6 × 85 + 0.4 × 70 = 79
        let graded = try attempt(80, 90, exam: 70)
        #expect(rules.standing(of: graded) == .graded(points: 79, band: try GradeScale.kazakhstan().grade(forPoints: 79)))
        // 0.6 × 74.5 + 0.4 × 95 = 82.7 → 83, rounded half up only once, at the end
        #expect(AssessmentScheme.national.finalPoints(currentControl: 74, midterm: 75, exam: 95) == 83)
        #expect(AssessmentScheme.national.finalPoints(currentControl: 50, midterm: 50, exam: 50) == 50)
    }

    @Test(arguments: [-1, 101])
    func pointsOutside0To100AreRefused(points: Int) {
        #expect(throws: GradebookRules.Refusal.pointsOutOfRange(points)) {
            try rules.record(points, as: .currentControl, in: DisciplineAttempt())
        }
    }

    @Test func theExamNeedsAdmission() throws {
        #expect(throws: GradebookRules.Refusal.examBeforeAdmission) {
            try rules.record(90, as: .exam, in: DisciplineAttempt(currentControl: 90))
        }
        let low = try attempt(40, 59) // mean 49.5: not admitted
        #expect(rules.mustRepeat(low))
        #expect(throws: GradebookRules.Refusal.mustRepeatFirst) { try rules.record(90, as: .exam, in: low) }
    }

    @Test func fxAllowsOneReExamWithoutRepeating() throws {
        // setup: 0.6 × 50 + 0.4 × 20 = 38 → FX
        let fx = try attempt(50, 50, exam: 20)
        #expect(rules.standing(of: fx).band?.letter == "FX")
        // check: current control and the exam are closed, only the re-exam is open
        #expect(throws: GradebookRules.Refusal.onlyReExamAfterFX) { try rules.record(90, as: .currentControl, in: fx) }
        #expect(throws: GradebookRules.Refusal.onlyReExamAfterFX) { try rules.record(90, as: .exam, in: fx) }
        let passed = try rules.record(80, as: .reExam, in: fx)
        // 0.6 × 50 + 0.4 × 80 = 62 → C-
        #expect(rules.standing(of: passed).band?.letter == "C-")
        #expect(rules.standing(of: passed).isPassed)
        #expect(passed.number == 1)
    }

    @Test func aFailedReExamRequiresRepeating() throws {
        let fx = try attempt(50, 50, exam: 20)
        let failedAgain = try rules.record(30, as: .reExam, in: fx)
        #expect(rules.mustRepeat(failedAgain))
        #expect(throws: GradebookRules.Refusal.mustRepeatFirst) { try rules.record(90, as: .reExam, in: failedAgain) }
        let second = try rules.repeatDiscipline(failedAgain)
        #expect(second == DisciplineAttempt(number: 2))
    }

    /// With admission at 50 or more the final points cannot fall below 30, so F comes from a refused
    /// admission: the learner must repeat the discipline, and no exam or re-exam is taken.
    @Test func fRequiresRepeatingTheDiscipline() throws {
        let notAdmitted = try attempt(10, 20)
        #expect(rules.standing(of: notAdmitted) == .notAdmitted(admission: 15))
        #expect(rules.mustRepeat(notAdmitted))
        #expect(throws: GradebookRules.Refusal.mustRepeatFirst) { try rules.record(60, as: .reExam, in: notAdmitted) }
        #expect(throws: GradebookRules.Refusal.mustRepeatFirst) { try rules.record(60, as: .exam, in: notAdmitted) }
        let second = try rules.repeatDiscipline(notAdmitted)
        #expect(second.number == 2)
        #expect(try rules.record(70, as: .currentControl, in: second).currentControl == 70)
    }

    @Test func aPassedDisciplineIsFinal() throws {
        let passed = try attempt(90, 90, exam: 90)
        #expect(throws: GradebookRules.Refusal.alreadyPassed) { try rules.record(100, as: .exam, in: passed) }
        #expect(throws: GradebookRules.Refusal.repeatNotRequired) { try rules.repeatDiscipline(passed) }
    }

    @Test func aRecordedMarkChangesOnlyAsACorrectionWithAReason() throws {
        let recorded = try attempt(50, 60)
        #expect(throws: GradebookRules.Refusal.alreadyRecorded) { try rules.record(55, as: .currentControl, in: recorded) }
        #expect(throws: GradebookRules.Refusal.correctionReasonRequired) {
            try rules.correct(.currentControl, to: 55, in: recorded, reason: "  ")
        }
        #expect(throws: GradebookRules.Refusal.nothingToCorrect) { try rules.correct(.exam, to: 55, in: recorded, reason: "ошибка") }
        #expect(throws: GradebookRules.Refusal.pointsOutOfRange(101)) {
            try rules.correct(.midterm, to: 101, in: recorded, reason: "ошибка")
        }
        // a passed discipline can still be corrected, and its standing follows the new value
        let passed = try attempt(90, 90, exam: 90)
        let lowered = try rules.correct(.exam, to: 10, in: passed, reason: "перепутаны работы")
        #expect(rules.standing(of: lowered).band?.letter == "D+") // 54 + 4 = 58
    }

    @Test func oneSaveRecordsTheRowInOrderAndSkipsWhatIsUnchanged() throws {
        let empty = DisciplineAttempt()
        let values: [AssessmentKind: Int?] = [.currentControl: 90, .midterm: 94, .exam: 97, .reExam: Int?.none]
        let whole = GradeCellEdit(values: values)
        #expect(try rules.changes(whole, to: empty) == [.record(.currentControl, 90), .record(.midterm, 94), .record(.exam, 97)])
        let recorded = try attempt(90, 94, exam: 97)
        #expect(try rules.changes(whole, to: recorded) == [])
        // a changed value is a correction and needs the reason; an erased one is refused
        var changed = whole
        changed.values[AssessmentKind.exam] = .some(80)
        #expect(throws: GradeCellEdit.Refusal(kind: .exam, refusal: .correctionReasonRequired)) {
            try rules.changes(changed, to: recorded)
        }
        changed.reason = "описка"
        #expect(try rules.changes(changed, to: recorded) == [.correct(.exam, 80, from: 97)])
        let blank: [AssessmentKind: Int?] = [.midterm: Int?.none]
        let erased = GradeCellEdit(values: blank, reason: "описка")
        #expect(throws: GradeCellEdit.Refusal(kind: .midterm, refusal: .cannotErase)) { try rules.changes(erased, to: recorded) }
        // the exam entered with an admission below the minimum is refused at the exam
        let low = GradeCellEdit(values: [.currentControl: 30, .midterm: 40, .exam: 90])
        #expect(throws: GradeCellEdit.Refusal(kind: .exam, refusal: .mustRepeatFirst)) { try rules.changes(low, to: empty) }
    }
}
