import Fluent
import Foundation

/// A signed-in browser session (ASVS 5.0 V7). Only a hash of the cookie's token is stored, so
/// a copy of the database opens no one's session.
public final class UserSessionModel: Model, @unchecked Sendable {
    public static let schema = "user_sessions"

    @ID(key: .id) public var id: UUID?
    /// SHA-256 of the cookie token, hex.
    @Field(key: "token_hash") public var tokenHash: String
    @Field(key: "user_id") public var userID: UUID
    /// The role the user had when signing in: a role change ends the session.
    @Field(key: "role") public var roleRaw: String
    /// `signed_in`, or `second_factor` while a TOTP code is awaited.
    @Field(key: "stage") public var stageRaw: String
    @Field(key: "csrf_token") public var csrfToken: String
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "last_seen_at") public var lastSeenAt: Date

    public init() {}

    public init(tokenHash: String, userID: UUID, role: String, stage: Stage, csrfToken: String, at date: Date) {
        self.tokenHash = tokenHash
        self.userID = userID
        self.roleRaw = role
        self.stageRaw = stage.rawValue
        self.csrfToken = csrfToken
        self.createdAt = date
        self.lastSeenAt = date
    }

    /// How far signing in has got.
    public enum Stage: String, Sendable {
        case signedIn = "signed_in"
        case secondFactor = "second_factor"
    }

    /// The stage, nil for a value this version does not know (never treated as signed in).
    public var stage: Stage? { Stage(rawValue: stageRaw) }
}
