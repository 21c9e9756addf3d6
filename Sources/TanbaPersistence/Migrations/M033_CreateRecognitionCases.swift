import Fluent

/// Recognition cases (004 §7.6-7.12): the application with its source and target disciplines (a
/// copy of what they were when filed, so a later catalogue import never changes what the experts
/// judged), its documents, and an attached credential with the report of its verification.
public struct M033_CreateRecognitionCases: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("recognition_cases")
            .id()
            .field("number", .string, .required)
            .field("learner_id", .uuid, .required, .references("users", "id"))
            .field("filed_by", .uuid, .required)
            .field("filed_at", .datetime, .required)
            .field("filed_on", .string, .required)
            .field("purpose", .string, .required)
            .field("period_id", .uuid, .required, .references("academic_periods", "id"))
            .field("target_program_code", .string, .required)
            .field("target_program_name", .string, .required)
            .field("source", .string, .required)
            .field("status", .string, .required)
            .field("credential", .data)
            .field("credential_status", .string)
            .field("credential_checks", .string)
            .field("referred_on", .string)
            .field("expert_group_id", .uuid, .references("recognition_bodies", "id"))
            .field("conclusion_due", .string)
            .unique(on: "number")
            .create()
        try await database.schema("recognition_case_disciplines")
            .id()
            .field("case_id", .uuid, .required, .references("recognition_cases", "id"))
            .field("position", .int, .required)
            .field("discipline", .string, .required)
            .unique(on: "case_id", "position")
            .create()
        try await database.schema("recognition_documents")
            .id()
            .field("case_id", .uuid, .required, .references("recognition_cases", "id"))
            .field("kind", .string, .required)
            .field("original_name", .string, .required)
            .field("stored_name", .string, .required)
            .field("content_type", .string, .required)
            .field("size", .int, .required)
            .field("sha256", .string, .required)
            .field("uploaded_at", .datetime, .required)
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema("recognition_documents").delete()
        try await database.schema("recognition_case_disciplines").delete()
        try await database.schema("recognition_cases").delete()
    }
}
