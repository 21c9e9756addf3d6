import Fluent

/// The expert group's conclusions (one per target discipline of a case, written once) and the
/// commission's interview of an applicant from non-formal learning (000 §5.5, 003).
public struct M034_CreateRecognitionConclusions: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("recognition_conclusions")
            .id()
            .field("case_id", .uuid, .required, .references("recognition_cases", "id"))
            .field("position", .int, .required)
            .field("sheet", .string, .required)
            .field("credits_hundredths", .int, .required)
            .field("grade_letter", .string)
            .field("grade_points", .int)
            .field("grade_passed", .bool, .required)
            .field("written_by", .uuid, .required)
            .field("written_at", .datetime, .required)
            .unique(on: "case_id", "position")
            .create()
        try await database.schema("recognition_interviews")
            .id()
            .field("case_id", .uuid, .required, .references("recognition_cases", "id"))
            .field("held_on", .string, .required)
            .field("members", .string, .required)
            .field("passed", .bool, .required)
            .field("notes", .string, .required)
            .field("recorded_by", .uuid, .required)
            .field("recorded_at", .datetime, .required)
            .unique(on: "case_id")
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema("recognition_interviews").delete()
        try await database.schema("recognition_conclusions").delete()
    }
}
