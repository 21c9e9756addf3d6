import Foundation
import TanbaCore
import TanbaDocuments
import TanbaPersistence

/// The program report as a workbook (SPEC §10): the funnel per program with a chart of the total,
/// survey figures, grades per discipline, and verifications per month with their chart. Counts
/// only, never a person; survey figures below the small-cell minimum are left empty.
enum ReportWorkbook {
    static func spreadsheet(_ report: ProgramReport, lookups: [(month: String, lookups: Int)],
                            t: (String, [String: String]) -> String) -> Spreadsheet {
        let stageNames = (ProgramFunnel.Stage.allCases.map(\.rawValue) + ["refused", "withdrawn", "revoked"]).map { t("reports.stage.\($0)", [:]) }
        let funnelRows: [[Spreadsheet.Cell]] = report.lines.map { line in
            let f = line.funnel
            return [.text(line.code), .text(line.title), .text(line.department), .text(t("program_type.\(line.programType)", [:])),
                    .integer(line.intakes)]
                + [f.applied, f.accepted, f.enrolled, f.completed, f.attested, f.certified, f.refused, f.withdrawn, f.revoked].map { .integer($0) }
                + [f.certifiedPercent.map { .integer($0) } ?? .empty, f.medianDaysToCertificate.map { .decimal($0) } ?? .empty,
                   .integer(f.recognitionsGranted), .integer(f.recognitionsPartial), .integer(f.recognitionsRefused)]
        }
        let programs = Spreadsheet.Sheet(
            name: t("reports.by_program", [:]),
            header: [t("reports.code", [:]), t("reports.program", [:]), t("program.department", [:]), t("program.type", [:]),
                     t("reports.intakes", [:])] + stageNames
                + [t("reports.certified_percent", [:]), t("reports.median_days", [:]), t("recognition.outcome.granted", [:]),
                   t("recognition.outcome.partially_granted", [:]), t("recognition.outcome.refused", [:])],
            rows: funnelRows)
        let total = report.total
        let funnel = Spreadsheet.Sheet(
            name: t("reports.funnel", [:]), header: [t("reports.stage", [:]), t("reports.count", [:])],
            rows: total.stages.map { [.text(t("reports.stage.\($0.stage.rawValue)", [:])), .integer($0.count)] },
            chart: .init(title: t("reports.funnel", [:]), labelColumn: 0, valueColumn: 1, rows: total.stages.count))
        let surveys = Spreadsheet.Sheet(
            name: t("survey.results", [:]),
            header: [t("reports.code", [:]), t("reports.program", [:]), t("survey.result.learners", [:]), t("survey.result.satisfaction", [:]),
                     t("survey.declared_hours", [:]), t("survey.surveyed_hours", [:]), t("survey.result.employers", [:]),
                     t("survey.result.demand", [:])],
            rows: report.lines.map { line in
                [.text(line.code), .text(line.title), .integer(line.learnerSurvey.answers),
                 line.learnerSurvey.satisfaction.map { .decimal($0) } ?? .empty, .integer(line.declaredHours),
                 line.learnerSurvey.medianHours.map { .decimal($0) } ?? .empty, .integer(line.employerSurvey.answers),
                 line.employerSurvey.demandPercent.map { .integer($0) } ?? .empty]
            })
        let grades = Spreadsheet.Sheet(
            name: t("reports.grades", [:]),
            header: [t("reports.code", [:]), t("discipline.name", [:])] + report.letters + [t("reports.pass_rate", [:]), t("standing.recognised", [:])],
            rows: report.lines.flatMap { line in
                line.grades.filter { $0.graded + $0.recognised > 0 }.map { discipline in
                    [.text(line.code), .text(discipline.name)] + report.letters.map { .integer(discipline.letters[$0] ?? 0) }
                        + [discipline.passPercent.map { .integer($0) } ?? .empty, .integer(discipline.recognised)]
                }
            })
        let verifications = Spreadsheet.Sheet(
            name: t("reports.verifications", [:]), header: [t("reports.month", [:]), t("reports.verifications", [:])],
            rows: lookups.map { [.text($0.month), .integer($0.lookups)] },
            chart: .init(title: t("reports.verifications", [:]), labelColumn: 0, valueColumn: 1, rows: lookups.count))
        return Spreadsheet(title: t("reports.title", [:]) + " \(report.period.from.dotted) — \(report.period.to.dotted)",
                           sheets: [programs, funnel, surveys, grades, verifications])
    }
}
