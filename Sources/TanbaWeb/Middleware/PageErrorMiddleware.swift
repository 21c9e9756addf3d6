import Vapor

/// Turns errors into a page in the user's language, or JSON under `/api/`; a browser that must
/// sign in is sent to the login page. A server error's body never carries what went wrong
/// inside (a driver's message, a file path): that goes to the log, with the request's id.
struct PageErrorMiddleware: AsyncMiddleware {
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
            var reason: String
            var headers = HTTPHeaders()
            if let fault = MachineFault.of(error) {
                // Said plainly to the visitor; the cause, for whoever keeps the server, goes to the log.
                request.logger.error("\(fault.rawValue): \(String(reflecting: error))")
                status = fault.status
                reason = request.t("error.fault.\(fault.rawValue)")
                headers.replaceOrAdd(name: .retryAfter, value: "300")
            } else if let abort = error as? any AbortError {
                status = abort.status
                headers = abort.headers
                reason = abort.reason == abort.status.reasonPhrase ? request.t("error.http.\(abort.status.code)") : abort.reason
            } else {
                status = .internalServerError
                reason = ""
            }
            if status.code >= 500, MachineFault.of(error) == nil {
                request.logger.report(error: error)
                reason = request.t("error.http.500")
            }
            if request.isAPICall {
                // RFC 6750: a refused API call names the scheme it expects.
                if status == .unauthorized { headers.replaceOrAdd(name: .wwwAuthenticate, value: "Bearer realm=\"tanba\"") }
                let response = Response(status: status)
                try response.content.encode(APIErrorDTO(error: true, reason: reason))
                Self.copy(headers, to: response)
                return response
            }
            if status == .unauthorized, request.method == .GET {
                return request.redirect(to: SiteRoute.login.path, redirectType: .normal)
            }
            do {
                let response = try await request.page("error", title: request.t("error.title"),
                                                      body: ErrorBody(status: Int(status.code), message: reason), status: status)
                Self.copy(headers, to: response)
                return response
            } catch {
                // The error page itself failed: answer in plain text rather than drop the connection.
                request.logger.report(error: error)
                let response = Response(status: status, body: .init(string: reason))
                response.headers.contentType = .plainText
                return response
            }
        }
    }

    /// Headers the error asked for (`Retry-After`, `Allow`), never a content type of its own.
    private static func copy(_ headers: HTTPHeaders, to response: Response) {
        for (name, value) in headers where name.lowercased() != "content-type" && name.lowercased() != "content-length" {
            response.headers.replaceOrAdd(name: name, value: value)
        }
    }
}
