import Fluent

/// Creates `settings` and `counters`.
public struct M005_CreateSettingsAndCounters: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("settings")
            .field("key", .string, .identifier(auto: false))
            .field("value", .string, .required)
            .create()
        try await database.schema("counters")
            .field("key", .string, .identifier(auto: false))
            .field("value", .int, .required)
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema("counters").delete()
        try await database.schema("settings").delete()
    }
}
