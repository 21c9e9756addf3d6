import Foundation
import Vapor
import TanbaCore
import TanbaPersistence

/// A program's survey as its respondent fills it in: a learner (outcomes achieved, hours spent,
/// satisfaction) or an employer (graduates' competence per outcome, demand for the skill).
/// Refilled with what was sent when a field is missing.
struct SurveyPage: Encodable {
    let isLearner: Bool
    let programTitle: String
    let code: String
    let action: String
    let outcomes: [OutcomeQuestion]
    let declaredHours: Int
    let declaredNote: String
    let hours: String
    let satisfaction: [SelectOption]
    let demand: [SelectOption]
    let comment: String
    let commentLimit: Int
    let errors: [String]

    /// One learning outcome and the answers it takes.
    struct OutcomeQuestion: Encodable {
        let code: String
        let text: String
        let field: String
        let choices: [SelectOption]
    }

    init(_ questionnaire: Surveys.Questionnaire, kind: SurveyKind, action: String, fields: [String: String] = [:],
         errors: [String] = [], request: Request) {
        isLearner = kind == .learner
        programTitle = questionnaire.title
        code = questionnaire.code
        self.action = action
        let choices: [(String, String)] = kind == .learner
            ? [("yes", request.t("survey.achieved.yes")), ("no", request.t("survey.achieved.no"))]
            : (1...5).map { ("\($0)", "\($0)") } + [("na", request.t("survey.rating.na"))]
        outcomes = questionnaire.outcomes.map { outcome in
            let field = (kind == .learner ? "outcome." : "rating.") + outcome.code
            return OutcomeQuestion(code: outcome.code, text: outcome.text, field: field,
                                   choices: choices.map { SelectOption(value: $0.0, label: $0.1, selected: fields[field] == $0.0) })
        }
        declaredHours = questionnaire.declaredHours
        declaredNote = request.t("survey.hours_declared", ["hours": "\(questionnaire.declaredHours)"])
        hours = fields["hours"] ?? ""
        satisfaction = (1...5).map { SelectOption(value: "\($0)", label: request.t("survey.satisfaction.\($0)"), selected: fields["satisfaction"] == "\($0)") }
        demand = SkillDemand.allCases.map { SelectOption(value: $0.rawValue, label: request.t("survey.demand.\($0.rawValue)"),
                                                         selected: fields["demand"] == $0.rawValue) }
        comment = fields["comment"] ?? ""
        commentLimit = SurveyForm.commentLimit
        self.errors = errors
    }

    /// Each problem of a refused form, in the respondent's language.
    static func messages(_ problems: [SurveyProblem], request: Request) -> [String] {
        problems.map { problem in
            switch problem {
            case .outcomeUnanswered(let code): request.t("survey.error.outcome", ["code": code])
            case .ratingInvalid(let code): request.t("survey.error.rating", ["code": code])
            case .hoursInvalid: request.t("survey.error.hours")
            case .satisfactionMissing: request.t("survey.error.satisfaction")
            case .demandMissing: request.t("survey.error.demand")
            case .commentTooLong: request.t("survey.error.comment", ["limit": "\(SurveyForm.commentLimit)"])
            }
        }
    }
}
