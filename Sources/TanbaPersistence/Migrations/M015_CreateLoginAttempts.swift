import Fluent
import SQLKit

/// Creates `login_attempts`, which throttles password guessing across every server process.
public struct M015_CreateLoginAttempts: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("login_attempts")
            .id()
            .field("at", .datetime, .required)
            .field("login", .string, .required)
            .field("client", .string, .required)
            .field("succeeded", .bool, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "login_attempts_login_at").on("login_attempts").column("login").column("at").run()
        try await sql.create(index: "login_attempts_client_at").on("login_attempts").column("client").column("at").run()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema("login_attempts").delete()
    }
}
