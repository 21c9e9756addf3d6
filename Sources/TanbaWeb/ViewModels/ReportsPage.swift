import Foundation
import Vapor
import TanbaCore
import TanbaPersistence

/// The reports page: the period, the institution's funnel as a chart with the table under it, each
/// program's and each department's figures, and the programs due for monitoring.
struct ReportsPage: Encodable {
    let from: String
    let to: String
    let error: String?
    let chart: [Bar]
    let chartLabel: String
    /// The count columns' headings, in the order of `Row.counts`.
    let headers: [String]
    let programs: [Row]
    let departments: [Row]
    let total: Row
    /// Letters of the scale, the columns of the grade distribution.
    let letters: [String]
    let grades: [GradeRow]
    let monitoring: [MonitoringRow]
    let csvLink: String
    let xlsxLink: String
    let jsonLink: String
    /// Shortcuts to whole academic years, from the first intake's to the current one, and to the two
    /// years before the current one (what a yearly report to the ministry compares).
    let periodLinks: [SelectOption]
    /// The department and type filters, "" for all.
    let departmentOptions: [SelectOption]
    let typeOptions: [SelectOption]
    /// Each program's survey figures over the period.
    let surveys: [SurveyRow]
    /// Verifications per month, as a column chart with the table under it.
    let lookups: [MonthColumn]
    let lookupsLabel: String
    let lookupsWidth: Int

    /// One program's survey figures; "too few answers" under the small-cell rule.
    struct SurveyRow: Encodable {
        let code: String
        let title: String
        let learnerAnswers: Int
        let satisfaction: String
        let declaredHours: Int
        let surveyedHours: String
        let employerAnswers: Int
        let demand: String
    }

    /// One month's verifications: a column of the chart and a row of its table.
    struct MonthColumn: Encodable {
        let month: String
        let label: String
        let lookups: Int
        let x: Int
        let y: Int
        let height: Int
        let labelX: Int
    }

    /// One bar of the funnel chart, drawn by the server as SVG: its label above it, so the chart
    /// reads at a phone's width too.
    struct Bar: Encodable {
        let label: String
        let count: Int
        /// Length in the chart's units (0-300).
        let width: Int
        let y: Int
        let textY: Int
        let countX: Int
    }

    /// One line of a table: a program, a department or the total.
    struct Row: Encodable {
        let code: String
        let title: String
        let department: String
        /// Each count with its column's heading, which a phone shows beside it.
        let counts: [Cell]
        let enrolled: Int
        let certified: Int
        /// «4 / 135 (3 %)», as 001 reports it.
        let trainedCertified: String
        let medianDays: String
        let recognitions: String
    }

    /// A number under its column's heading.
    struct Cell: Encodable {
        let label: String
        let value: Int
    }

    /// One discipline's grade distribution: learners per letter, pass rate, recognised.
    struct GradeRow: Encodable {
        let program: String
        let discipline: String
        let counts: [Cell]
        let passRate: String
        let recognised: Int
    }

    /// A program due for monitoring.
    struct MonitoringRow: Encodable {
        let code: String
        let title: String
        let department: String
        let validUntil: String
        let standing: String
        let overdue: Bool
        let link: String
    }

    /// The filters a report was asked with.
    struct Filters {
        var department: String?
        var programType: String?
        /// Every department and type the unfiltered report has, for the filter's choices.
        var departments: [String]
        var types: [String]
        /// The academic year the earliest intake started in, and today's.
        var firstYear: ReportPeriod
        var currentYear: ReportPeriod
    }

    init(_ report: ProgramReport, filters: Filters, lookups months: [(month: String, lookups: Int)], monitoring: MonitoringDue,
         error: String?, request: Request) {
        from = report.period.from.iso
        to = report.period.to.iso
        self.error = error
        let total = report.total
        let top = max(1, total.stages.map(\.count).max() ?? 1)
        chart = total.stages.enumerated().map { index, stage in
            Bar(label: request.t("reports.stage.\(stage.stage.rawValue)"), count: stage.count, width: stage.count * 300 / top,
                y: index * 40 + 18, textY: index * 40 + 14, countX: stage.count * 300 / top + 6)
        }
        chartLabel = total.stages.map { request.t("reports.stage.\($0.stage.rawValue)") + " \($0.count)" }.joined(separator: ", ")
        let headers = (ProgramFunnel.Stage.allCases.map(\.rawValue) + ["refused", "withdrawn", "revoked"]).map { request.t("reports.stage.\($0)") }
        self.headers = headers
        let row = { (code: String, title: String, department: String, funnel: ProgramFunnel) in
            Row(code: code, title: title, department: department,
                counts: zip(headers, [funnel.applied, funnel.accepted, funnel.enrolled, funnel.completed, funnel.attested, funnel.certified,
                                      funnel.refused, funnel.withdrawn, funnel.revoked]).map { Cell(label: $0.0, value: $0.1) },
                enrolled: funnel.enrolled, certified: funnel.certified,
                trainedCertified: "\(funnel.certified) / \(funnel.enrolled)" + (funnel.certifiedPercent.map { " (\($0) %)" } ?? ""),
                medianDays: funnel.medianDaysToCertificate.map { "\($0)" } ?? "—",
                recognitions: "\(funnel.recognitionsGranted) / \(funnel.recognitionsPartial) / \(funnel.recognitionsRefused)")
        }
        programs = report.lines.map { row($0.code, $0.title, $0.department, $0.funnel) }
        departments = Dictionary(grouping: report.lines, by: \.department).sorted { $0.key < $1.key }.map { department, lines in
            row("", department.isEmpty ? "—" : department, department, lines.map(\.funnel).reduce(ProgramFunnel(), +))
        }
        self.total = row("", request.t("reports.total"), "", total)
        letters = report.letters
        grades = report.lines.flatMap { line in
            line.grades.filter { $0.graded + $0.recognised > 0 }.map { discipline in
                GradeRow(program: line.code, discipline: discipline.name, counts: report.letters.map { Cell(label: $0, value: discipline.letters[$0] ?? 0) },
                         passRate: discipline.passPercent.map { "\($0) %" } ?? "—", recognised: discipline.recognised)
            }
        }
        self.monitoring = monitoring.lines.map { line in
            let overdue: Bool, standing: String
            switch line.standing {
            case .overdue(let days): overdue = true; standing = request.t("monitoring.overdue", ["days": "\(days)"])
            case .due(let days): overdue = false; standing = request.t("monitoring.due", ["days": "\(days)"])
            case .current: overdue = false; standing = ""
            }
            return MonitoringRow(code: line.code, title: line.title, department: line.department, validUntil: line.validUntil.dotted,
                                 standing: standing, overdue: overdue, link: SiteRoute.monitoring(code: line.code).path)
        }
        var query = "?from=\(from)&to=\(to)"
        for (key, value) in [("department", filters.department), ("type", filters.programType)] {
            if let value { query += "&\(key)=" + (value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "") }
        }
        csvLink = SiteRoute.reportsCSV.path + query
        xlsxLink = SiteRoute.reportsXLSX.path + query
        jsonLink = SiteRoute.apiReportPrograms.path + query
        var years: [ReportPeriod] = []
        var year = filters.firstYear
        while year.from <= filters.currentYear.from {
            years.append(year)
            year = ReportPeriod.academicYear(containing: year.to.adding(days: 1))
        }
        let link = { (period: ReportPeriod, label: String) in
            SelectOption(value: SiteRoute.reports.path + "?from=\(period.from.iso)&to=\(period.to.iso)", label: label,
                         selected: period == report.period)
        }
        var shortcuts = years.map { link($0, "\($0.from.year)–\($0.to.year)") }
        if years.count >= 3, let two = ReportPeriod(from: years[years.count - 3].from, to: years[years.count - 2].to) {
            shortcuts.append(link(two, request.t("reports.two_years", ["from": "\(two.from.year)", "to": "\(two.to.year)"])))
        }
        periodLinks = shortcuts
        departmentOptions = [SelectOption(value: "", label: request.t("reports.all_departments"), selected: filters.department == nil)]
            + filters.departments.map { SelectOption(value: $0, label: $0, selected: $0 == filters.department) }
        typeOptions = [SelectOption(value: "", label: request.t("reports.all_types"), selected: filters.programType == nil)]
            + filters.types.map { SelectOption(value: $0, label: request.t("program_type.\($0)"), selected: $0 == filters.programType) }
        let tooFew = request.t("survey.too_few", ["minimum": "\(SurveyAnonymity.minimumAnswers)"])
        surveys = report.lines.map { line in
            SurveyRow(code: line.code, title: line.title, learnerAnswers: line.learnerSurvey.answers,
                      satisfaction: line.learnerSurvey.satisfaction.map { SurveySummaryView.decimal($0) + " / 5" } ?? tooFew,
                      declaredHours: line.declaredHours,
                      surveyedHours: line.learnerSurvey.medianHours.map(SurveySummaryView.decimal) ?? tooFew,
                      employerAnswers: line.employerSurvey.answers,
                      demand: line.employerSurvey.demandPercent.map { "\($0) %" } ?? tooFew)
        }
        let highest = max(1, months.map(\.lookups).max() ?? 1)
        lookups = months.enumerated().map { index, month in
            let height = month.lookups * 120 / highest
            return MonthColumn(month: month.month, label: String(month.month.suffix(2)) + "." + String(month.month.prefix(4).suffix(2)),
                               lookups: month.lookups, x: index * 44 + 4, y: 140 - height, height: height, labelX: index * 44 + 4)
        }
        lookupsLabel = months.map { "\($0.month): \($0.lookups)" }.joined(separator: ", ")
        lookupsWidth = max(1, months.count) * 44 + 8
    }

    /// The report as CSV: one line per program, counts only — never a person.
    static func csv(_ report: ProgramReport) -> Data {
        var rows = [["program_code", "title", "department", "program_type", "intakes", "applied", "accepted", "enrolled", "completed",
                     "attested", "certified", "refused", "withdrawn", "revoked", "certified_percent", "median_days_to_certificate",
                     "recognitions_granted", "recognitions_partial", "recognitions_refused", "survey_learner_answers",
                     "survey_satisfaction", "declared_hours", "surveyed_hours_median", "survey_employer_answers", "survey_demand_percent"]]
        for line in report.lines {
            let f = line.funnel
            rows.append([line.code, line.title, line.department, line.programType, "\(line.intakes)", "\(f.applied)", "\(f.accepted)",
                         "\(f.enrolled)", "\(f.completed)", "\(f.attested)", "\(f.certified)", "\(f.refused)", "\(f.withdrawn)",
                         "\(f.revoked)", f.certifiedPercent.map { "\($0)" } ?? "", f.medianDaysToCertificate.map { "\($0)" } ?? "",
                         "\(f.recognitionsGranted)", "\(f.recognitionsPartial)", "\(f.recognitionsRefused)",
                         "\(line.learnerSurvey.answers)", line.learnerSurvey.satisfaction.map { "\($0)" } ?? "", "\(line.declaredHours)",
                         line.learnerSurvey.medianHours.map { "\($0)" } ?? "", "\(line.employerSurvey.answers)",
                         line.employerSurvey.demandPercent.map { "\($0)" } ?? ""])
        }
        return CSV.write(rows)
    }
}
