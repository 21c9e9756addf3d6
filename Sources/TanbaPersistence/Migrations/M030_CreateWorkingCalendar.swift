import Fluent
import Foundation
import TanbaCore

/// The holiday table deadlines are counted with (004 §7.6, §7.9), seeded from the one Tanba ships
/// (`KazakhstanHolidays`) and from then on kept by the administrator; the years it covers apart,
/// so a year with one decree entered is not taken for a complete one.
public struct M030_CreateWorkingCalendar: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("calendar_entries")
            .id()
            .field("day", .string, .required)
            .field("kind", .string, .required)
            .field("name_ru", .string, .required)
            .field("name_kk", .string, .required)
            .field("name_en", .string, .required)
            .field("added_at", .datetime, .required)
            .unique(on: "day")
            .create()
        try await database.schema("calendar_years")
            .id()
            .field("year", .int, .required)
            .field("added_at", .datetime, .required)
            .unique(on: "year")
            .create()
        let now = Date()
        for entry in KazakhstanHolidays.entries {
            try await CalendarEntryModel(entry, at: now).create(on: database)
        }
        for year in KazakhstanHolidays.years.sorted() {
            try await CalendarYearModel(year: year, at: now).create(on: database)
        }
    }

    public func revert(on database: any Database) async throws {
        try await database.schema("calendar_years").delete()
        try await database.schema("calendar_entries").delete()
    }
}
