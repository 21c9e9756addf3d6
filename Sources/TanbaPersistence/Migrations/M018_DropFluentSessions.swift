import Fluent
import SQLKit

/// Drops Vapor's `_fluent_sessions`, which kept a row for every anonymous visitor and never
/// deleted one; `user_sessions` replaces it.
public struct M018_DropFluentSessions: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("DROP TABLE IF EXISTS _fluent_sessions").run()
    }

    /// Nothing to restore: the rows were anonymous visits and expired sign-ins.
    public func revert(on database: any Database) async throws {}
}
