import Fluent

/// Creates `user_sessions`: signed-in sessions only, keyed by a hash of the cookie's token.
public struct M014_CreateUserSessions: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("user_sessions")
            .id()
            .field("token_hash", .string, .required)
            .field("user_id", .uuid, .required, .references("users", "id"))
            .field("role", .string, .required)
            .field("stage", .string, .required)
            .field("csrf_token", .string, .required)
            .field("created_at", .datetime, .required)
            .field("last_seen_at", .datetime, .required)
            .unique(on: "token_hash")
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema("user_sessions").delete()
    }
}
