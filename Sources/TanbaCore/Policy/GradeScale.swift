import Foundation

/// One row of the point-rating letter scale («балльно-рейтинговая буквенная система»).
public struct GradeBand: Hashable, Sendable, Codable {
    /// The letter as printed, e.g. "A-" or, where a seed names it so, "D".
    public let letter: String
    public let minPoints: Int
    public let maxPoints: Int
    /// Digital equivalent for GPA, exact.
    public let gradePoints: Decimal
    public let earnsCredits: Bool
    public let outcome: GradeOutcome
}

/// What a grade means for the learner's next step.
public enum GradeOutcome: String, Sendable, Codable {
    case passed = "passed"
    /// FX: may re-sit the exam without repeating the discipline.
    case reExamAllowed = "re_exam_allowed"
    /// F: must repeat the discipline.
    case mustRepeat = "must_repeat"
}

/// The Kazakhstan point-rating letter scale (SPEC §3) with the lowest pass labelled per policy.
public struct GradeScale: Hashable, Sendable, Codable {
    public let bands: [GradeBand]

    /// Builds the national table; `lowestPassLabel` is "D-" in most seeds and "D" in 004 §5.7.
    public static func kazakhstan(lowestPassLabel: String = "D-") -> GradeScale {
        func band(_ letter: String, _ low: Int, _ high: Int, _ gpa: String,
                  _ outcome: GradeOutcome = .passed) -> GradeBand {
            GradeBand(letter: letter, minPoints: low, maxPoints: high,
                      gradePoints: Decimal(string: gpa, locale: Locale(identifier: "en_US_POSIX")) ?? 0,
                      earnsCredits: outcome == .passed, outcome: outcome)
        }
        return GradeScale(bands: [
            band("A", 95, 100, "4.0"), band("A-", 90, 94, "3.67"),
            band("B+", 85, 89, "3.33"), band("B", 80, 84, "3.0"), band("B-", 75, 79, "2.67"),
            band("C+", 70, 74, "2.33"), band("C", 65, 69, "2.0"), band("C-", 60, 64, "1.67"),
            band("D+", 55, 59, "1.33"), band(lowestPassLabel, 50, 54, "1.0"),
            band("FX", 25, 49, "0.5", .reExamAllowed), band("F", 0, 24, "0", .mustRepeat),
        ])
    }

    /// The band for `points`; throws for anything outside 0...100.
    public func grade(forPoints points: Int) throws(GradeError) -> GradeBand {
        guard let band = bands.first(where: { points >= $0.minPoints && points <= $0.maxPoints }) else {
            throw .pointsOutOfRange(points)
        }
        return band
    }

    public var lowestPass: GradeBand? { bands.last(where: \.earnsCredits) }

    /// The scale as a transcript's grading note prints it: «A 95–100, A- 90–94, …, F 0–24», with
    /// the policy's own letters (004 §5.7 calls the lowest pass D, not D-).
    public var summary: String {
        bands.map { "\($0.letter) \($0.minPoints)–\($0.maxPoints)" }.joined(separator: ", ")
    }
}

/// Points that no band of the scale covers.
public enum GradeError: Error, Equatable, Sendable {
    case pointsOutOfRange(Int)
}
