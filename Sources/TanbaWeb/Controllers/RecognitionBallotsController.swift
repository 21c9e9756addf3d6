import Fluent
import Foundation
import Vapor
import TanbaCore
import TanbaPersistence

/// The recognition commission's members vote on the cases before it from their own accounts.
struct RecognitionBallotsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.recognitionBallots.pattern, use: index)
        routes.post(SiteRoute.recognitionBallot(RouteParameter.id).pattern, use: cast)
    }

    /// The vote as posted.
    struct BallotForm: Content {
        var vote: String?
    }

    @Sendable func index(_ request: Request) async throws -> Response {
        try await render(request, actor: try member(request))
    }

    @Sendable func cast(_ request: Request) async throws -> Response {
        let actor = try await member(request)
        let form = try request.content.decode(BallotForm.self)
        guard let vote = form.vote.flatMap(AttestationVote.init(rawValue:)) else {
            return try await render(request, actor: actor, errors: [request.t("recognition.ballot.error.vote")], status: .unprocessableEntity)
        }
        do {
            try await RecognitionBallots(database: request.db, clock: try request.clock()).cast(vote, on: try request.parameter(.id), by: actor)
        } catch let problem as RecognitionBallots.Problem {
            switch problem {
            case .notAMember: throw Abort(.forbidden, reason: request.t("error.forbidden"))
            case .notFound: throw Abort(.notFound, reason: request.t("error.http.404"))
            case .notBeforeTheCommission:
                return try await render(request, actor: actor, errors: [request.t("recognition.ballot.error.closed")], status: .conflict)
            }
        }
        return request.redirect(to: SiteRoute.recognitionBallots.path, notice: .recorded)
    }

    /// A voting member of the recognition commission in force; 403 for anyone else.
    private func member(_ request: Request) async throws -> ActingUser {
        let actor = try request.requireActor(.sitOnCommission)
        guard try await RecognitionBallots(database: request.db, clock: try request.clock()).isVotingMember(actor.id) else {
            throw Abort(.forbidden, reason: request.t("error.forbidden"))
        }
        return actor
    }

    private func render(_ request: Request, actor: ActingUser, errors: [String] = [], status: HTTPStatus = .ok) async throws -> Response {
        let waiting = try await RecognitionBallots(database: request.db, clock: try request.clock()).waiting(for: actor.id)
        return try await request.page("recognition-ballots", title: request.t("recognition.ballot.title"),
                                      body: try RecognitionBallotsPage(waiting, errors: errors, request: request), status: status)
    }
}
