import Fluent

/// The recognition commission and the expert group as the rector's orders form them. A new order
/// forms a new body (the next in `sequence` for its kind); the earlier one stays, with the
/// decisions it took.
public struct M032_CreateRecognitionBodies: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("recognition_bodies")
            .id()
            .field("kind", .string, .required)
            .field("sequence", .int, .required)
            .field("order_number", .string, .required)
            .field("order_date", .string, .required)
            .field("formed_by", .uuid, .required)
            .field("formed_at", .datetime, .required)
            .unique(on: "kind", "sequence")
            .create()
        try await database.schema("recognition_body_members")
            .id()
            .field("body_id", .uuid, .required, .references("recognition_bodies", "id"))
            .field("user_id", .uuid, .required, .references("users", "id"))
            .field("seat", .string, .required)
            .field("kind", .string, .required)
            .unique(on: "body_id", "user_id")
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema("recognition_body_members").delete()
        try await database.schema("recognition_bodies").delete()
    }
}
