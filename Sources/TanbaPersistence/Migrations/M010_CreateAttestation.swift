import Fluent

/// Creates the commission, its sessions, votes and decisions.
public struct M010_CreateAttestation: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("commissions")
            .id()
            .field("created_at", .datetime, .required)
            .field("intake_id", .uuid, .required, .references("intakes", "id"))
            .field("order_number", .string, .required)
            .field("order_date", .string, .required)
            .field("secretary_name", .string, .required)
            .create()
        try await database.schema("commission_members")
            .id()
            .field("commission_id", .uuid, .required, .references("commissions", "id"))
            .field("full_name", .string, .required)
            .field("position", .string, .required)
            .field("kind", .string, .required)
            .field("role", .string, .required)
            .create()
        try await database.schema("attestation_sessions")
            .id()
            .field("created_at", .datetime, .required)
            .field("commission_id", .uuid, .required, .references("commissions", "id"))
            .field("intake_id", .uuid, .required, .references("intakes", "id"))
            .field("session_date", .string, .required)
            .field("protocol_number", .string, .required)
            .field("present_member_ids", .string, .required)
            .field("closed_at", .datetime)
            .create()
        try await database.schema("attestation_votes")
            .id()
            .field("recorded_at", .datetime, .required)
            .field("seq", .int, .required)
            .field("session_id", .uuid, .required, .references("attestation_sessions", "id"))
            .field("member_id", .uuid, .required, .references("commission_members", "id"))
            .field("learner_id", .uuid, .required, .references("users", "id"))
            .field("vote", .string, .required)
            .field("recorded_by", .uuid, .required, .references("users", "id"))
            .create()
        try await database.schema("attestation_decisions")
            .id()
            .field("decided_at", .datetime, .required)
            .field("session_id", .uuid, .required, .references("attestation_sessions", "id"))
            .field("learner_id", .uuid, .required, .references("users", "id"))
            .field("outcome", .string, .required)
            .field("votes_for", .int, .required)
            .field("votes_against", .int, .required)
            .unique(on: "session_id", "learner_id")
            .create()
    }

    public func revert(on database: any Database) async throws {
        for table in ["attestation_decisions", "attestation_votes", "attestation_sessions", "commission_members", "commissions"] {
            try await database.schema(table).delete()
        }
    }
}
