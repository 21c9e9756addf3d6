import Fluent

/// Creates `issuer_keys` and `certificate_credentials` (Open Badges 3.0 credentials of certificates).
public struct M012_CreateCredentials: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("issuer_keys")
            .id()
            .field("created_at", .datetime, .required)
            .field("key_id", .string, .required)
            .field("number", .int, .required)
            .field("public_key_multibase", .string, .required)
            .field("sealed_private_key", .data, .required)
            .field("active", .bool, .required)
            .field("retired_at", .datetime)
            .unique(on: "key_id")
            .unique(on: "number")
            .create()
        try await database.schema("certificate_credentials")
            .id()
            .field("created_at", .datetime, .required)
            .field("certificate_id", .uuid, .required, .references("certificates", "id"))
            .field("status_list", .int, .required)
            .field("status_index", .int, .required)
            .field("key_id", .string, .required)
            .field("json", .string, .required)
            .unique(on: "certificate_id")
            .unique(on: "status_list", "status_index")
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema("certificate_credentials").delete()
        try await database.schema("issuer_keys").delete()
    }
}
