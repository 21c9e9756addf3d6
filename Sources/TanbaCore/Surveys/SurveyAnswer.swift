import Foundation

/// Who answers a program's survey (004 §5.12: the yearly update draws on learners' and
/// employers' feedback); raw values are stored.
public enum SurveyKind: String, CaseIterable, Sendable, Codable {
    /// A learner at the end of the program, once their certificate is issued.
    case learner
    /// A partner organisation or an employer who sat on the commission, by a single-use link.
    case employer
}

/// How much the labour market asks for the program's skill, as an employer sees it.
public enum SkillDemand: String, CaseIterable, Sendable, Codable {
    case high, moderate, low, none
}

/// A learner's end-of-program answers («анкета слушателя»): for each learning outcome whether it
/// was achieved, the hours actually spent against the declared workload, satisfaction 1-5 and a
/// free comment. It names nobody: the answer is stored apart from who gave it.
public struct LearnerSurveyAnswer: Hashable, Sendable, Codable {
    /// Outcome code → achieved.
    public var outcomesAchieved: [String: Bool]
    /// Hours spent on the whole program, lessons and independent work together.
    public var hoursSpent: Int
    /// 1 (not at all) … 5 (fully).
    public var satisfaction: Int
    public var comment: String

    public init(outcomesAchieved: [String: Bool], hoursSpent: Int, satisfaction: Int, comment: String) {
        self.outcomesAchieved = outcomesAchieved
        self.hoursSpent = hoursSpent
        self.satisfaction = satisfaction
        self.comment = comment
    }
}

/// An employer's answers («анкета работодателя»): the competence of the program's graduates per
/// learning outcome (1-5, or not observed), the demand for the skill and a free comment.
public struct EmployerSurveyAnswer: Hashable, Sendable, Codable {
    /// Outcome code → rating 1…5; an outcome the employer could not observe is absent.
    public var outcomeRatings: [String: Int]
    public var demand: SkillDemand
    public var comment: String

    public init(outcomeRatings: [String: Int], demand: SkillDemand, comment: String) {
        self.outcomeRatings = outcomeRatings
        self.demand = demand
        self.comment = comment
    }
}

/// What is wrong with a survey form as submitted; nothing is stored. Raw values name the
/// localisation keys.
public enum SurveyProblem: Hashable, Sendable {
    /// An outcome left unanswered (its code).
    case outcomeUnanswered(String)
    /// Hours missing, not a whole number, or beyond ten times the declared workload.
    case hoursInvalid
    case satisfactionMissing
    case ratingInvalid(String)
    case demandMissing
    case commentTooLong
}

/// Every problem of one submitted survey form.
public struct SurveyRefusal: Error, Hashable, Sendable {
    public let problems: [SurveyProblem]
}

/// Reads survey forms as browsers send them (field → text), so both surveys are checked by the
/// same rules whatever the page looks like.
public enum SurveyForm {
    /// The longest comment kept, in characters.
    public static let commentLimit = 4_000

    /// `outcome.<code>` = `yes`|`no`, `hours`, `satisfaction` (1-5), `comment`.
    public static func learner(_ fields: [String: String], outcomes: [String], declaredHours: Int)
        -> Result<LearnerSurveyAnswer, SurveyRefusal> {
        var problems: [SurveyProblem] = [], achieved: [String: Bool] = [:]
        for code in outcomes {
            switch fields["outcome.\(code)"] {
            case "yes": achieved[code] = true
            case "no": achieved[code] = false
            default: problems.append(.outcomeUnanswered(code))
            }
        }
        let hours = fields["hours"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        if hours == nil || hours.map({ $0 < 0 || $0 > max(declaredHours, 1) * 10 }) == true { problems.append(.hoursInvalid) }
        let satisfaction = fields["satisfaction"].flatMap { Int($0) }.flatMap { (1...5).contains($0) ? $0 : nil }
        if satisfaction == nil { problems.append(.satisfactionMissing) }
        let comment = (fields["comment"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if comment.count > commentLimit { problems.append(.commentTooLong) }
        guard problems.isEmpty, let hours, let satisfaction else { return .failure(SurveyRefusal(problems: problems)) }
        return .success(LearnerSurveyAnswer(outcomesAchieved: achieved, hoursSpent: hours, satisfaction: satisfaction, comment: comment))
    }

    /// `rating.<code>` = 1-5 or `na` (not observed), `demand`, `comment`.
    public static func employer(_ fields: [String: String], outcomes: [String]) -> Result<EmployerSurveyAnswer, SurveyRefusal> {
        var problems: [SurveyProblem] = [], ratings: [String: Int] = [:]
        for code in outcomes {
            switch fields["rating.\(code)"] {
            case "na": break
            case let value?:
                if let rating = Int(value), (1...5).contains(rating) { ratings[code] = rating } else { problems.append(.ratingInvalid(code)) }
            case nil: problems.append(.ratingInvalid(code))
            }
        }
        let demand = fields["demand"].flatMap(SkillDemand.init(rawValue:))
        if demand == nil { problems.append(.demandMissing) }
        let comment = (fields["comment"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if comment.count > commentLimit { problems.append(.commentTooLong) }
        guard problems.isEmpty, let demand else { return .failure(SurveyRefusal(problems: problems)) }
        return .success(EmployerSurveyAnswer(outcomeRatings: ratings, demand: demand, comment: comment))
    }
}
