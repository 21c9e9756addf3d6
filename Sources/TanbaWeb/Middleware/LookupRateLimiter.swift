import Foundation
import NIOConcurrencyHelpers
import TanbaCore
import Vapor

/// Keeps `LookupLimits` per client for the number-and-surname lookup, in memory: a lookup is a
/// read, and must not become a database write. Each server process counts on its own.
final class LookupRateLimiter: Sendable {
    private let limits: LookupLimits
    private let clock: Clock
    /// Per client: when it looked up, and when a lookup found nothing.
    private let history = NIOLockedValueBox<[String: (lookups: [Date], misses: [Date])]>([:])

    init(limits: LookupLimits, clock: Clock) {
        self.limits = limits
        self.clock = clock
    }

    /// When `client` may look up again; nil when it may now.
    func retryAt(_ client: String) -> Date? {
        let now = clock.now()
        return history.withLockedValue { table in
            guard let entry = table[client] else { return nil }
            return limits.retryAt(misses: entry.misses, lookups: entry.lookups, now: now)
        }
    }

    /// Records one lookup by `client` and whether it found a certificate.
    func record(_ client: String, found: Bool) {
        let now = clock.now()
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
