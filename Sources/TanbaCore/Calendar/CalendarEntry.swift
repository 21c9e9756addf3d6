import Foundation

/// One line of the holiday table: a public holiday, or a day the government moved.
public struct CalendarEntry: Hashable, Sendable, Codable {
    /// What the day is; the law treats the kinds differently when they fall on a weekend.
    public enum Kind: String, CaseIterable, Sendable, Codable {
        /// A state holiday («праздничный день»): a day off that, falling on a Saturday or Sunday,
        /// moves to the next working day (Labour Code, art. 85).
        case holiday
        /// A religious holiday that is a day off but does not move (Kurban Ait, Orthodox Christmas).
        case religiousHoliday = "religious_holiday"
        /// A working day the government's decree made a day off («перенос дня отдыха»).
        case dayOff = "day_off"
        /// A Saturday or Sunday the same decree made a working day.
        case workingDay = "working_day"
    }

    public let day: CalendarDay
    public let kind: Kind
    public let name: LocalizedText

    public init(_ day: CalendarDay, _ kind: Kind, _ name: LocalizedText) {
        self.day = day
        self.kind = kind
        self.name = name
    }

    /// Why an entry cannot go into the table.
    public enum Problem: Error, Hashable, Sendable {
        /// A working-day transfer must land on a Saturday or Sunday, a day-off transfer on a weekday.
        case transferOnWrongDay(CalendarDay, Kind)
        case nameMissing
        /// The table already has an entry for that day.
        case duplicate(CalendarDay)
    }

    /// The entry's own problems; `WorkingCalendar` checks duplicates against the table.
    public var problems: [Problem] {
        var found: [Problem] = []
        if name.ru.trimmingCharacters(in: .whitespaces).isEmpty { found.append(.nameMissing) }
        switch kind {
        case .workingDay where !day.isWeekend, .dayOff where day.isWeekend:
            found.append(.transferOnWrongDay(day, kind))
        default: break
        }
        return found
    }
}
