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
}
