import Foundation
import TanbaCore
import TanbaDocuments
import TanbaPersistence

/// The annual monitoring dossier of a program (004 §5.12, §8.4): what the council reads before it
/// decides — the year's figures with their chart, the department's findings, the action plan with
/// what is done, and the decision once taken. In the institution's document language.
struct MonitoringDossierDocument: InstitutionDocument {
    let sheet: ProgramMonitoring.Sheet
    let institution: InstitutionProfile
    let localizer: Localizer
    let language: LanguageCode
    let today: CalendarDay
    /// The academic year's survey results, worded in `language`.
    let surveys: SurveySummaryView

    func spec() throws -> PDFDocumentSpec {
        var blocks = institutionHeading + [
            .heading(t("dossier.title", ["year": "\(sheet.year)"]), level: 1),
            .paragraph("\(sheet.code) «\(sheet.title)»", alignment: .center, style: .bold),
            .keyValue([
                (label: t("program.department"), value: sheet.department),
                (label: t("monitoring.valid_until"), value: sheet.validUntil?.dotted ?? "—"),
                (label: t("dossier.prepared"), value: today.dotted),
            ]),
        ]
        if let funnel = try sheet.record?.funnel {
            blocks.append(.heading(t("monitoring.figures"), level: 2, alignment: .left))
            blocks.append(BarChart.block(funnel.stages.map { (label: t("reports.stage.\($0.stage.rawValue)"), value: $0.count) }))
            blocks.append(.keyValue([
                (label: t("reports.stage.refused"), value: "\(funnel.refused)"),
                (label: t("reports.stage.withdrawn"), value: "\(funnel.withdrawn)"),
                (label: t("reports.stage.revoked"), value: "\(funnel.revoked)"),
                (label: t("reports.trained_certified"),
                 value: "\(funnel.certified) / \(funnel.enrolled)" + (funnel.certifiedPercent.map { " (\($0) %)" } ?? "")),
                (label: t("reports.median_days"), value: funnel.medianDaysToCertificate.map { "\($0)" } ?? "—"),
                (label: t("reports.recognitions"),
                 value: "\(funnel.recognitionsGranted) / \(funnel.recognitionsPartial) / \(funnel.recognitionsRefused)"),
            ]))
        }
        blocks.append(.heading(t("survey.results"), level: 2, alignment: .left))
        blocks.append(.keyValue(surveys.figures.map { (label: $0.label, value: $0.value) }))
        if !surveys.outcomes.isEmpty {
            blocks.append(.table(columns: [
                TableColumn(t("survey.outcome"), widthFraction: 0.6),
                TableColumn(t("survey.result.achieved"), widthFraction: 0.2, alignment: .right),
                TableColumn(t("survey.result.rating"), widthFraction: 0.2, alignment: .right),
            ], rows: surveys.outcomes.map { ["\($0.code) \($0.text)", $0.achieved, $0.rating] }, fontSize: 9.5))
        }
        if !surveys.comments.isEmpty {
            blocks.append(.paragraph(t("survey.comments"), style: .bold))
            blocks += surveys.comments.map { .paragraph("— " + $0, alignment: .justify) }
        }
        blocks.append(.heading(t("monitoring.findings"), level: 2, alignment: .left))
        blocks.append(.paragraph(sheet.record?.findings.nonEmpty ?? t("monitoring.no_findings"), alignment: .justify))
        blocks.append(.heading(t("monitoring.actions"), level: 2, alignment: .left))
        if sheet.actions.isEmpty {
            blocks.append(.paragraph(t("monitoring.no_actions")))
        } else {
            blocks.append(.table(columns: [
                TableColumn("№", widthFraction: 0.06, alignment: .right),
                TableColumn(t("monitoring.action"), widthFraction: 0.46),
                TableColumn(t("monitoring.owner"), widthFraction: 0.2),
                TableColumn(t("monitoring.due_on"), widthFraction: 0.14),
                TableColumn(t("monitoring.done_on"), widthFraction: 0.14),
            ], rows: sheet.actions.map { action in
                ["\(action.position)", action.text, action.owner, CalendarDay(iso: action.dueOn)?.dotted ?? action.dueOn,
                 action.doneOn.flatMap(CalendarDay.init(iso:))?.dotted ?? "—"]
            }, fontSize: 9.5))
        }
        blocks.append(.heading(t("monitoring.decide"), level: 2, alignment: .left))
        if let record = sheet.record, let decision = try record.monitoringDecision {
            blocks.append(.paragraph(t("monitoring.decided.\(decision.rawValue)", [
                "number": record.protocolNumber ?? "", "date": record.meetingDate.flatMap(CalendarDay.init(iso:))?.dotted ?? "",
                "until": record.validUntil.flatMap(CalendarDay.init(iso:))?.dotted ?? ""]), style: .bold))
        } else {
            blocks.append(.paragraph(t("monitoring.undecided")))
        }
        return PDFDocumentSpec(metadata: metadata(title: t("dossier.title", ["year": "\(sheet.year)"]) + " — " + sheet.code), blocks: blocks)
    }
}

private extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
