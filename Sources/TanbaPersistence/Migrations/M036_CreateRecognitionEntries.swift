import Fluent

/// Recognised disciplines entered into the learner's record (004 §7.12), with the tuition
/// reduction (§7.13) and the dean's order on exemption and credit transfer (§7.14); one per case.
public struct M036_CreateRecognitionEntries: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("recognition_entries")
            .id()
            .field("case_id", .uuid, .required, .references("recognition_cases", "id"))
            .field("learner_id", .uuid, .required, .references("users", "id"))
            .field("disciplines", .string, .required)
            .field("credits_hundredths", .int, .required)
            .field("price_per_credit_tiyn", .int)
            .field("reduction_tiyn", .int)
            .field("order_number", .string, .required)
            .field("order_date", .string, .required)
            .field("entered_by", .uuid, .required)
            .field("entered_at", .datetime, .required)
            .unique(on: "case_id")
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema("recognition_entries").delete()
    }
}
