import Vapor

/// Turns errors into a page in the user's language, or JSON under `/api/`; a browser that must
/// sign in is sent to the login page.
struct PageErrorMiddleware: AsyncMiddleware {
    let isRelease: Bool

    /// Error page body.
    struct ErrorBody: Encodable {
        let status: Int
        let message: String
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let status: HTTPStatus
            let reason: String
            if let abort = error as? any AbortError {
                status = abort.status
                reason = abort.reason == abort.status.reasonPhrase ? request.t("error.http.\(abort.status.code)") : abort.reason
            } else {
                request.logger.report(error: error)
                status = .internalServerError
                reason = isRelease ? request.t("error.http.500") : String(describing: error)
            }
            if request.url.path.hasPrefix("/api/") {
                let response = Response(status: status)
                try response.content.encode(APIErrorDTO(error: true, reason: reason))
                return response
            }
            if status == .unauthorized, request.method == .GET {
                return request.redirect(to: SiteRoute.login.path, redirectType: .normal)
            }
            do {
                return try await request.page("error", title: request.t("error.title"),
                                              body: ErrorBody(status: Int(status.code), message: reason), status: status)
            } catch {
                // The error page itself failed: answer in plain text rather than drop the connection.
                request.logger.report(error: error)
                let response = Response(status: status, body: .init(string: reason))
                response.headers.contentType = .plainText
                return response
            }
        }
    }
}
