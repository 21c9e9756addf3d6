import Foundation

/// A grade as the source's transcript states it (004 §7.4).
public enum ExternalGrade: Hashable, Sendable, Codable {
    /// A percentage or a 100-point score, possibly with decimals ("87.5").
    case percent(Decimal)
    /// A letter of the national point-rating scale ("B+"); a letter of another scale is entered
    /// as the percentage its transcript gives for it.
    case letter(String)
    /// Pass/fail, as MOOC platforms and non-formal courses often report.
    case passFail(passed: Bool)
}

/// The grade a recognised discipline carries on the learner's transcript.
public enum ConvertedGrade: Hashable, Sendable {
    /// A letter of the policy's scale, with the points it stands for.
    case graded(GradeBand, points: Int)
    /// «зачтено»: credits transferred without a letter; it does not enter the GPA.
    case passed

    /// Letter as printed, or nil for a pass without a letter.
    public var letter: String? {
        if case .graded(let band, _) = self { return band.letter }
        return nil
    }
}

/// Converts a source's grade onto the policy's letter scale.
public struct GradeConversion: Sendable {
    public let scale: GradeScale

    public init(scale: GradeScale) {
        self.scale = scale
    }

    /// Why a grade cannot be recognised.
    public enum Problem: Error, Hashable, Sendable {
        case percentOutOfRange
        /// The letter is not one of the scale's: enter the percentage the transcript gives.
        case letterNotOnScale(String)
        /// A failed or non-passing grade earns no credits here either.
        case notPassed
    }

    public func convert(_ grade: ExternalGrade) throws(Problem) -> ConvertedGrade {
        switch grade {
        case .percent(let value):
            guard value >= 0, value <= 100 else { throw .percentOutOfRange }
            // Half up to whole points: 89.5 is 90, an A-.
            var rounded = Decimal(), source = value
            NSDecimalRound(&rounded, &source, 0, .plain)
            let points = NSDecimalNumber(decimal: rounded).intValue
            guard let band = try? scale.grade(forPoints: points) else { throw .percentOutOfRange }
            guard band.earnsCredits else { throw .notPassed }
            return .graded(band, points: points)
        case .letter(let text):
            let letter = text.trimmingCharacters(in: .whitespaces).uppercased()
            guard let band = scale.bands.first(where: { $0.letter.uppercased() == letter }) else { throw .letterNotOnScale(text) }
            guard band.earnsCredits else { throw .notPassed }
            // A letter stands for its band; its lowest points keep the record conservative.
            return .graded(band, points: band.minPoints)
        case .passFail(let passed):
            guard passed else { throw .notPassed }
            return .passed
        }
    }
}
