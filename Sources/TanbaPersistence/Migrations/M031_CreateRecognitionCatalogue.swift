import Fluent

/// What recognition is judged against (004 §7.5): the institution's degree programs with their
/// disciplines, imported from its student information system, and its academic periods.
public struct M031_CreateRecognitionCatalogue: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("degree_programs")
            .id()
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("level", .string, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "code")
            .create()
        try await database.schema("degree_disciplines")
            .id()
            .field("program_id", .uuid, .required, .references("degree_programs", "id"))
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("credits_hundredths", .int, .required)
            .field("period", .int, .required)
            .field("learning_outcomes", .string, .required)
            .unique(on: "program_id", "code")
            .create()
        try await database.schema("academic_periods")
            .id()
            .field("title", .string, .required)
            .field("starts_on", .string, .required)
            .field("ends_on", .string, .required)
            .field("created_by", .uuid, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "title")
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema("academic_periods").delete()
        try await database.schema("degree_disciplines").delete()
        try await database.schema("degree_programs").delete()
    }
}
