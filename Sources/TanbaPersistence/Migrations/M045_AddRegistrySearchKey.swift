import Fluent
import Foundation
import SQLKit

/// The registry searches and pages in the database: a folded search column over the titles in
/// every language, filled for the editions already stored, and an index in the registry's order.
public struct M045_AddRegistrySearchKey: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("program_editions").field("search_key", .string).update()
        if let sql = database as? any SQLDatabase {
            try await sql.create(index: "program_editions_title").on("program_editions").column("title").run()
        }
        // A thousand at a time, so a national registry is not read into memory at once.
        while true {
            let rows = try await ProgramEditionModel.query(on: database).filter(\.$searchKey == nil).limit(1_000).all()
            if rows.isEmpty { break }
            for row in rows {
                row.searchKey = (try? row.decodedContent()).map(ProgramEditionModel.searchKey) ?? row.title.lowercased()
                try await row.update(on: database)
            }
        }
    }

    public func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase { try await sql.drop(index: "program_editions_title").run() }
        try await database.schema("program_editions").deleteField("search_key").update()
    }
}
