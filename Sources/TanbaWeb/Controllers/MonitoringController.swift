import Fluent
import Foundation
import Vapor
import TanbaCore
import TanbaDocuments
import TanbaPersistence

/// A program's yearly monitoring (004 §5.12, §8.4): the department writes findings and actions,
/// the council's secretary records the decision, either marks actions done.
struct MonitoringController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.monitoring(code: RouteParameter.code.placeholder).pattern, use: show)
        routes.post(SiteRoute.monitoring(code: RouteParameter.code.placeholder).pattern, use: act)
        routes.get(SiteRoute.monitoringDossier(code: RouteParameter.code.placeholder).pattern, use: dossier)
        routes.post(SiteRoute.monitoringSurveyLinks(code: RouteParameter.code.placeholder).pattern, use: invite)
    }

    /// The year's monitoring dossier as a PDF, in the institution's document language.
    @Sendable func dossier(_ request: Request) async throws -> Response {
        _ = try reader(request)
        let sheet: ProgramMonitoring.Sheet
        do { sheet = try await ProgramMonitoring(database: request.db, clock: try request.clock()).sheet(code: try request.parameter(.code)) }
        catch ProgramMonitoring.Problem.notFound { throw Abort(.notFound, reason: request.t("error.http.404")) }
        let setting = try await SettingsStore.value(SettingsStore.documentLanguageKey, on: request.db) ?? "ru"
        let language = setting.split(separator: "+").first.flatMap { LanguageCode(rawValue: String($0)) } ?? .russian
        let today = CalendarDay(try request.clock().now())
        let localizer = request.application.localizer
        let surveys = try await Self.surveySummary(sheet, today: today, on: request.db) { localizer.string($0, language, $1) }
        let document = MonitoringDossierDocument(sheet: sheet, institution: try await SettingsStore.institution(on: request.db),
                                                 localizer: localizer, language: language, today: today, surveys: surveys)
        return Response.pdf(try await PDFRenderer.render(try document.spec()), fileName: "monitoring-\(sheet.code)-\(sheet.year).pdf")
    }

    /// Every form of the page, by `action`: findings, done, decide.
    struct MonitoringForm: Content {
        var action: String?
        var findings: String?
        var actions: String?
        var actionID: String?
        var decision: String?
        var protocolNumber: String?
        var meetingDate: String?
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        try await render(request, actor: try reader(request))
    }

    @Sendable func act(_ request: Request) async throws -> Response {
        let actor = try reader(request)
        let code = try request.parameter(.code)
        let form = try request.content.decode(MonitoringForm.self)
        let monitoring = ProgramMonitoring(database: request.db, clock: try request.clock())
        do {
            switch form.action {
            case "findings":
                try await monitoring.saveFindings(code: code, findings: form.findings ?? "", actions: form.actions ?? "", by: actor)
            case "done":
                guard let id = form.actionID.flatMap(UUID.init(uuidString:)) else { throw ProgramMonitoring.Problem.notFound }
                try await monitoring.markDone(id, by: actor)
            case "decide":
                guard let decision = form.decision.flatMap(MonitoringDecision.init(rawValue:)) else {
                    return try await render(request, actor: actor, errors: [request.t("monitoring.error.decision")], status: .unprocessableEntity)
                }
                try await monitoring.decide(code: code, decision, protocolNumber: form.protocolNumber ?? "", meetingDate: form.meetingDate ?? "",
                                            by: actor)
            default:
                throw Abort(.badRequest, reason: request.t("error.http.400"))
            }
        } catch let problem as ProgramMonitoring.Problem {
            switch problem {
            case .forbidden: throw Abort(.forbidden, reason: request.t("error.forbidden"))
            case .notFound: throw Abort(.notFound, reason: request.t("error.http.404"))
            case .alreadyDecided, .alreadyDone:
                return try await render(request, actor: actor, errors: [Self.message(problem, request: request)], status: .conflict)
            default:
                return try await render(request, actor: actor, errors: [Self.message(problem, request: request)], status: .unprocessableEntity)
            }
        } catch ProgramStoreError.workflow {
            return try await render(request, actor: actor, errors: [request.t("monitoring.error.withdraw")], status: .conflict)
        }
        return request.redirect(to: SiteRoute.monitoring(code: code).path, notice: .saved)
    }

    /// A single-use link to the employer survey, for the organisation named; shown once.
    @Sendable func invite(_ request: Request) async throws -> Response {
        let actor = try request.requireActor(.inviteSurveyRespondents)
        let code = try request.parameter(.code)
        let recipient = (try? request.content.get(String.self, at: "recipient")) ?? ""
        let token: String
        do { token = try await request.surveys().invite(code: code, recipient: recipient, by: actor) }
        catch Surveys.Problem.recipientMissing {
            return try await render(request, actor: actor, errors: [request.t("survey.error.recipient")], status: .unprocessableEntity)
        } catch Surveys.Problem.notFound { throw Abort(.notFound, reason: request.t("error.http.404")) }
        let link = SiteRoute.employerSurvey(token: token).url(publicURL: try request.services().config.publicURL)
        return try await render(request, actor: actor, newLink: link)
    }

    /// Those who write, decide or read monitoring; 403 for anyone else.
    private func reader(_ request: Request) throws -> ActingUser {
        let actor = try request.requireActor()
        guard actor.role.may(.writeMonitoring) || actor.role.may(.decideMonitoring) || actor.role.may(.viewReports) else {
            throw Abort(.forbidden, reason: request.t("error.forbidden"))
        }
        return actor
    }

    /// The program's survey results over the academic year of `today`.
    static func surveySummary(_ sheet: ProgramMonitoring.Sheet, today: CalendarDay, on database: any Database,
                              t: (String, [String: String]) -> String) async throws -> SurveySummaryView {
        let results = try await Surveys.results(ReportPeriod.academicYear(containing: today), programID: try sheet.program.requireID(),
                                                on: database)
        let content = try await ProgramEditionModel.find(sheet.editionID, on: database)?.decodedContent()
        let programID = try sheet.program.requireID()
        return SurveySummaryView(learners: results.learners[programID] ?? .init(), employers: results.employers[programID] ?? .init(),
                                 outcomes: content?.learningOutcomes ?? [], declaredHours: content?.totalHours ?? 0, t: t)
    }

    static func message(_ problem: ProgramMonitoring.Problem, request: Request) -> String {
        switch problem {
        case .actionLines(let lines): request.t("monitoring.error.action_lines", ["lines": lines.map(String.init).joined(separator: ", ")])
        default: request.t("monitoring.error.\(String(describing: problem))")
        }
    }

    private func render(_ request: Request, actor: ActingUser, errors: [String] = [], status: HTTPStatus = .ok,
                        newLink: String? = nil) async throws -> Response {
        let sheet: ProgramMonitoring.Sheet
        do { sheet = try await ProgramMonitoring(database: request.db, clock: try request.clock()).sheet(code: try request.parameter(.code)) }
        catch ProgramMonitoring.Problem.notFound { throw Abort(.notFound, reason: request.t("error.http.404")) }
        let today = CalendarDay(try request.clock().now())
        let section = MonitoringPage.SurveySection(
            summary: try await Self.surveySummary(sheet, today: today, on: request.db) { request.t($0, $1) },
            invitations: try await request.surveys().invitations(code: sheet.code),
            suggestions: try await request.surveys().suggestedRecipients(code: sheet.code), newLink: newLink)
        let page = try MonitoringPage(sheet, surveys: section, actor: actor, today: today, errors: errors, request: request)
        return try await request.page("monitoring", title: request.t("monitoring.record_title", ["code": sheet.code]), body: page, status: status)
    }
}
