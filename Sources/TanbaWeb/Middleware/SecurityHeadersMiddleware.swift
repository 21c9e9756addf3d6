import Vapor
import TanbaCore

/// Headers on every response (pages, errors, redirects, files): no framing, no sniffing, no
/// scripts, styles or forms from elsewhere, no `<base>` rewriting links, and under HTTPS a
/// promise to browsers to come back only over HTTPS.
struct SecurityHeadersMiddleware: AsyncMiddleware {
    /// Sends HSTS: only when the public address is https, else a browser would be locked out.
    let strictTransportSecurity: Bool

    static let contentSecurityPolicy = [
        "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "object-src 'none'",
        "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'",
    ].joined(separator: "; ")

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        response.headers.replaceOrAdd(name: "X-Frame-Options", value: "DENY")
        response.headers.replaceOrAdd(name: "Referrer-Policy", value: "same-origin")
        // An SVG opened on its own is a document that could run script in the site's origin; the
        // uploaded logo is checked for script, and sandboxed as well.
        let isSVG = response.headers.contentType.map { $0.type == "image" && $0.subType == "svg+xml" } ?? false
        response.headers.replaceOrAdd(name: "Content-Security-Policy",
                                      value: isSVG ? Self.contentSecurityPolicy + "; sandbox" : Self.contentSecurityPolicy)
        response.headers.replaceOrAdd(name: "Cross-Origin-Opener-Policy", value: "same-origin")
        if strictTransportSecurity {
            response.headers.replaceOrAdd(name: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains")
        }
        // Defence in depth: whatever built a redirect, its target never carries a header of its own.
        if let location = response.headers.first(name: .location),
           location.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            response.headers.replaceOrAdd(name: .location, value: RedirectTarget.localPath(nil))
        }
        return response
    }
}
