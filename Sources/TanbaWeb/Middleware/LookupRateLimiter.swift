import Foundation
import NIOConcurrencyHelpers
import Vapor

/// Limits number-plus-surname lookups per client so names cannot be harvested by trying numbers.
final class LookupRateLimiter: Sendable {
    private let limit: Int
    private let window: TimeInterval
    private let hits = NIOLockedValueBox<[String: [Date]]>([:])

    init(limit: Int = 10, window: TimeInterval = 60) {
        self.limit = limit
        self.window = window
    }

    /// Records a lookup by `client`; false when the client is over the limit.
    func allow(_ client: String, now: Date = Date()) -> Bool {
        hits.withLockedValue { table in
            if table.count > 10_000 { table = table.filter { $0.value.last.map { now.timeIntervalSince($0) < window } ?? false } }
            let recent = (table[client] ?? []).filter { now.timeIntervalSince($0) < window }
            guard recent.count < limit else {
                table[client] = recent
                return false
            }
            table[client] = recent + [now]
            return true
        }
    }
}

private struct LookupRateLimiterKey: StorageKey {
    typealias Value = LookupRateLimiter
}

extension Application {
    var lookupLimiter: LookupRateLimiter {
        get {
            if let limiter = storage[LookupRateLimiterKey.self] { return limiter }
            let limiter = LookupRateLimiter()
            storage[LookupRateLimiterKey.self] = limiter
            return limiter
        }
        set { storage[LookupRateLimiterKey.self] = newValue }
    }
}
