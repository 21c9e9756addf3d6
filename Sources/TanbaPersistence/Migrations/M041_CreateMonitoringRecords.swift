import Fluent

/// A program's yearly monitoring (004 §5.12, §8.2, §8.4): the figures as they stood, the
/// department's findings, the action plan tracked to done, and the council's decision. One record
/// per program and year; decided records never change.
public struct M041_CreateMonitoringRecords: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("monitoring_records")
            .id()
            .field("program_id", .uuid, .required, .references("programs", "id"))
            .field("year", .int, .required)
            .field("figures", .string, .required)
            .field("findings", .string, .required)
            .field("created_by", .uuid, .required)
            .field("created_at", .datetime, .required)
            .field("decision", .string)
            .field("protocol_number", .string)
            .field("meeting_date", .string)
            .field("valid_until", .string)
            .field("decided_by", .uuid)
            .field("decided_at", .datetime)
            .unique(on: "program_id", "year")
            .create()
        try await database.schema("monitoring_actions")
            .id()
            .field("record_id", .uuid, .required, .references("monitoring_records", "id"))
            .field("position", .int, .required)
            .field("text", .string, .required)
            .field("owner", .string, .required)
            .field("due_on", .string, .required)
            .field("done_on", .string)
            .field("done_by", .uuid)
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema("monitoring_actions").delete()
        try await database.schema("monitoring_records").delete()
    }
}
