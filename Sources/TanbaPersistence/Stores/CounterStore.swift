import Fluent
import Foundation
import SQLKit

/// Gapless named counters; the increment runs inside the caller's transaction.
public enum CounterStore {
    /// Returns the next value of `key`, starting at 1.
    ///
    /// The UPDATE takes the row's write lock on both SQLite and PostgreSQL, so two
    /// transactions never read the same value.
    public static func next(_ key: String, on database: any Database) async throws -> Int {
        guard let sql = database as? any SQLDatabase else {
            throw CounterError.sqlUnavailable
        }
        try await sql.update(CounterModel.schema)
            .set(SQLIdentifier("value"), to: SQLBinaryExpression(SQLIdentifier("value"), .add, SQLLiteral.numeric("1")))
            .where(SQLIdentifier("key"), .equal, SQLBind(key))
            .run()
        if let counter = try await CounterModel.find(key, on: database) {
            return counter.value
        }
        try await CounterModel(key: key, value: 1).create(on: database)
        return 1
    }

    /// A counter needs a SQL database.
    public enum CounterError: Error {
        case sqlUnavailable
    }
}
