import Fluent

/// Each decision keeps the decider's position and workplace as they were when it was taken: an
/// expert who later moves on is still listed with the post they held.
public struct M029_RecordDeciderPositions: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("approval_steps").field("actor_position", .string).update()
        try await database.schema("approval_steps").field("actor_workplace", .string).update()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema("approval_steps").deleteField("actor_workplace").update()
        try await database.schema("approval_steps").deleteField("actor_position").update()
    }
}
