import Fluent

/// The rector's order on awarding each closed protocol's micro-qualifications (004 §5.15); one per
/// session, never changed once recorded.
public struct M026_CreateAwardOrders: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("award_orders")
            .id()
            .field("session_id", .uuid, .required, .references("attestation_sessions", "id"))
            .field("number", .string, .required)
            .field("order_date", .string, .required)
            .field("recorded_by", .uuid, .required)
            .field("recorded_at", .datetime, .required)
            .unique(on: "session_id")
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema("award_orders").delete()
    }
}
