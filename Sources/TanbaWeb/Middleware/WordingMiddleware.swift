import Vapor
import TanbaCore
import TanbaPersistence

/// Reads what the active policy calls its issued document, once per request, so pages, messages
/// and error pages all name it alike («свидетельство» at AITU).
struct WordingMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        // Read per request rather than cached: `tanba demo` or a settings change may switch the policy
        // under a running server, and a stale name would contradict the documents just issued.
        let policy = try await SettingsStore.policy(on: request.readDB)
        request.storage[WordingVariantKey.self] = policy.awardDocument.wordingVariant
        return try await next.respond(to: request)
    }
}

struct WordingVariantKey: StorageKey {
    typealias Value = String?
}
