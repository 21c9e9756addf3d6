import Fluent
import Foundation
import NIOConcurrencyHelpers
import TanbaCore

/// Signed-in sessions on the server: opened at sign-in with a fresh token, ended by signing out,
/// by their idle and absolute timeouts (`SessionPolicy`), by a role change or a deactivated account.
public struct SessionStore: Sendable {
    public let database: any Database
    public let clock: Clock
    /// Session ids and CSRF tokens.
    public let random: RandomSource

    public init(database: any Database, clock: Clock, random: RandomSource) {
        self.database = database
        self.clock = clock
        self.random = random
    }

    /// A session just opened: the token goes into the cookie and is never stored.
    public struct Opened: Sendable {
        public let token: String
        public let session: UserSessionModel
    }

    /// A live session and its user.
    public struct Resumed: Sendable {
        public let session: UserSessionModel
        public let user: UserModel
    }

    /// Opens a session for `user` with a new token and CSRF token; `replacing` (the token the
    /// browser had) is ended, so an id planted before sign-in is dead at once.
    public func open(for user: UserModel, stage: UserSessionModel.Stage, replacing oldToken: String?) async throws -> Opened {
        let token = random.token()
        let now = clock.now()
        let session = UserSessionModel(tokenHash: Self.hash(token), userID: try user.requireID(), role: user.roleRaw,
                                       stage: stage, csrfToken: random.token(), at: now)
        try await database.transaction { db in
            if let oldToken { try await UserSessionModel.query(on: db).filter(\.$tokenHash == Self.hash(oldToken)).delete() }
            try await session.create(on: db)
        }
        try await purgeExpiredNowAndThen(now: now)
        return Opened(token: token, session: session)
    }

    /// The live session behind a cookie token, its last-seen time written when due; nil (and the
    /// row deleted) when the session has expired, its user is inactive or has another role now.
    public func resume(token: String) async throws -> Resumed? {
        guard token.count < 200,
              let session = try await UserSessionModel.query(on: database).filter(\.$tokenHash == Self.hash(token)).first()
        else { return nil }
        let now = clock.now()
        guard let user = try await UserModel.find(session.userID, on: database), user.isActive,
              user.roleRaw == session.roleRaw, let role = try? user.role, let stage = session.stage,
              case .active(let touch) = Self.policy(role: role, stage: stage)
                .state(createdAt: session.createdAt, lastSeenAt: session.lastSeenAt, now: now)
        else {
            try await session.delete(on: database)
            return nil
        }
        if touch {
            session.lastSeenAt = now
            try await session.update(on: database)
        }
        return Resumed(session: session, user: user)
    }

    /// Ends the session behind a token (signing out).
    public func close(token: String) async throws {
        try await UserSessionModel.query(on: database).filter(\.$tokenHash == Self.hash(token)).delete()
    }

    /// Ends every session of a user (a password, role or second-factor change).
    public func closeAll(of userID: UUID) async throws {
        try await Self.closeAll(of: userID, on: database)
    }

    /// Ends every session of a user inside the caller's transaction (the user's change and the end of their sessions are one).
    public static func closeAll(of userID: UUID, on database: any Database) async throws {
        try await UserSessionModel.query(on: database).filter(\.$userID == userID).delete()
    }

    /// The number of sessions a user has open now.
    public func count(of userID: UUID) async throws -> Int {
        try await UserSessionModel.query(on: database).filter(\.$userID == userID).count()
    }

    /// Deletes every session past its idle or absolute timeout; returns how many.
    @discardableResult
    public func purgeExpired() async throws -> Int {
        let now = clock.now()
        let learner = Role.learner.rawValue, pending = UserSessionModel.Stage.secondFactor.rawValue
        func expired(_ query: QueryBuilder<UserSessionModel>) -> QueryBuilder<UserSessionModel> {
            query.group(.or) { any in
                any.group(.and) { pendingRows in
                    pendingRows.filter(\.$stageRaw == pending)
                        .filter(\.$lastSeenAt < now.addingTimeInterval(-SessionPolicy.secondFactorPending.idleTimeout))
                }
                for (isLearner, policy) in [(false, SessionPolicy.staff), (true, SessionPolicy.learner)] {
                    any.group(.and) { rows in
                        if isLearner { rows.filter(\.$roleRaw == learner) } else { rows.filter(\.$roleRaw != learner) }
                        rows.group(.or) { old in
                            old.filter(\.$lastSeenAt < now.addingTimeInterval(-policy.idleTimeout))
                                .filter(\.$createdAt < now.addingTimeInterval(-policy.absoluteTimeout))
                        }
                    }
                }
            }
        }
        let count = try await expired(UserSessionModel.query(on: database)).count()
        if count > 0 { try await expired(UserSessionModel.query(on: database)).delete() }
        return count
    }

    /// The policy a session lives by.
    public static func policy(role: Role, stage: UserSessionModel.Stage) -> SessionPolicy {
        stage == .secondFactor ? .secondFactorPending : .forRole(role)
    }

    /// Purges at most every few minutes per process: sign-ins are frequent, expired rows are not urgent.
    private func purgeExpiredNowAndThen(now: Date) async throws {
        let due = Self.lastPurge.withLockedValue { last -> Bool in
            guard last.map({ now.timeIntervalSince($0) >= 300 || now < $0 }) ?? true else { return false }
            last = now
            return true
        }
        if due { try await purgeExpired() }
    }

    private static let lastPurge = NIOLockedValueBox<Date?>(nil)

    static func hash(_ token: String) -> String {
        Digest.sha256Hex(Array(token.utf8))
    }
}
