import Fluent

/// Creates `enrollment_orders`, `applications` and `application_documents`.
public struct M008_CreateApplications: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("enrollment_orders")
            .id()
            .field("created_at", .datetime, .required)
            .field("intake_id", .uuid, .required, .references("intakes", "id"))
            .field("number", .string, .required)
            .field("order_date", .string, .required)
            .field("responsible_person", .string, .required)
            .field("language", .string, .required)
            .field("created_by", .uuid, .required, .references("users", "id"))
            .unique(on: "number")
            .create()
        try await database.schema("applications")
            .id()
            .field("submitted_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .field("intake_id", .uuid, .required, .references("intakes", "id"))
            .field("learner_id", .uuid, .required, .references("users", "id"))
            .field("status", .string, .required)
            .field("prerequisites_checked", .bool, .required)
            .field("prerequisites_note", .string, .required)
            .field("decision_reason", .string, .required)
            .field("contract_number", .string, .required)
            .field("payment_status", .string, .required)
            .field("decided_by", .uuid, .references("users", "id"))
            .field("decided_at", .datetime)
            .field("order_id", .uuid, .references("enrollment_orders", "id"))
            .unique(on: "intake_id", "learner_id")
            .create()
        try await database.schema("application_documents")
            .id()
            .field("uploaded_at", .datetime, .required)
            .field("application_id", .uuid, .required, .references("applications", "id"))
            .field("kind", .string, .required)
            .field("original_name", .string, .required)
            .field("stored_name", .string, .required)
            .field("content_type", .string, .required)
            .field("size", .int, .required)
            .field("sha256", .string, .required)
            .unique(on: "stored_name")
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema("application_documents").delete()
        try await database.schema("applications").delete()
        try await database.schema("enrollment_orders").delete()
    }
}
