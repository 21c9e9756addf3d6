import Fluent

/// Each learner profile records the version of the personal-data consent the learner gave, and when.
public struct M020_RecordPersonalDataConsent: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("learner_profiles").field("consent_version", .string).update()
        try await database.schema("learner_profiles").field("consent_at", .datetime).update()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema("learner_profiles").deleteField("consent_at").update()
        try await database.schema("learner_profiles").deleteField("consent_version").update()
    }
}
