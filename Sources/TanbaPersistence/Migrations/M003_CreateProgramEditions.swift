import Fluent

/// Creates `program_editions`.
public struct M003_CreateProgramEditions: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("program_editions")
            .id()
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .field("program_id", .uuid, .required, .references("programs", "id"))
            .field("number", .int, .required)
            .field("status", .string, .required)
            .field("stage", .string)
            .field("content", .string, .required)
            .field("title", .string, .required)
            .field("field_of_education", .string, .required)
            .field("nqf_level", .int, .required)
            .field("study_form", .string, .required)
            .field("languages", .string, .required)
            .field("credits_hundredths", .int, .required)
            .field("hours", .int, .required)
            .field("created_by", .uuid, .required, .references("users", "id"))
            .unique(on: "program_id", "number")
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema("program_editions").delete()
    }
}
