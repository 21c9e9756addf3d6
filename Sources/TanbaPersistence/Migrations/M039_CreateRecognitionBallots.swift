import Fluent

/// Votes the recognition commission's members cast from their own accounts before the meeting is
/// recorded; append-only, the latest of each member counting until the decision.
public struct M039_CreateRecognitionBallots: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("recognition_ballots")
            .id()
            .field("case_id", .uuid, .required, .references("recognition_cases", "id"))
            .field("member_id", .uuid, .required, .references("users", "id"))
            .field("vote", .string, .required)
            .field("sequence", .int, .required)
            .field("cast_at", .datetime, .required)
            .unique(on: "case_id", "sequence")
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema("recognition_ballots").delete()
    }
}
