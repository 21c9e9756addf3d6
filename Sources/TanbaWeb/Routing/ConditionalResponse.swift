import Foundation
import Vapor
import TanbaPersistence

/// Responses a client or proxy may keep and revalidate: an ETag drawn from the body, a matching
/// `If-None-Match` answered 304 without it. Public verification uses it so a scanner that asks again
/// gets a few bytes, and a revocation still shows at once (its body, so its tag, changes).
enum ConditionalResponse {
    static func make(_ body: Data, contentType: HTTPMediaType, request: Request, cacheControl: String, etag: String? = nil,
                     lastModified: Date? = nil) -> Response {
        let tag = etag ?? "W/\"" + Digest.sha256Hex(Array(body)).prefix(24) + "\""
        var headers = HTTPHeaders()
        headers.contentType = contentType
        headers.replaceOrAdd(name: .cacheControl, value: cacheControl)
        headers.replaceOrAdd(name: .eTag, value: tag)
        if let lastModified { headers.lastModified = HTTPHeaders.LastModified(lastModified) }
        headers.replaceOrAdd(name: "Access-Control-Allow-Origin", value: "*")
        if request.headers.first(name: .ifNoneMatch)?.split(separator: ",")
            .contains(where: { $0.trimmingCharacters(in: .whitespaces) == tag || $0.trimmingCharacters(in: .whitespaces) == "*" }) == true {
            return Response(status: .notModified, headers: headers)
        }
        return Response(status: .ok, headers: headers, body: .init(data: body))
    }
}
