import Fluent

/// The teaching kits of program editions (УМКД, 004 §5.10): documents per discipline, never
/// replaced in place (a newer upload of a slot is the one in use), and the academic committee's
/// approvals with their protocols.
public struct M038_CreateTeachingKits: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("teaching_kit_documents")
            .id()
            .field("edition_id", .uuid, .required, .references("program_editions", "id"))
            .field("discipline", .int, .required)
            .field("kind", .string, .required)
            .field("original_name", .string, .required)
            .field("stored_name", .string, .required)
            .field("content_type", .string, .required)
            .field("size", .int, .required)
            .field("sha256", .string, .required)
            .field("uploaded_by", .uuid, .required)
            .field("uploaded_at", .datetime, .required)
            .create()
        try await database.schema("teaching_kit_approvals")
            .id()
            .field("edition_id", .uuid, .required, .references("program_editions", "id"))
            .field("protocol_number", .string, .required)
            .field("meeting_date", .string, .required)
            .field("documents", .string, .required)
            .field("recorded_by", .uuid, .required)
            .field("recorded_by_name", .string, .required)
            .field("recorded_at", .datetime, .required)
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema("teaching_kit_approvals").delete()
        try await database.schema("teaching_kit_documents").delete()
    }
}
