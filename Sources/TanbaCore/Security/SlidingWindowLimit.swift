import Foundation

/// At most `limit` events within any `window`: the rule behind every throttle in Tanba.
public struct SlidingWindowLimit: Sendable, Equatable {
    public var limit: Int
    public var window: TimeInterval

    public init(limit: Int, window: TimeInterval) {
        self.limit = limit
        self.window = window
    }

    /// The earliest moment the events drop below the limit within the window again, or nil when
    /// another event is allowed now.
    public func retryAt(after events: [Date], now: Date) -> Date? {
        let recent = events.filter { now.timeIntervalSince($0) < window }.sorted()
        guard limit > 0 else { return now.addingTimeInterval(window) }
        guard recent.count >= limit else { return nil }
        return recent[recent.count - limit].addingTimeInterval(window)
    }

    /// Events still inside the window at `now`.
    public func recent(_ events: [Date], now: Date) -> [Date] {
        events.filter { now.timeIntervalSince($0) < window }
    }
}

/// How often one client may look a certificate up by number and surname on `/verify`.
///
/// A lookup that finds nothing is what harvesting names by walking the numbers produces, so
/// misses are limited tightly (10 in 10 minutes); lookups that find a certificate cost little
/// to allow, so an HR officer checking a dozen candidates in a row is never stopped (100 an hour).
public struct LookupLimits: Sendable, Equatable {
    public var misses = SlidingWindowLimit(limit: 10, window: 10 * 60)
    public var all = SlidingWindowLimit(limit: 100, window: 3600)

    public init() {}

    /// When the client may look up again, or nil when it may now.
    public func retryAt(misses missTimes: [Date], lookups lookupTimes: [Date], now: Date) -> Date? {
        [misses.retryAt(after: missTimes, now: now), all.retryAt(after: lookupTimes, now: now)].compactMap { $0 }.max()
    }
}
