import Fluent

/// The institution's logos, append-only: the newest is printed, earlier ones stay as they were.
public struct M023_CreateInstitutionLogos: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("institution_logos")
            .id()
            .field("content_type", .string, .required)
            .field("bytes", .data, .required)
            .field("sha256", .string, .required)
            .field("uploaded_at", .datetime, .required)
            .field("uploaded_by", .string, .required)
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema("institution_logos").delete()
    }
}
