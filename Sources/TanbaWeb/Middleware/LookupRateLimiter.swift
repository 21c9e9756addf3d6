import Foundation
import NIOConcurrencyHelpers
import TanbaCore
import Vapor

/// Keeps `LookupLimits` per client for the number-and-surname lookup, in memory: a lookup is a
/// read, and must not become a database write. Each server process counts on its own.
final class LookupRateLimiter: Sendable {
    private let limits: LookupLimits
    /// Per client: when it looked up, and when a lookup found nothing.
    private let history = NIOLockedValueBox<[String: (lookups: [Date], misses: [Date])]>([:])

    init(limits: LookupLimits = LookupLimits()) {
        self.limits = limits
    }

    /// When `client` may look up again; nil when it may now.
    func retryAt(_ client: String, now: Date) -> Date? {
        history.withLockedValue { table in
            guard let entry = table[client] else { return nil }
            return limits.retryAt(misses: entry.misses, lookups: entry.lookups, now: now)
        }
    }

    /// Records one lookup by `client` and whether it found a certificate.
    func record(_ client: String, found: Bool, now: Date) {
        history.withLockedValue { table in
            if table.count > 10_000 {
                table = table.filter { !limits.all.recent($0.value.lookups, now: now).isEmpty }
            }
            var entry = table[client] ?? ([], [])
            entry.lookups = limits.all.recent(entry.lookups, now: now) + [now]
            entry.misses = limits.misses.recent(entry.misses, now: now) + (found ? [] : [now])
            table[client] = entry
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
