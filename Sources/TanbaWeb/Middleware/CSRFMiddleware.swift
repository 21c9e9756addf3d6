import Vapor
import TanbaCore
import TanbaPersistence

/// Refuses a form POST whose `_csrf` field does not match the request's token: the signed-in
/// session's own, or for an anonymous visitor (the login and registration forms) the value of
/// a cookie set with the form (double submit), so no session row is needed before signing in.
///
/// API calls authenticated by a Bearer token carry no cookie session and are exempt. The body
/// was read, within the route's limit, by `BodyLimitMiddleware`.
struct CSRFMiddleware: AsyncMiddleware {
    static let field = "_csrf"
    static let cookieName = "tanba_csrf"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.method == .POST, !request.isAPICall {
            let expected = request.signedInSession?.session.csrfToken ?? request.cookies[Self.cookieName]?.string
            let sent = try? request.content.get(String.self, at: Self.field)
            guard let expected, !expected.isEmpty, let sent, constantTimeEqual(expected, sent) else {
                throw Abort(.forbidden, reason: request.t("error.csrf"))
            }
        }
        return try await next.respond(to: request)
    }

    private func constantTimeEqual(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8), right = Array(rhs.utf8)
        guard left.count == right.count else { return false }
        return zip(left, right).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

/// Sets the anonymous CSRF cookie when a page rendered for this request put a new token into a form.
struct CSRFCookieMiddleware: AsyncMiddleware {
    let secureCookies: Bool

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        if let token = request.storage[NewCSRFTokenKey.self] {
            response.cookies[CSRFMiddleware.cookieName] = HTTPCookies.Value(
                string: token, path: "/", isSecure: secureCookies, isHTTPOnly: true, sameSite: .strict)
        }
        return response
    }
}

private struct NewCSRFTokenKey: StorageKey {
    typealias Value = String
}

extension Request {
    /// The token forms of this page carry: the session's, else the anonymous cookie's, else a new one.
    var csrfToken: String {
        if let session = signedInSession { return session.session.csrfToken }
        if let cookie = cookies[CSRFMiddleware.cookieName]?.string, cookie.count == 43,
           cookie.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) {
            return cookie
        }
        if let token = storage[NewCSRFTokenKey.self] { return token }
        let token = (application.services?.random ?? .system).token()
        storage[NewCSRFTokenKey.self] = token
        return token
    }
}
