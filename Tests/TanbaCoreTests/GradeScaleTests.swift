import Testing
@testable import TanbaCore

@Suite struct GradeScaleTests {
    @Test(arguments: [
        (100, "A"), (95, "A"), (94, "A-"), (90, "A-"), (89, "B+"), (85, "B+"), (84, "B"), (80, "B"),
        (79, "B-"), (75, "B-"), (74, "C+"), (70, "C+"), (69, "C"), (65, "C"), (64, "C-"), (60, "C-"),
        (59, "D+"), (55, "D+"), (54, "D-"), (50, "D-"), (49, "FX"), (25, "FX"), (24, "F"), (0, "F"),
    ])
    func mapsPointsToTheNationalLetter(points: Int, letter: String) throws {
        #expect(try GradeScale.kazakhstan().grade(forPoints: points).letter == letter)
    }

    @Test func skmaNamesTheLowestPassD() throws {
        // 004 §5.7: positive grades run from A to D (50-54)
        let band = try PolicyPresets.skma2026.gradeScale.grade(forPoints: 52)
        #expect(band.letter == "D")
        #expect(band.earnsCredits)
        #expect(try PolicyPresets.aitu.gradeScale.grade(forPoints: 52).letter == "D-")
    }

    @Test func fxAllowsReExamAndFRequiresRepeating() throws {
        let scale = GradeScale.kazakhstan()
        let fx = try scale.grade(forPoints: 30)
        #expect(fx.outcome == .reExamAllowed)
        #expect(!fx.earnsCredits)
        #expect(fx.gradePoints == 0.5)
        #expect(try scale.grade(forPoints: 10).outcome == .mustRepeat)
    }

    @Test(arguments: [-1, 101, 1000])
    func refusesPointsOutsideTheScale(_ points: Int) {
        #expect(throws: GradeError.pointsOutOfRange(points)) {
            try GradeScale.kazakhstan().grade(forPoints: points)
        }
    }

    @Test func gpaPointsAreExactDecimals() throws {
        let scale = GradeScale.kazakhstan()
        #expect(try scale.grade(forPoints: 92).gradePoints.description == "3.67")
        #expect(try scale.grade(forPoints: 72).gradePoints.description == "2.33")
    }

    @Test func theSummaryPrintsThePolicysOwnLowestPass() {
        #expect(GradeScale.kazakhstan().summary.hasPrefix("A 95–100, A- 90–94, B+ 85–89"))
        #expect(GradeScale.kazakhstan().summary.contains("D- 50–54, FX 25–49, F 0–24"))
        #expect(PolicyPresets.skma2026.gradeScale.summary.contains("D 50–54, FX"))
        #expect(!PolicyPresets.skma2026.gradeScale.summary.contains("D-"))
    }
}
