import Fluent

/// An annulment records the decision behind it (002 §9.2): who decided, its number and its day.
/// Certificates revoked before keep only their reason; the columns stay empty for them.
/// One column a statement: SQLite alters a table one column at a time.
public struct M025_RecordRevocationDecisions: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("certificates").field("revocation_decided_by", .string).update()
        try await database.schema("certificates").field("revocation_decision_number", .string).update()
        try await database.schema("certificates").field("revocation_decided_on", .string).update()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema("certificates").deleteField("revocation_decided_on").update()
        try await database.schema("certificates").deleteField("revocation_decision_number").update()
        try await database.schema("certificates").deleteField("revocation_decided_by").update()
    }
}
