import Fluent

/// Creates `certificates`, `issued_documents` and the append-only `audit_events`.
public struct M011_CreateCertificates: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("certificates")
            .id()
            .field("issued_at", .datetime, .required)
            .field("registration_number", .string, .required)
            .field("year", .int, .required)
            .field("sequence", .int, .required)
            .field("token", .string, .required)
            .field("learner_id", .uuid, .required, .references("users", "id"))
            .field("intake_id", .uuid, .required, .references("intakes", "id"))
            .field("session_id", .uuid, .references("attestation_sessions", "id"))
            .field("surname_key", .string, .required)
            .field("content", .string, .required)
            .field("status", .string, .required)
            .field("revoked_at", .datetime)
            .field("revocation_reason", .string, .required)
            .field("superseded_by", .uuid)
            .field("supersedes", .uuid)
            .unique(on: "registration_number")
            .unique(on: "token")
            .unique(on: "year", "sequence")
            .create()
        try await database.schema("issued_documents")
            .id()
            .field("created_at", .datetime, .required)
            .field("certificate_id", .uuid, .required, .references("certificates", "id"))
            .field("kind", .string, .required)
            .field("pdf", .data, .required)
            .field("sha256", .string, .required)
            .unique(on: "certificate_id", "kind")
            .create()
        try await database.schema("audit_events")
            .id()
            .field("at", .datetime, .required)
            .field("actor_id", .uuid, .required)
            .field("actor_name", .string, .required)
            .field("action", .string, .required)
            .field("subject_id", .uuid, .required)
            .field("details", .string, .required)
            .create()
    }

    public func revert(on database: any Database) async throws {
        for table in ["audit_events", "issued_documents", "certificates"] {
            try await database.schema(table).delete()
        }
    }
}
