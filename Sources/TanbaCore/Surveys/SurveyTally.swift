import Foundation

/// The small-cell rule of survey reports: a figure drawn from fewer answers than this is shown as
/// "too few answers", so nobody's answer can be read out of a report.
public enum SurveyAnonymity {
    public static let minimumAnswers = 5

    /// `value` when it rests on enough answers, nil otherwise.
    public static func guarded<Value>(_ value: Value?, answers: Int) -> Value? {
        answers >= minimumAnswers ? value : nil
    }
}

/// Learners' answers on one program added up (ESG 1.7: satisfaction; SPEC §10: declared against
/// surveyed workload). Every figure is nil below `SurveyAnonymity.minimumAnswers`.
public struct LearnerSurveyTally: Hashable, Sendable {
    public private(set) var answers = 0
    private var satisfactionSum = 0
    private var hours: [Int] = []
    private var achieved: [String: Int] = [:]
    private var asked: [String: Int] = [:]
    private var notes: [String] = []
    /// Answers per satisfaction grade 1…5.
    private var grades = [Int](repeating: 0, count: 5)

    public init() {}

    public mutating func add(_ answer: LearnerSurveyAnswer) {
        answers += 1
        satisfactionSum += answer.satisfaction
        grades[min(max(answer.satisfaction, 1), 5) - 1] += 1
        hours.append(answer.hoursSpent)
        for (code, yes) in answer.outcomesAchieved {
            asked[code, default: 0] += 1
            if yes { achieved[code, default: 0] += 1 }
        }
        if !answer.comment.isEmpty { notes.append(answer.comment) }
    }

    private var enough: Bool { answers >= SurveyAnonymity.minimumAnswers }

    /// Mean satisfaction to one decimal, rounded half up (exact: a Decimal).
    public var satisfaction: Decimal? {
        guard enough else { return nil }
        return Self.roundedTenths(numerator: satisfactionSum, denominator: answers)
    }

    /// How many answers gave each grade 1…5.
    public var satisfactionGrades: [Int]? { enough ? grades : nil }

    /// The median of the hours learners say they spent (a half hour for an even count).
    public var medianHours: Decimal? {
        guard enough else { return nil }
        let sorted = hours.sorted(), middle = sorted.count / 2
        return sorted.count % 2 == 1 ? Decimal(sorted[middle]) : (Decimal(sorted[middle - 1]) + Decimal(sorted[middle])) / 2
    }

    /// Percent of answers (whole, half up) saying the outcome was achieved.
    public func achievedPercent(_ code: String) -> Int? {
        guard let total = asked[code], total >= SurveyAnonymity.minimumAnswers else { return nil }
        return ((achieved[code] ?? 0) * 200 + total) / (total * 2)
    }

    /// Free comments, in alphabetical order so the order answers came in is not shown.
    public var comments: [String]? { enough ? notes.sorted() : nil }

    /// Ten times `numerator / denominator`, rounded half up, as tenths.
    static func roundedTenths(numerator: Int, denominator: Int) -> Decimal {
        let tenths = (numerator * 20 + denominator) / (denominator * 2)
        return Decimal(tenths) / 10
    }
}

/// Employers' answers on one program added up. Every figure is nil below the small-cell minimum.
public struct EmployerSurveyTally: Hashable, Sendable {
    public private(set) var answers = 0
    private var ratingSums: [String: Int] = [:]
    private var ratingCounts: [String: Int] = [:]
    private var demands: [SkillDemand: Int] = [:]
    private var notes: [String] = []

    public init() {}

    public mutating func add(_ answer: EmployerSurveyAnswer) {
        answers += 1
        for (code, rating) in answer.outcomeRatings {
            ratingSums[code, default: 0] += rating
            ratingCounts[code, default: 0] += 1
        }
        demands[answer.demand, default: 0] += 1
        if !answer.comment.isEmpty { notes.append(answer.comment) }
    }

    /// The mean rating of graduates' competence in an outcome, to one decimal; nil when fewer
    /// than the minimum rated it.
    public func rating(_ code: String) -> Decimal? {
        guard let count = ratingCounts[code], count >= SurveyAnonymity.minimumAnswers, let sum = ratingSums[code] else { return nil }
        return LearnerSurveyTally.roundedTenths(numerator: sum, denominator: count)
    }

    /// Answers per level of demand, in `SkillDemand`'s order.
    public var demand: [(SkillDemand, Int)]? {
        guard answers >= SurveyAnonymity.minimumAnswers else { return nil }
        return SkillDemand.allCases.map { ($0, demands[$0] ?? 0) }
    }

    /// Percent of answers (whole, half up) seeing high or moderate demand.
    public var demandPercent: Int? {
        guard answers >= SurveyAnonymity.minimumAnswers else { return nil }
        let inDemand = (demands[.high] ?? 0) + (demands[.moderate] ?? 0)
        return (inDemand * 200 + answers) / (answers * 2)
    }

    public var comments: [String]? { answers >= SurveyAnonymity.minimumAnswers ? notes.sorted() : nil }
}
