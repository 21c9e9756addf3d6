import Foundation
import Vapor

extension Response {
    /// A PDF shown in the browser (`inline`) or saved (`attachment`) under `fileName`.
    static func pdf(_ data: Data, fileName: String, disposition: String = "inline") -> Response {
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.contentType = HTTPMediaType(type: "application", subType: "pdf")
        response.headers.replaceOrAdd(name: .contentDisposition, value: "\(disposition); filename=\"\(fileName)\"")
        return response
    }

    /// A document someone uploaded, saved under the name it came with: the stored (ASCII) name for
    /// old clients, the original one percent-encoded; never cached.
    static func uploadedDocument(_ data: Data, contentType: String, storedName: String, originalName: String) -> Response {
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.replaceOrAdd(name: .contentType, value: contentType)
        let encoded = originalName.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? storedName
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(storedName)\"; filename*=UTF-8''\(encoded)")
        response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        return response
    }
}
