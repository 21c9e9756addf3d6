import Fluent

/// Creates `approval_steps`, the append-only approval history.
public struct M004_CreateApprovalSteps: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("approval_steps")
            .id()
            .field("decided_at", .datetime, .required)
            .field("program_id", .uuid, .required, .references("programs", "id"))
            .field("edition_id", .uuid, .required, .references("program_editions", "id"))
            .field("edition_number", .int, .required)
            .field("stage", .string)
            .field("decision", .string, .required)
            .field("actor_id", .uuid, .required, .references("users", "id"))
            .field("actor_name", .string, .required)
            .field("actor_role", .string, .required)
            .field("document_number", .string, .required)
            .field("conclusion", .string, .required)
            .field("status_after", .string, .required)
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema("approval_steps").delete()
    }
}
