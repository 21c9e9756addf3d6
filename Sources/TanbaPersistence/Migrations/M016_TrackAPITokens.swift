import Fluent

/// API tokens may expire, and record when they were last used.
public struct M016_TrackAPITokens: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("api_tokens").field("expires_at", .datetime).update()
        try await database.schema("api_tokens").field("last_used_at", .datetime).update()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema("api_tokens").deleteField("last_used_at").update()
        try await database.schema("api_tokens").deleteField("expires_at").update()
    }
}
