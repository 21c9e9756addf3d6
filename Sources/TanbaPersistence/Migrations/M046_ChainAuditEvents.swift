import Fluent
import Foundation
import SQLKit

/// The audit trail becomes a hash chain: the events already written are linked in the order they
/// happened, and every later one is linked as it is written (`AuditChain`).
public struct M046_ChainAuditEvents: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds one at a time.
        try await database.schema("audit_events").field("chain_position", .int).update()
        try await database.schema("audit_events").field("chain_hash", .string).update()
        if let sql = database as? any SQLDatabase {
            try await sql.create(index: "audit_events_chain_position").unique().on("audit_events").column("chain_position").run()
        }
        try await CounterModel(key: AuditChain.counterKey, value: 0).create(on: database)
        try await database.transaction { db in
            // A thousand at a time, in the order they happened.
            while true {
                let page = try await AuditEventModel.query(on: db).filter(\.$chainPosition == nil).sort(\.$at).sort(\.$id)
                    .limit(1_000).all()
                if page.isEmpty { break }
                try await AuditChain.link(page, on: db)
                for event in page { try await event.update(on: db) }
            }
        }
    }

    public func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase { try await sql.drop(index: "audit_events_chain_position").run() }
        try await CounterModel.find(AuditChain.counterKey, on: database)?.delete(on: database)
        try await database.schema("audit_events").deleteField("chain_hash").update()
        try await database.schema("audit_events").deleteField("chain_position").update()
    }
}
