import Fluent
import Foundation
import TanbaCore

/// The installation's working calendar: read for every deadline counted in working days, kept by
/// the administrator as decrees are published; every change has its audit event.
public struct WorkingCalendarStore: Sendable {
    public let database: any Database
    public let clock: Clock

    public init(database: any Database, clock: Clock) {
        self.database = database
        self.clock = clock
    }

    /// The calendar as stored.
    public func calendar() async throws -> WorkingCalendar {
        try await Self.calendar(on: database)
    }

    public static func calendar(on database: any Database) async throws -> WorkingCalendar {
        let entries = try await CalendarEntryModel.query(on: database).all().map { try $0.entry }
        let years = Set(try await CalendarYearModel.query(on: database).all().map(\.year))
        return WorkingCalendar(entries: entries, years: years)
    }

    /// Adds a holiday or a transfer; the calendar's own checks refuse a duplicate day, a transfer
    /// on the wrong kind of day or a missing name.
    public func add(_ entry: CalendarEntry, by actor: ActingUser) async throws {
        guard actor.role.may(.administer) else { throw CalendarStoreError.forbidden }
        _ = try await calendar().adding(entry)
        let now = clock.now()
        try await database.transaction { db in
            try await CalendarEntryModel(entry, at: now).create(on: db)
            try await AuditEventModel(actor: actor, action: "calendar_entry_added", subjectID: AuditEventModel.noUser,
                                      details: "\(entry.day.iso) \(entry.kind.rawValue): \(entry.name.ru)", at: now).create(on: db)
        }
    }

    /// Removes the entry of `day` (a decree entered by mistake, a holiday moved by a new one).
    public func remove(_ day: CalendarDay, by actor: ActingUser) async throws {
        guard actor.role.may(.administer) else { throw CalendarStoreError.forbidden }
        guard let model = try await CalendarEntryModel.query(on: database).filter(\.$day == day.iso).first() else {
            throw CalendarStoreError.notFound
        }
        let entry = try model.entry
        try await database.transaction { db in
            try await model.delete(on: db)
            try await AuditEventModel(actor: actor, action: "calendar_entry_removed", subjectID: AuditEventModel.noUser,
                                      details: "\(entry.day.iso) \(entry.kind.rawValue): \(entry.name.ru)", at: clock.now()).create(on: db)
        }
    }

    /// Opens `year`: its holidays fixed by law are entered, and the year counts as covered. Kurban
    /// Ait and the year's decree are added by hand as they are published.
    public func addYear(_ year: Int, by actor: ActingUser) async throws {
        guard actor.role.may(.administer) else { throw CalendarStoreError.forbidden }
        guard (2000...2100).contains(year) else { throw CalendarStoreError.yearOutOfRange }
        let existing = try await calendar()
        guard !existing.years.contains(year) else { throw CalendarStoreError.yearAlreadyCovered(year) }
        let taken = Set(existing.entries.map(\.day))
        let now = clock.now()
        try await database.transaction { db in
            for entry in KazakhstanHolidays.fixedEntries(for: year) where !taken.contains(entry.day) {
                try await CalendarEntryModel(entry, at: now).create(on: db)
            }
            try await CalendarYearModel(year: year, at: now).create(on: db)
            try await AuditEventModel(actor: actor, action: "calendar_year_added", subjectID: AuditEventModel.noUser,
                                      details: "\(year)", at: now).create(on: db)
        }
    }
}

/// Why a calendar change was refused; the calendar's own checks throw `CalendarEntry.Problem`.
public enum CalendarStoreError: Error, Equatable, Sendable {
    case forbidden
    case notFound
    case yearOutOfRange
    case yearAlreadyCovered(Int)
}
