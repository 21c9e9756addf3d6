import Foundation

/// How many wrong passwords an account and a client may try before they wait (ASVS 5.0 V6.3.1,
/// NIST SP 800-63B §5.2.2).
///
/// Counting per account stops guessing one password from many addresses; counting per client
/// stops one address trying a password against many accounts. An account is limited more
/// gently than a lock-out would: the oldest failure in the window frees one attempt when it
/// leaves it, so an attacker can delay a user by minutes but never shut them out for good.
public struct LoginThrottle: Sendable, Equatable {
    /// Failed attempts an account may have within `window`.
    public var accountLimit: Int
    /// Failed attempts one client may make within `window`, whatever the accounts.
    public var clientLimit: Int
    /// The span failures are counted over.
    public var window: TimeInterval

    public init(accountLimit: Int = 5, clientLimit: Int = 20, window: TimeInterval = 15 * 60) {
        self.accountLimit = accountLimit
        self.clientLimit = clientLimit
        self.window = window
    }

    /// Whether another attempt may be checked.
    public enum Decision: Equatable, Sendable {
        case allowed
        /// Too many failures; the next attempt is checked from `retryAt` on.
        case blocked(retryAt: Date, reason: Reason)
    }

    /// Which count ran out.
    public enum Reason: String, Sendable {
        case account
        case client
    }

    /// The decision given the failure times of the account (since its last successful sign-in)
    /// and of the client, both within the window or older.
    public func decide(accountFailures: [Date], clientFailures: [Date], now: Date) -> Decision {
        let account = retryTime(accountFailures, limit: accountLimit, now: now)
        let client = retryTime(clientFailures, limit: clientLimit, now: now)
        switch (account, client) {
        case (nil, nil): return .allowed
        case (let account?, nil): return .blocked(retryAt: account, reason: .account)
        case (nil, let client?): return .blocked(retryAt: client, reason: .client)
        case (let account?, let client?):
            return account >= client ? .blocked(retryAt: account, reason: .account) : .blocked(retryAt: client, reason: .client)
        }
    }

    private func retryTime(_ failures: [Date], limit: Int, now: Date) -> Date? {
        SlidingWindowLimit(limit: limit, window: window).retryAt(after: failures, now: now)
    }

    /// Whether this failure is the one that starts a block: the moment worth an audit event.
    public func startsBlock(accountFailuresBefore: [Date], now: Date) -> Bool {
        accountFailuresBefore.filter { now.timeIntervalSince($0) < window }.count + 1 == accountLimit
    }
}
