import Fluent

/// Creates `intakes`.
public struct M007_CreateIntakes: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("intakes")
            .id()
            .field("created_at", .datetime, .required)
            .field("program_id", .uuid, .required, .references("programs", "id"))
            .field("edition_id", .uuid, .required, .references("program_editions", "id"))
            .field("title", .string, .required)
            .field("starts_on", .string, .required)
            .field("ends_on", .string, .required)
            .field("capacity", .int, .required)
            .field("language", .string, .required)
            .field("study_form", .string, .required)
            .field("responsible_person", .string, .required)
            .field("price_tiyn", .int64)
            .field("is_open", .bool, .required)
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema("intakes").delete()
    }
}
