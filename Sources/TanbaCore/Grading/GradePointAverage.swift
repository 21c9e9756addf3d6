import Foundation

/// A graded discipline as the transcript counts it.
public struct GradedDiscipline: Hashable, Sendable {
    public let credits: Credits
    public let band: GradeBand

    public init(credits: Credits, band: GradeBand) {
        self.credits = credits
        self.band = band
    }
}

/// Credits earned and the credit-weighted GPA, in exact decimal arithmetic.
public struct LearningSummary: Hashable, Sendable {
    public let creditsEarned: Credits
    public let creditsAttempted: Credits
    /// Credit-weighted grade point average of every graded discipline; nil before the first grade.
    public let gpa: Decimal?

    public init(_ disciplines: [GradedDiscipline]) {
        creditsEarned = disciplines.filter(\.band.earnsCredits).reduce(.zero) { $0 + $1.credits }
        creditsAttempted = disciplines.reduce(.zero) { $0 + $1.credits }
        guard creditsAttempted > .zero else {
            gpa = nil
            return
        }
        let weighted = disciplines.reduce(Decimal(0)) { $0 + $1.credits.decimal * $1.band.gradePoints }
        gpa = weighted / creditsAttempted.decimal
    }

    /// The GPA as printed: two decimals, rounded half up ("3.45").
    public var gpaText: String? {
        guard let gpa else { return nil }
        var value = gpa
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 2, .plain)
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.minimumFractionDigits = 2
        formatter.maximumFractionDigits = 2
        formatter.minimumIntegerDigits = 1
        return formatter.string(from: rounded as NSDecimalNumber)
    }
}
