import Vapor

/// Refuses a form POST whose `_csrf` field does not match the token kept in the session.
///
/// API calls authenticated by a Bearer token carry no cookie session and are exempt.
struct CSRFMiddleware: AsyncMiddleware {
    static let field = "_csrf"
    static let sessionKey = "csrf"

    /// The largest body read to find the token (uploads included).
    let maxBodyBytes: Int

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.method == .POST, !request.url.path.hasPrefix("/api/") {
            // The route collects the body only after the middleware; a large upload may still be streaming.
            if request.body.data == nil {
                _ = try await request.body.collect(max: maxBodyBytes).get()
            }
            let expected = request.session.data[Self.sessionKey]
            let sent = try? request.content.get(String.self, at: Self.field)
            guard let expected, let sent, constantTimeEqual(expected, sent) else {
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

extension Request {
    /// The session's CSRF token, created on first use.
    var csrfToken: String {
        if let token = session.data[CSRFMiddleware.sessionKey] { return token }
        let token = [UInt8].random(count: 32).base64
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
        session.data[CSRFMiddleware.sessionKey] = token
        return token
    }
}
