import Fluent

/// Creates `users`.
public struct M001_CreateUsers: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("users")
            .id()
            .field("created_at", .datetime, .required)
            .field("login", .string, .required)
            .field("full_name", .string, .required)
            .field("role", .string, .required)
            .field("password_hash", .string, .required)
            .field("is_active", .bool, .required)
            .unique(on: "login")
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema("users").delete()
    }
}
