import Fluent

/// A gradebook entry that corrects an earlier mark says why; the earlier entry stays as it was.
public struct M021_AddGradeCorrectionReason: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("grade_entries").field("reason", .string).update()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema("grade_entries").deleteField("reason").update()
    }
}
