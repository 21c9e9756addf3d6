import Fluent
import Foundation
import TanbaCore

/// Password checks at sign-in, in the database so that every server process throttles alike.
public struct LoginAttemptStore: Sendable {
    public let database: any Database
    public let clock: Clock
    public let throttle: LoginThrottle

    public init(database: any Database, clock: Clock, throttle: LoginThrottle = LoginThrottle()) {
        self.database = database
        self.clock = clock
        self.throttle = throttle
    }

    /// Attempts are kept this long; the throttle looks back only `throttle.window`.
    static let retention: TimeInterval = 24 * 3600

    /// Whether a password for `login` from `client` may be checked now.
    public func decision(login: String, client: String) async throws -> LoginThrottle.Decision {
        let now = clock.now()
        return throttle.decide(accountFailures: try await accountFailures(login: login, now: now),
                               clientFailures: try await clientFailures(client: client, now: now), now: now)
    }

    /// Records a wrong password (or an unknown login). When this failure starts a block on the
    /// account, an audit event says so, naming the client; `userID` is the account's, when it exists.
    public func recordFailure(login: String, client: String, userID: UUID?) async throws {
        let now = clock.now()
        let key = Self.key(login)
        let before = try await accountFailures(login: login, now: now)
        try await database.transaction { db in
            try await LoginAttemptModel(login: key, client: client, succeeded: false, at: now).create(on: db)
            if throttle.startsBlock(accountFailuresBefore: before, now: now) {
                let subject = userID ?? AuditEventModel.noUser
                try await AuditEventModel(
                    actorID: AuditEventModel.noUser, actorName: "client \(client)", action: "login_throttled", subjectID: subject,
                    details: "login \(key): \(throttle.accountLimit) wrong passwords within \(Int(throttle.window / 60)) min",
                    at: now).create(on: db)
            }
            try await LoginAttemptModel.query(on: db).filter(\.$at < now.addingTimeInterval(-Self.retention)).delete()
        }
    }

    /// Records a successful sign-in: the account's earlier failures stop counting.
    public func recordSuccess(login: String, client: String) async throws {
        try await LoginAttemptModel(login: Self.key(login), client: client, succeeded: true, at: clock.now()).create(on: database)
    }

    /// Audit events of sign-ins refused for too many wrong passwords, newest first.
    public func throttleEvents(limit: Int = 100) async throws -> [AuditEventModel] {
        try await AuditEventModel.query(on: database).filter(\.$action == "login_throttled")
            .sort(\.$at, .descending).limit(limit).all()
    }

    private func accountFailures(login: String, now: Date) async throws -> [Date] {
        let attempts = try await LoginAttemptModel.query(on: database).filter(\.$login == Self.key(login))
            .filter(\.$at >= now.addingTimeInterval(-throttle.window)).sort(\.$at).all()
        let lastSuccess = attempts.lastIndex(where: \.succeeded)
        return attempts[(lastSuccess.map { $0 + 1 } ?? 0)...].map(\.at)
    }

    private func clientFailures(client: String, now: Date) async throws -> [Date] {
        try await LoginAttemptModel.query(on: database).filter(\.$client == client).filter(\.$succeeded == false)
            .filter(\.$at >= now.addingTimeInterval(-throttle.window)).all().map(\.at)
    }

    /// Logins are compared as typed, folded: `Admin` and `admin` are one account to the throttle.
    static func key(_ login: String) -> String {
        String(login.trimmingCharacters(in: .whitespaces).lowercased().prefix(100))
    }
}
