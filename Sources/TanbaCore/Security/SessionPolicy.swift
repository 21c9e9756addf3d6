import Foundation

/// How long a signed-in session lives on the server (ASVS 5.0 V7.3, NIST SP 800-63B §7.2).
///
/// Staff sign decisions, grades and certificates, so their sessions end sooner: half an hour
/// without a request, or eight hours (a working day) after signing in. A learner's session lasts
/// two hours idle and a day in all.
public struct SessionPolicy: Sendable, Equatable {
    /// Time without a request after which the session is dead.
    public var idleTimeout: TimeInterval
    /// Time after signing in after which the session is dead, however busy.
    public var absoluteTimeout: TimeInterval

    public init(idleTimeout: TimeInterval, absoluteTimeout: TimeInterval) {
        self.idleTimeout = idleTimeout
        self.absoluteTimeout = absoluteTimeout
    }

    /// Staff roles: 30 minutes idle, 8 hours in all.
    public static let staff = SessionPolicy(idleTimeout: 30 * 60, absoluteTimeout: 8 * 3600)
    /// Learners: 2 hours idle, 24 hours in all.
    public static let learner = SessionPolicy(idleTimeout: 2 * 3600, absoluteTimeout: 24 * 3600)
    /// A password accepted, the second factor not yet: 5 minutes to type the code.
    public static let secondFactorPending = SessionPolicy(idleTimeout: 5 * 60, absoluteTimeout: 5 * 60)

    /// The policy for a role.
    public static func forRole(_ role: Role) -> SessionPolicy { role.isStaff ? .staff : .learner }

    /// The longest any session lives: rows older than this are deleted whatever their role.
    public static let longestLife: TimeInterval = max(staff.absoluteTimeout, learner.absoluteTimeout)

    /// How often the last-seen time is written: every request would make each page view a write.
    public static let touchInterval: TimeInterval = 60

    /// What a session is at `now`.
    public enum State: Equatable, Sendable {
        /// Alive; `touch` when its last-seen time should be written again.
        case active(touch: Bool)
        case expired
    }

    /// Whether a session created at `createdAt` and last seen at `lastSeenAt` is alive at `now`.
    public func state(createdAt: Date, lastSeenAt: Date, now: Date) -> State {
        if now.timeIntervalSince(createdAt) >= absoluteTimeout || now.timeIntervalSince(lastSeenAt) >= idleTimeout {
            return .expired
        }
        return .active(touch: now.timeIntervalSince(lastSeenAt) >= Self.touchInterval)
    }

    /// When the session ends if no further request comes.
    public func expiry(createdAt: Date, lastSeenAt: Date) -> Date {
        min(createdAt.addingTimeInterval(absoluteTimeout), lastSeenAt.addingTimeInterval(idleTimeout))
    }
}
