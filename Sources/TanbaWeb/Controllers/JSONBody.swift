import Foundation
import Vapor

extension Request {
    /// The body of an API call that must be JSON: 415 for another content type, 422 for an empty
    /// body, 400 for one that is not a JSON object. Nothing is decoded until all three hold.
    func requireJSONObjectBody() throws -> Data {
        guard let type = headers.contentType, type.type == "application",
              type.subType == "json" || type.subType.hasSuffix("+json") else {
            throw Abort(.unsupportedMediaType, reason: t("api.error.content_type"))
        }
        guard let buffer = body.data, buffer.readableBytesView.contains(where: { !Self.jsonWhitespace.contains($0) }) else {
            throw Abort(.unprocessableEntity, reason: t("verify.credential.empty"))
        }
        let data = Data(buffer: buffer)
        guard (try? JSONSerialization.jsonObject(with: data)) is [String: Any] else {
            throw Abort(.badRequest, reason: t("api.error.not_object"))
        }
        return data
    }

    private static let jsonWhitespace: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D]
}
