import Fluent

/// The commission's decision on a case (004 §7.11), with its protocol, the members present and
/// each vote; one per case and never changed: an appeal is a new case.
public struct M035_CreateRecognitionDecisions: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("recognition_decisions")
            .id()
            .field("case_id", .uuid, .required, .references("recognition_cases", "id"))
            .field("commission_id", .uuid, .required, .references("recognition_bodies", "id"))
            .field("protocol_number", .string, .required)
            .field("meeting_date", .string, .required)
            .field("votes", .string, .required)
            .field("outcome", .string, .required)
            .field("votes_for", .int, .required)
            .field("votes_against", .int, .required)
            .field("reasons", .string, .required)
            .field("decided_by", .uuid, .required)
            .field("decided_at", .datetime, .required)
            .unique(on: "case_id")
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema("recognition_decisions").delete()
    }
}
