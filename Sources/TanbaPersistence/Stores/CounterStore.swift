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
        try await reserve(1, of: key, on: database)
    }

    /// Reserves `count` consecutive values and returns the last; the first is `last - count + 1`.
    public static func reserve(_ count: Int, of key: String, on database: any Database) async throws -> Int {
        guard let sql = database as? any SQLDatabase else {
            throw CounterError.sqlUnavailable
        }
        try await sql.update(CounterModel.schema)
            .set(SQLIdentifier("value"), to: SQLBinaryExpression(SQLIdentifier("value"), .add, SQLLiteral.numeric("\(count)")))
            .where(SQLIdentifier("key"), .equal, SQLBind(key))
            .run()
        if let counter = try await CounterModel.find(key, on: database) {
            return counter.value
        }
        try await CounterModel(key: key, value: count).create(on: database)
        return count
    }

    /// A counter needs a SQL database.
    public enum CounterError: Error {
        case sqlUnavailable
    }
}
