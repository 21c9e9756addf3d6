import Fluent

/// Issuer profile documents of trusted providers known by an https identifier, uploaded by the
/// registrar so their keys verify offline (003); and the end of an equivalency rule, recorded with
/// the commission's protocol instead of editing the rule. Both append-only. A provider also keeps
/// the commission whose protocol made it trusted, which automatic decisions cite.
public struct M040_KeepProviderProfiles: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("trusted_providers").field("commission_id", .uuid).update()
        try await database.schema("trusted_provider_documents")
            .id()
            .field("provider_id", .uuid, .required, .references("trusted_providers", "id"))
            .field("document_id", .string, .required)
            .field("content", .string, .required)
            .field("uploaded_by", .uuid, .required)
            .field("uploaded_at", .datetime, .required)
            .create()
        try await database.schema("equivalency_rule_ends")
            .id()
            .field("rule_id", .uuid, .required, .references("equivalency_rules", "id"))
            .field("ends_on", .string, .required)
            .field("protocol_number", .string, .required)
            .field("recorded_by", .uuid, .required)
            .field("recorded_at", .datetime, .required)
            .unique(on: "rule_id")
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema("equivalency_rule_ends").delete()
        try await database.schema("trusted_provider_documents").delete()
        try await database.schema("trusted_providers").deleteField("commission_id").update()
    }
}
