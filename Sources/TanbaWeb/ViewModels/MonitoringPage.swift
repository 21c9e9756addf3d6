import Foundation
import Vapor
import TanbaCore
import TanbaPersistence

/// A program's monitoring page: validity, the year's frozen figures, the findings, the action plan
/// with what is done and late, the decision, and the forms the viewer's role may use.
struct MonitoringPage: Encodable {
    let code: String
    let title: String
    let department: String
    let year: Int
    let validUntil: String
    let standing: String?
    let figures: [Figure]
    let findings: String
    let actions: [ActionRow]
    let decision: String?
    let history: [String]
    let canWrite: Bool
    let canDecide: Bool
    let canMarkDone: Bool
    let decisions: [SelectOption]
    let link: String
    let dossierLink: String
    let programLink: String
    let errors: [String]
    let today: String
    /// The academic year's survey results, under the small-cell rule.
    let surveys: SurveySummaryView
    let invitations: [InvitationRow]
    let suggestedRecipients: [String]
    let canInvite: Bool
    let surveyLinksAction: String
    /// A link just made, shown this once: only its hash is kept.
    let newLink: String?
    /// After an «update» decision, where the department starts the new edition.
    let newEditionAction: String?

    /// One figure of the year, as it stood when the record was opened.
    struct Figure: Encodable {
        let label: String
        let value: String
    }

    /// One action of the plan.
    struct ActionRow: Encodable {
        let id: String
        let number: Int
        let text: String
        let owner: String
        let due: String
        let done: String?
        let late: Bool
    }

    /// An employer the survey link was made for, and whether it was used.
    struct InvitationRow: Encodable {
        let recipient: String
        let created: String
        let answered: Bool
    }

    /// What the page shows of the program's surveys.
    struct SurveySection {
        let summary: SurveySummaryView
        let invitations: [SurveyInvitationModel]
        let suggestions: [String]
        let newLink: String?
    }

    init(_ sheet: ProgramMonitoring.Sheet, surveys section: SurveySection, actor: ActingUser, today: CalendarDay, errors: [String],
         request: Request) throws {
        let t = { (key: String, arguments: [String: String]) in request.t(key, arguments) }
        code = sheet.code
        title = sheet.title
        department = sheet.department
        year = sheet.year
        validUntil = sheet.validUntil?.dotted ?? "—"
        standing = sheet.validUntil.flatMap { valid in
            switch MonitoringSchedule.standing(validUntil: valid, today: today) {
            case .overdue(let days): t("monitoring.overdue", ["days": "\(days)"])
            case .due(let days): t("monitoring.due", ["days": "\(days)"])
            case .current: nil
            }
        }
        let record = sheet.record
        if let funnel = try record?.funnel {
            figures = funnel.stages.map { Figure(label: t("reports.stage.\($0.stage.rawValue)", [:]), value: "\($0.count)") } + [
                Figure(label: t("reports.trained_certified", [:]),
                       value: "\(funnel.certified) / \(funnel.enrolled)" + (funnel.certifiedPercent.map { " (\($0) %)" } ?? "")),
                Figure(label: t("reports.median_days", [:]), value: funnel.medianDaysToCertificate.map { "\($0)" } ?? "—"),
            ]
        } else {
            figures = []
        }
        findings = record?.findings ?? ""
        actions = try sheet.actions.map { action in
            let due = CalendarDay(iso: action.dueOn)
            return ActionRow(id: try action.requireID().uuidString, number: action.position, text: action.text, owner: action.owner,
                             due: due?.dotted ?? action.dueOn, done: action.doneOn.flatMap(CalendarDay.init(iso:)).map(\.dotted),
                             late: action.doneOn == nil && (due.map { $0 < today } ?? false))
        }
        let decided = try record?.monitoringDecision
        decision = try record.flatMap { record in
            try record.monitoringDecision.map { decision in
                t("monitoring.decided.\(decision.rawValue)", ["number": record.protocolNumber ?? "",
                                                              "date": record.meetingDate.flatMap(CalendarDay.init(iso:))?.dotted ?? "",
                                                              "until": record.validUntil.flatMap(CalendarDay.init(iso:))?.dotted ?? ""])
            }
        }
        history = try sheet.history.map { record in
            "\(record.year): " + (try record.monitoringDecision.map { t("monitoring.decision.\($0.rawValue)", [:]) } ?? t("monitoring.undecided", [:]))
        }
        canWrite = actor.role.may(.writeMonitoring) && decided == nil
        canDecide = actor.role.may(.decideMonitoring) && decided == nil && !(record?.findings.isEmpty ?? true)
        canMarkDone = actor.role.may(.writeMonitoring) || actor.role.may(.decideMonitoring)
        decisions = MonitoringDecision.allCases.map { SelectOption(value: $0.rawValue, label: t("monitoring.decision.\($0.rawValue)", [:])) }
        link = SiteRoute.monitoring(code: sheet.code).path
        dossierLink = SiteRoute.monitoringDossier(code: sheet.code).path
        programLink = SiteRoute.program(code: sheet.code).path
        self.errors = errors
        self.today = today.iso
        surveys = section.summary
        invitations = section.invitations.map {
            InvitationRow(recipient: $0.recipient, created: DisplayDate.dayTime($0.createdAt), answered: $0.answered)
        }
        suggestedRecipients = section.suggestions
        canInvite = actor.role.may(.inviteSurveyRespondents)
        surveyLinksAction = SiteRoute.monitoringSurveyLinks(code: sheet.code).path
        newLink = section.newLink
        newEditionAction = decided == .update && actor.role.may(.developPrograms)
            ? SiteRoute.newEdition(programID: try sheet.program.requireID()).path : nil
    }
}
