import NIOConcurrencyHelpers
import NIOCore
import Vapor
import TanbaCore

/// How large a body a route accepts; read by `BodyLimitMiddleware` from the route's `userInfo`.
enum BodyLimit: Sendable {
    /// Ordinary forms and JSON: 1 MB, enough for a program's longest texts.
    case form
    /// A form carrying up to `files` uploads of at most the configured upload size each.
    case uploads(files: Int)

    static let userInfoKey = "tanba.bodyLimit"
    static let formBytes = 1024 * 1024

    func bytes(uploadMaxBytes: Int) -> Int {
        switch self {
        case .form: Self.formBytes
        case .uploads(let files): files * uploadMaxBytes + Self.formBytes
        }
    }
}

extension Route {
    /// Declares the body this route accepts, when it is more than an ordinary form.
    @discardableResult
    func bodyLimit(_ limit: BodyLimit) -> Route {
        userInfo[BodyLimit.userInfoKey] = limit
        return self
    }
}

/// Reads a request's body before anything else looks at it, within its route's limit, while it
/// streams: a body past the limit is refused at the byte it crosses it (or at once, when its
/// declared length is too long), and a request for no route is answered before a byte of its
/// body is read. Reading is also bounded in time, so a client trickling a body is cut off.
struct BodyLimitMiddleware: AsyncMiddleware {
    let uploadMaxBytes: Int
    /// How long reading one body may take.
    let readTimeout: TimeAmount

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let route = request.route else {
            // Before a byte of the body: another method on a known path is 405 with `Allow`.
            let allowed = Self.methods(for: request.url.path, in: request.application.routes)
            if !allowed.isEmpty {
                throw Abort(.methodNotAllowed, headers: ["Allow": allowed.map(\.rawValue).sorted().joined(separator: ", ")])
            }
            throw Abort(.notFound)
        }
        guard Self.mayCarryBody(request) else { return try await next.respond(to: request) }
        let limit = (route.userInfo[BodyLimit.userInfoKey] as? BodyLimit ?? .form).bytes(uploadMaxBytes: uploadMaxBytes)
        if let declared = request.headers.first(name: .contentLength).flatMap(Int.init), declared > limit {
            throw tooLarge(request, limit: limit)
        }
        // A body that arrived in one piece is already in memory, within what the server reads at once.
        if let data = request.body.data {
            guard data.readableBytes <= limit else { throw tooLarge(request, limit: limit) }
            return try await next.respond(to: request)
        }
        do {
            try await collect(request, max: limit)
        } catch let abort as any AbortError where abort.status == .payloadTooLarge {
            throw tooLarge(request, limit: limit)
        }
        return try await next.respond(to: request)
    }

    /// Collects the body, or fails with 408 when `readTimeout` passes first (the collection then
    /// goes on unheeded, bounded by `max`, until the client stops or the connection closes).
    private func collect(_ request: Request, max: Int) async throws {
        let done = request.eventLoop.makePromise(of: Void.self)
        let settled = NIOLockedValueBox(false)
        let settle: @Sendable (Result<Void, any Error>) -> Void = { result in
            guard settled.withLockedValue({ was in defer { was = true }; return !was }) else { return }
            done.completeWith(result)
        }
        let timer = request.eventLoop.scheduleTask(in: readTimeout) { settle(.failure(Abort(.requestTimeout))) }
        request.body.collect(max: max).whenComplete { result in
            timer.cancel()
            settle(result.map { _ in () })
        }
        try await done.futureResult.get()
    }

    private func tooLarge(_ request: Request, limit: Int) -> Abort {
        let megabytes = max(1, limit / 1024 / 1024)
        return Abort(.payloadTooLarge, reason: request.t("error.body_too_large", ["limit": "\(megabytes)"]))
    }

    /// The methods some route answers at `path`.
    static func methods(for path: String, in routes: Routes) -> [HTTPMethod] {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var methods: [HTTPMethod] = []
        for route in routes.all where matches(route.path, segments) && !methods.contains(route.method) {
            methods.append(route.method)
        }
        // Vapor answers HEAD wherever it answers GET.
        if methods.contains(.GET), !methods.contains(.HEAD) { methods.append(.HEAD) }
        return methods
    }

    private static func matches(_ pattern: [PathComponent], _ segments: [String]) -> Bool {
        var index = 0
        for component in pattern {
            switch component {
            case .catchall: return true
            case .anything, .parameter:
                guard index < segments.count else { return false }
            case .constant(let value):
                guard index < segments.count, segments[index] == value else { return false }
            }
            index += 1
        }
        return index == segments.count
    }

    static func mayCarryBody(_ request: Request) -> Bool {
        ![.GET, .HEAD, .OPTIONS, .DELETE].contains(request.method) || request.headers.first(name: .contentLength) != nil
    }
}
