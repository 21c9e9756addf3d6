import Fluent

/// Creates `learner_profiles`.
public struct M006_CreateLearnerProfiles: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("learner_profiles")
            .id()
            .field("created_at", .datetime, .required)
            .field("user_id", .uuid, .required, .references("users", "id"))
            .field("category", .string, .required)
            .field("organisation", .string, .required)
            .field("email", .string, .required)
            .field("phone", .string, .required)
            .unique(on: "user_id")
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema("learner_profiles").delete()
    }
}
