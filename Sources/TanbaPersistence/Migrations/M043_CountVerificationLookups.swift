import Fluent

/// How many times certificates were verified, per month of the Almaty calendar (SPEC §10): counts
/// only, never who looked or which certificate.
public struct M043_CountVerificationLookups: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("verification_lookups")
            .field("month", .string, .identifier(auto: false))
            .field("lookups", .int, .required)
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema("verification_lookups").delete()
    }
}
