import Fluent

/// Creates `programs`.
public struct M002_CreatePrograms: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("programs")
            .id()
            .field("created_at", .datetime, .required)
            .field("code", .string)
            .field("created_by", .uuid, .required, .references("users", "id"))
            .field("registered_at", .datetime)
            .field("valid_until", .datetime)
            .field("public_edition_id", .uuid)
            .unique(on: "code")
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema("programs").delete()
    }
}
