import Foundation
import Vapor
import TanbaCore
import TanbaPersistence

/// A program's survey results as the monitoring page and the dossier show them: how many answered,
/// and each figure or "too few answers" under the small-cell rule.
struct SurveySummaryView: Encodable {
    let learnerAnswers: Int
    let employerAnswers: Int
    let figures: [Figure]
    let outcomes: [OutcomeRow]
    let comments: [String]

    /// One survey figure, already worded.
    struct Figure: Encodable {
        let label: String
        let value: String
    }

    /// One learning outcome: achieved as learners say, rated by employers.
    struct OutcomeRow: Encodable {
        let code: String
        let text: String
        let achieved: String
        let rating: String
    }

    init(learners: LearnerSurveyTally, employers: EmployerSurveyTally, outcomes: [LearningOutcome], declaredHours: Int,
         t: (String, [String: String]) -> String) {
        let tooFew = t("survey.too_few", ["minimum": "\(SurveyAnonymity.minimumAnswers)"])
        learnerAnswers = learners.answers
        employerAnswers = employers.answers
        figures = [
            Figure(label: t("survey.result.learners", [:]), value: "\(learners.answers)"),
            Figure(label: t("survey.result.satisfaction", [:]), value: learners.satisfaction.map { "\(Self.decimal($0)) / 5" } ?? tooFew),
            Figure(label: t("survey.result.workload", [:]),
                   value: t("survey.result.workload_value", ["declared": "\(declaredHours)",
                                                             "surveyed": learners.medianHours.map { Self.decimal($0) } ?? tooFew])),
            Figure(label: t("survey.result.employers", [:]), value: "\(employers.answers)"),
            Figure(label: t("survey.result.demand", [:]), value: employers.demandPercent.map { "\($0) %" } ?? tooFew),
        ]
        self.outcomes = outcomes.map { outcome in
            OutcomeRow(code: outcome.code, text: outcome.text,
                       achieved: learners.achievedPercent(outcome.code).map { "\($0) %" } ?? tooFew,
                       rating: employers.rating(outcome.code).map { "\(Self.decimal($0)) / 5" } ?? tooFew)
        }
        comments = (learners.comments ?? []) + (employers.comments ?? [])
    }

    /// A one-decimal figure with a decimal comma, as Russian and Kazakh documents write it.
    static func decimal(_ value: Decimal) -> String {
        "\(value)".replacingOccurrences(of: ".", with: ",")
    }
}
