import Fluent

/// A learner may give their name in Latin letters (as in their passport), printed on the
/// certificate and accepted by the verification lookup.
public struct M019_AddLatinName: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("learner_profiles").field("latin_name", .string).update()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema("learner_profiles").deleteField("latin_name").update()
    }
}
