import Vapor
import TanbaCore
import TanbaPersistence

/// The administrator's list of API tokens: who they act for, when they expire and were last
/// used; each can be revoked at once.
struct APITokenAdminController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.adminTokens.pattern, use: list)
        routes.post(SiteRoute.adminTokenRevoke(RouteParameter.id).pattern, use: revoke)
    }

    /// Tokens page body.
    struct Body: Encodable {
        let tokens: [Row]
    }

    /// One token as listed.
    struct Row: Encodable {
        let name: String
        let login: String
        let created: String
        let expires: String
        let lastUsed: String
        let status: String
        let revokeLink: String?
    }

    @Sendable func list(_ request: Request) async throws -> Response {
        _ = try request.requireActor(.administer)
        let now = try request.services().clock.now()
        let tokens = try await request.apiTokenStore().list()
        let rows = tokens.map { token in
            Row(name: token.name, login: token.login, created: DisplayDate.dayTime(token.createdAt),
                expires: token.expiresAt.map(DisplayDate.dayTime) ?? request.t("admin.tokens.no_expiry"),
                lastUsed: token.lastUsedAt.map(DisplayDate.dayTime) ?? request.t("admin.tokens.never_used"),
                status: token.revokedAt != nil ? request.t("admin.tokens.revoked", ["date": DisplayDate.dayTime(token.revokedAt)])
                    : token.isUsable(at: now) ? request.t("admin.tokens.active") : request.t("admin.tokens.expired"),
                revokeLink: token.revokedAt == nil ? SiteRoute.adminTokenRevoke(token.id).path : nil)
        }
        return try await request.page("admin-tokens", title: request.t("admin.tokens.title"), body: Body(tokens: rows))
    }

    @Sendable func revoke(_ request: Request) async throws -> Response {
        let actor = try request.requireActor(.administer)
        let id = try request.parameter(.id)
        do {
            try await request.apiTokenStore()
                .revoke(id, actorID: actor.id, actorName: actor.name)
        } catch LearningStoreError.notFound {
            throw Abort(.notFound, reason: request.t("error.http.404"))
        }
        return request.redirect(to: SiteRoute.adminTokens.path, notice: .revoked)
    }
}
