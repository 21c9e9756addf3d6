import Fluent

/// Creates `grade_entries`, `teaching_assignments` and `api_tokens`.
public struct M009_CreateGradebook: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("grade_entries")
            .id()
            .field("recorded_at", .datetime, .required)
            .field("intake_id", .uuid, .required, .references("intakes", "id"))
            .field("learner_id", .uuid, .required, .references("users", "id"))
            .field("discipline", .int, .required)
            .field("attempt", .int, .required)
            .field("seq", .int, .required)
            .field("kind", .string, .required)
            .field("points", .int, .required)
            .field("recorded_by", .uuid, .required, .references("users", "id"))
            .field("source", .string, .required)
            .create()
        try await database.schema("teaching_assignments")
            .id()
            .field("intake_id", .uuid, .required, .references("intakes", "id"))
            .field("discipline", .int, .required)
            .field("teacher_id", .uuid, .required, .references("users", "id"))
            .unique(on: "intake_id", "discipline", "teacher_id")
            .create()
        try await database.schema("api_tokens")
            .id()
            .field("created_at", .datetime, .required)
            .field("user_id", .uuid, .required, .references("users", "id"))
            .field("name", .string, .required)
            .field("token_hash", .string, .required)
            .field("revoked_at", .datetime)
            .unique(on: "token_hash")
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema("api_tokens").delete()
        try await database.schema("teaching_assignments").delete()
        try await database.schema("grade_entries").delete()
    }
}
