import Fluent

/// Lets a commission member sign in and vote in person: a member row may name a user account.
public struct M013_LinkCommissionMembers: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        // No foreign key: SQLite cannot add one to an existing table; the store checks the account.
        try await database.schema("commission_members").field("user_id", .uuid).update()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema("commission_members").deleteField("user_id").update()
    }
}
