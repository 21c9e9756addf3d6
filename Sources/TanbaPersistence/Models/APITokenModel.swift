import Fluent
import Foundation
import TanbaCore

/// A staff API token for student information systems; only its hash is kept.
public final class APITokenModel: Model, @unchecked Sendable {
    public static let schema = "api_tokens"

    @ID(key: .id) public var id: UUID?
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "user_id") public var userID: UUID
    @Field(key: "name") public var name: String
    /// SHA-256 of the token, hex.
    @Field(key: "token_hash") public var tokenHash: String
    @OptionalField(key: "revoked_at") public var revokedAt: Date?
    /// After this moment the token is refused; nil for a token without an expiry.
    @OptionalField(key: "expires_at") public var expiresAt: Date?
    /// Written at most once a minute, so every API call is not also a write.
    @OptionalField(key: "last_used_at") public var lastUsedAt: Date?

    public init() {}

    public init(userID: UUID, name: String, tokenHash: String, at date: Date, expiresAt: Date? = nil) {
        self.userID = userID
        self.expiresAt = expiresAt
        self.name = name
        self.tokenHash = tokenHash
        self.createdAt = date
    }
}
