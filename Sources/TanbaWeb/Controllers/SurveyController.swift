import Fluent
import Foundation
import Vapor
import TanbaCore
import TanbaPersistence

/// The surveys' own pages (004 §5.12): a learner answers on a certificate from their account, an
/// employer through a single-use link without one. Staff make the links on the monitoring page.
struct SurveyController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.meSurvey(RouteParameter.id).pattern, use: learnerForm)
        routes.post(SiteRoute.meSurvey(RouteParameter.id).pattern, use: learnerAnswer)
        routes.get(SiteRoute.employerSurvey(token: RouteParameter.token.placeholder).pattern, use: employerForm)
        routes.post(SiteRoute.employerSurvey(token: RouteParameter.token.placeholder).pattern, use: employerAnswer)
    }

    @Sendable func learnerForm(_ request: Request) async throws -> Response {
        let learner = try request.requireActor(.applyAndStudy)
        let id = try request.parameter(.id)
        return try await learnerPage(request, learnerID: learner.id, certificateID: id)
    }

    @Sendable func learnerAnswer(_ request: Request) async throws -> Response {
        let learner = try request.requireActor(.applyAndStudy)
        let id = try request.parameter(.id)
        let fields = try Self.fields(request)
        do {
            try await request.surveys().answer(certificateID: id, learnerID: learner.id, fields: fields)
        } catch Surveys.Problem.invalid(let problems) {
            return try await learnerPage(request, learnerID: learner.id, certificateID: id, fields: fields,
                                         errors: SurveyPage.messages(problems, request: request), status: .unprocessableEntity)
        } catch let problem as Surveys.Problem {
            throw Self.abort(problem, request: request)
        }
        return request.redirect(to: SiteRoute.me.path, notice: .recorded)
    }

    @Sendable func employerForm(_ request: Request) async throws -> Response {
        try await employerPage(request, token: try request.parameter(.token))
    }

    @Sendable func employerAnswer(_ request: Request) async throws -> Response {
        let token = try request.parameter(.token)
        let fields = try Self.fields(request)
        do {
            try await request.surveys().answer(token: token, fields: fields)
        } catch Surveys.Problem.invalid(let problems) {
            return try await employerPage(request, token: token, fields: fields, errors: SurveyPage.messages(problems, request: request),
                                          status: .unprocessableEntity)
        } catch let problem as Surveys.Problem {
            throw Self.abort(problem, request: request)
        }
        return try await request.page("survey-thanks", title: request.t("survey.thanks"), body: [String: String]())
    }

    private func learnerPage(_ request: Request, learnerID: UUID, certificateID: UUID, fields: [String: String] = [:],
                             errors: [String] = [], status: HTTPStatus = .ok) async throws -> Response {
        let questionnaire: Surveys.Questionnaire
        do { questionnaire = try await request.surveys().questionnaire(certificateID: certificateID, learnerID: learnerID) }
        catch let problem as Surveys.Problem { throw Self.abort(problem, request: request) }
        let page = SurveyPage(questionnaire, kind: .learner, action: SiteRoute.meSurvey(certificateID).path, fields: fields,
                              errors: errors, request: request)
        return try await request.page("survey", title: request.t("survey.learner.title"), body: page, status: status)
    }

    private func employerPage(_ request: Request, token: String, fields: [String: String] = [:], errors: [String] = [],
                              status: HTTPStatus = .ok) async throws -> Response {
        let questionnaire: Surveys.Questionnaire
        do { questionnaire = try await request.surveys().questionnaire(token: token) }
        catch let problem as Surveys.Problem { throw Self.abort(problem, request: request) }
        let page = SurveyPage(questionnaire, kind: .employer, action: SiteRoute.employerSurvey(token: token).path, fields: fields,
                              errors: errors, request: request)
        // The site-wide Referrer-Policy (same-origin) keeps the link, the respondent's key, from other sites.
        return try await request.page("survey", title: request.t("survey.employer.title"), body: page, status: status)
    }

    /// The form's fields as text; `_csrf` and anything not text is left out.
    private static func fields(_ request: Request) throws -> [String: String] {
        let all = (try? request.content.decode([String: String].self)) ?? [:]
        return all.filter { $0.key != CSRFMiddleware.field }
    }

    private static func abort(_ problem: Surveys.Problem, request: Request) -> Abort {
        switch problem {
        case .forbidden: Abort(.forbidden, reason: request.t("error.forbidden"))
        case .alreadyAnswered: Abort(.gone, reason: request.t("survey.error.answered"))
        case .certificateRevoked: Abort(.conflict, reason: request.t("survey.error.revoked"))
        default: Abort(.notFound, reason: request.t("error.http.404"))
        }
    }
}
