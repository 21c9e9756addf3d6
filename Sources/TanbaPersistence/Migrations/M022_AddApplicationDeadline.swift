import Fluent

/// An intake takes applications up to a last day; intakes recorded before it close the day before
/// their study starts (`IntakeSchedule(stored:)`), so the column may stay empty for them.
public struct M022_AddApplicationDeadline: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("intakes").field("applications_close_on", .string).update()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema("intakes").deleteField("applications_close_on").update()
    }
}
