import Fluent

/// Trusted providers and equivalency rules (003), and on each case the rule that recognised it at
/// once or why none did.
public struct M037_CreateAutomaticRecognition: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("trusted_providers")
            .id()
            .field("provider", .string, .required)
            .field("protocol_number", .string, .required)
            .field("decided_on", .string, .required)
            .field("added_by", .uuid, .required)
            .field("added_at", .datetime, .required)
            .create()
        try await database.schema("equivalency_rules")
            .id()
            .field("provider_id", .uuid, .required, .references("trusted_providers", "id"))
            .field("rule", .string, .required)
            .field("source_case_id", .uuid, .required, .references("recognition_cases", "id"))
            .field("created_by", .uuid, .required)
            .field("created_at", .datetime, .required)
            .create()
        // SQLite adds one column per ALTER TABLE.
        try await database.schema("recognition_cases").field("automatic_rule_id", .uuid).update()
        try await database.schema("recognition_cases").field("automatic_refusal", .string).update()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema("recognition_cases").deleteField("automatic_refusal").update()
        try await database.schema("recognition_cases").deleteField("automatic_rule_id").update()
        try await database.schema("equivalency_rules").delete()
        try await database.schema("trusted_providers").delete()
    }
}
