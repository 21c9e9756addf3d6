import Foundation
import Vapor

/// A named path parameter and the type its value decodes to; the same value registers the route's
/// `:name` placeholder and reads the parameter back, so the two cannot drift apart.
struct RouteParameter<Value: Sendable>: Sendable {
    let name: String
    let decode: @Sendable (String) -> Value?

    /// The placeholder the route is registered with.
    var placeholder: String { ":" + name }
}

extension RouteParameter where Value == UUID {
    /// The record the path names: an edition, intake, session, certificate, order, document.
    static let id = RouteParameter(name: "id", decode: UUID.init(uuidString:))
    /// The learner whose file is opened inside an intake.
    static let learner = RouteParameter(name: "learner", decode: UUID.init(uuidString:))
}

extension RouteParameter where Value == String {
    /// A program's public code in the registry.
    static let code = RouteParameter(name: "code", decode: { $0 })
    /// A certificate's verification token.
    static let token = RouteParameter(name: "token", decode: { $0 })
    /// The interface language a visitor switches to, as asked: an unknown one is answered 400 by name.
    static let language = RouteParameter(name: "code", decode: { $0 })
}

extension RouteParameter where Value == Int {
    /// A status list's number.
    static let number = RouteParameter(name: "number", decode: { Int($0) })
}

/// An identifier segment of a path: a record's UUID in a link, or the UUID-typed placeholder when the
/// route is registered. A code or any other string does not fit where a record's identifier belongs.
protocol IdentifierSegment: Sendable {
    var segment: String { get }
}

extension UUID: IdentifierSegment {
    var segment: String { uuidString }
}

extension RouteParameter: IdentifierSegment where Value == UUID {
    var segment: String { placeholder }
}

extension Request {
    /// The path parameter decoded to its type; a value that does not decode names no page (404).
    func parameter<Value>(_ parameter: RouteParameter<Value>) throws -> Value {
        guard let raw = parameters.get(parameter.name), let value = parameter.decode(raw) else {
            throw Abort(.notFound, reason: t("error.http.404"))
        }
        return value
    }
}
