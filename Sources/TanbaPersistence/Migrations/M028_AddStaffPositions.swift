import Fluent

/// Staff carry their position and workplace, so a program's experts are listed as the forms list
/// them (000 App. 2, 004 App. А: name, position, workplace).
public struct M028_AddStaffPositions: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("users").field("position", .string).update()
        try await database.schema("users").field("workplace", .string).update()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema("users").deleteField("workplace").update()
        try await database.schema("users").deleteField("position").update()
    }
}
