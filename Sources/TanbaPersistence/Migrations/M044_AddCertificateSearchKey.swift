import Fluent
import Foundation
import SQLKit
import TanbaCore

/// The journal searches and pages in the database instead of loading every certificate: a
/// folded search column (number, learner in both spellings, program) filled for the certificates
/// already issued, and an index in the journal's order.
public struct M044_AddCertificateSearchKey: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("certificates").field("search_key", .string).update()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "certificates_journal_order").on("certificates").column("issued_at").column("sequence").run()
        // Filled a thousand at a time, so a large registry is not read into memory at once.
        while true {
            let rows = try await CertificateModel.query(on: database).filter(\.$searchKey == nil).limit(1_000).all()
            if rows.isEmpty { break }
            for row in rows {
                let content = try? row.certifiedContent()
                row.searchKey = CertificateModel.searchKey(number: row.registrationNumber, content: content)
                try await row.update(on: database)
            }
        }
    }

    public func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase { try await sql.drop(index: "certificates_journal_order").run() }
        try await database.schema("certificates").deleteField("search_key").update()
    }
}
