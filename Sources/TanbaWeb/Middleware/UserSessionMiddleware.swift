import Vapor
import TanbaPersistence

/// Signs the request in from its session cookie. A cookie whose session is unknown, expired,
/// of a deactivated user or of a role the user no longer has is told to expire. The JSON API
/// under `/api/` ignores the cookie: it acts only with Bearer tokens, so no page of another site
/// can make a signed-in browser call it.
struct UserSessionMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard !request.isAPICall, let token = request.cookies[SessionCookie.name]?.string else {
            return try await next.respond(to: request)
        }
        if let resumed = try await request.sessionStore().resume(token: token) {
            request.signedInSession = SignedInSession(token: token, session: resumed.session)
            if resumed.session.stage == .signedIn { request.auth.login(resumed.user) }
            return try await next.respond(to: request)
        }
        let response = try await next.respond(to: request)
        if response.cookies[SessionCookie.name] == nil { response.cookies[SessionCookie.name] = .expired }
        return response
    }
}
