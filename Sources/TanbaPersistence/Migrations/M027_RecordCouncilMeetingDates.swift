import Fluent

/// A council's decision records the day the council met beside its protocol number (000 App. 2);
/// decisions recorded before keep only the time they were entered.
public struct M027_RecordCouncilMeetingDates: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("approval_steps").field("meeting_date", .string).update()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema("approval_steps").deleteField("meeting_date").update()
    }
}
