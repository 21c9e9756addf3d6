import Fluent
import Foundation
import TanbaCore

/// Staff API tokens for student information systems (Platonus, Univer); only hashes are stored.
public struct APITokenStore: Sendable {
    public let database: any Database
    public let clock: Clock
    /// The tokens themselves.
    public let random: RandomSource

    public init(database: any Database, clock: Clock, random: RandomSource) {
        self.database = database
        self.clock = clock
        self.random = random
    }

    /// How often a token's last use is written: every call would make each API read a write.
    static let lastUseInterval: TimeInterval = 60

    /// Creates a token for a staff user and returns it; it is shown once and never again.
    /// `expiresAt`, when given, must lie in the future.
    public func create(forLogin login: String, name: String, expiresAt: Date? = nil) async throws -> String {
        guard let user = try await UserModel.query(on: database).filter(\.$login == login.lowercased()).first(),
              try user.role.isStaff, user.isActive
        else { throw LearningStoreError.notFound }
        if let expiresAt, expiresAt <= clock.now() { throw LearningStoreError.invalidInput(field: "expires") }
        let token = random.token(prefix: "tnb_")
        try await APITokenModel(userID: try user.requireID(), name: String(name.prefix(100)),
                                tokenHash: Self.hash(token), at: clock.now(), expiresAt: expiresAt).create(on: database)
        return token
    }

    /// The user a token acts for, or nil for an unknown, revoked or expired token; its last use is recorded.
    public func user(forToken token: String) async throws -> UserModel? {
        guard token.hasPrefix("tnb_"), token.count < 200,
              let record = try await APITokenModel.query(on: database).filter(\.$tokenHash == Self.hash(token)).first(),
              record.revokedAt == nil
        else { return nil }
        let now = clock.now()
        if let expiresAt = record.expiresAt, expiresAt <= now { return nil }
        guard let user = try await UserModel.find(record.userID, on: database), user.isActive else { return nil }
        if record.lastUsedAt.map({ now.timeIntervalSince($0) >= Self.lastUseInterval || now < $0 }) ?? true {
            record.lastUsedAt = now
            try await record.update(on: database)
        }
        return user
    }

    /// A token as listed: never the token itself.
    public struct Listed: Sendable, Equatable {
        public let id: UUID
        public let name: String
        public let login: String
        public let createdAt: Date
        public let expiresAt: Date?
        public let lastUsedAt: Date?
        public let revokedAt: Date?

        /// Whether it still opens the API at `now`.
        public func isUsable(at now: Date) -> Bool { revokedAt == nil && (expiresAt.map { $0 > now } ?? true) }
    }

    /// Every token, newest first, with the login it acts for.
    public func list() async throws -> [Listed] {
        let tokens = try await APITokenModel.query(on: database).sort(\.$createdAt, .descending).all()
        let userIDs = Set(tokens.map(\.userID))
        let users = try await UserModel.query(on: database).filter(\.$id ~~ userIDs).all()
        let logins = try users.byID().mapValues(\.login)
        return try tokens.map { token in
            Listed(id: try token.requireID(), name: token.name, login: logins[token.userID] ?? "",
                   createdAt: token.createdAt, expiresAt: token.expiresAt, lastUsedAt: token.lastUsedAt, revokedAt: token.revokedAt)
        }
    }

    /// Revokes a token at once, with an audit event naming who did it; revoking twice changes nothing.
    public func revoke(_ id: UUID, actorID: UUID, actorName: String) async throws {
        guard let token = try await APITokenModel.find(id, on: database) else { throw LearningStoreError.notFound }
        guard token.revokedAt == nil else { return }
        let now = clock.now()
        try await database.transaction { db in
            token.revokedAt = now
            try await token.update(on: db)
            try await AuditEventModel(actorID: actorID, actorName: actorName, action: "api_token_revoked", subjectID: id,
                                      details: token.name, at: now).create(on: db)
        }
    }

    static func hash(_ token: String) -> String {
        Digest.sha256Hex(Array(token.utf8))
    }
}
