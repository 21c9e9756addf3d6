import Fluent

/// Surveys of learners and employers (004 §5.12). Answers are kept apart from invitations: an
/// answer row carries the program, the kind and the day only, so no query can join it to the
/// person who gave it; an invitation only knows whether it was used.
public struct M042_CreateSurveys: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("survey_invitations")
            .id()
            .field("kind", .string, .required)
            .field("program_id", .uuid, .required, .references("programs", "id"))
            // A learner's invitation is their certificate: one answer per certificate.
            .field("certificate_id", .uuid, .references("certificates", "id"))
            // An employer's: the SHA-256 of the single-use token in the link.
            .field("token_hash", .string)
            .field("recipient", .string, .required)
            .field("answered", .bool, .required)
            .field("created_by", .uuid)
            .field("created_at", .datetime, .required)
            .unique(on: "certificate_id")
            .unique(on: "token_hash")
            .create()
        try await database.schema("survey_answers")
            .id()
            .field("kind", .string, .required)
            .field("program_id", .uuid, .required, .references("programs", "id"))
            .field("answered_on", .string, .required)
            .field("answer", .string, .required)
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema("survey_answers").delete()
        try await database.schema("survey_invitations").delete()
    }
}
