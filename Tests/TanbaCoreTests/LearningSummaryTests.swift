import Foundation
import Testing
@testable import TanbaCore

@Suite struct LearningSummaryTests {
    @Test func gpaIsCreditWeightedAndExact() throws {
        // setup: 3 credits of A- (3.67), 2 credits of B (3.0), 1 credit of FX (0.5)
        let scale = GradeScale.kazakhstan()
        let disciplines = [
            GradedDiscipline(credits: Credits(3), band: try scale.grade(forPoints: 92)),
            GradedDiscipline(credits: Credits(2), band: try scale.grade(forPoints: 82)),
            GradedDiscipline(credits: Credits(1), band: try scale.grade(forPoints: 30)),
        ]
        // act
        let summary = LearningSummary(disciplines)
        // check: (11.01 + 6 + 0.5) / 6 = 17.51 / 6 = 2.918333…
        #expect(summary.creditsEarned == Credits(5))
        #expect(summary.creditsAttempted == Credits(6))
        #expect(summary.gpa == Decimal(string: "17.51")! / 6)
        #expect(summary.gpaText == "2.92")
    }

    @Test func noGradesMeansNoGPA() {
        #expect(LearningSummary([]).gpa == nil)
        #expect(LearningSummary([]).gpaText == nil)
    }

    @Test func decimalCreditsWeighExactly() throws {
        let scale = GradeScale.kazakhstan()
        let summary = LearningSummary([
            GradedDiscipline(credits: Credits(hundredths: 480), band: try scale.grade(forPoints: 96)),
            GradedDiscipline(credits: Credits(hundredths: 20), band: try scale.grade(forPoints: 72)),
        ])
        // (4.8 × 4 + 0.2 × 2.33) / 5 = 19.666 / 5 = 3.9332
        #expect(summary.gpa == Decimal(string: "3.9332"))
        #expect(summary.gpaText == "3.93")
    }
}
