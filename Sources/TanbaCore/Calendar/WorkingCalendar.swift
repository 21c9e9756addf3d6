import Foundation

/// Working days on the Kazakhstan calendar: Monday to Friday, less the public holidays, the days
/// a holiday on a weekend moves to, and the government's transferred days off; plus the weekend
/// days a decree made working. Deadlines in working days (004 §7.6, §7.9) are counted with it.
///
/// A year the table does not cover is refused rather than guessed: a deadline counted without
/// that year's holidays could fall on Nauryz.
public struct WorkingCalendar: Sendable {
    public let entries: [CalendarEntry]
    /// The years whose holidays and transfers the table holds.
    public let years: Set<Int>
    private let daysOff: Set<CalendarDay>
    private let workingWeekendDays: Set<CalendarDay>

    public enum Problem: Error, Hashable, Sendable {
        /// The table holds no holidays for the year: the administrator adds it first.
        case yearNotCovered(Int)
    }

    public init(entries: [CalendarEntry], years: Set<Int>) {
        self.entries = entries.sorted { $0.day < $1.day }
        self.years = years
        workingWeekendDays = Set(entries.filter { $0.kind == .workingDay }.map(\.day))
        var off = Set(entries.filter { $0.kind != .workingDay }.map(\.day))
        // A state holiday on a weekend gives the next working day off, in date order so that
        // Nauryz on Saturday and Sunday before a Monday holiday moves to Tuesday and Wednesday.
        for holiday in self.entries where holiday.kind == .holiday && holiday.day.isWeekend {
            var candidate = holiday.day.adding(days: 1)
            while candidate.isWeekend && !workingWeekendDays.contains(candidate) || off.contains(candidate) {
                candidate = candidate.adding(days: 1)
            }
            off.insert(candidate)
        }
        daysOff = off
    }

    /// Whether people work on `day`.
    public func isWorkingDay(_ day: CalendarDay) throws -> Bool {
        guard years.contains(day.year) else { throw Problem.yearNotCovered(day.year) }
        if workingWeekendDays.contains(day) { return true }
        return !day.isWeekend && !daysOff.contains(day)
    }

    /// The days off other than Saturdays and Sundays in `year`, holidays' moved days included.
    public func weekdaysOff(in year: Int) -> [CalendarDay] {
        daysOff.filter { $0.year == year && !$0.isWeekend }.sorted()
    }

    /// The `count`-th working day after `day` (`count` ≥ 1): a referral on Monday with 3 working
    /// days for the conclusion is due on Thursday.
    public func adding(workingDays count: Int, to day: CalendarDay) throws -> CalendarDay {
        var current = day, found = 0
        while found < count {
            current = current.adding(days: 1)
            if try isWorkingDay(current) { found += 1 }
        }
        return current
    }

    /// The `count`-th working day before `day`: the last day an application is on time when it
    /// must come `count` working days before a period that starts on `day`.
    public func subtracting(workingDays count: Int, from day: CalendarDay) throws -> CalendarDay {
        var current = day, found = 0
        while found < count {
            current = current.adding(days: -1)
            if try isWorkingDay(current) { found += 1 }
        }
        return current
    }

    /// Working days strictly after `start` up to and including `end`; zero when `end` is not later.
    public func workingDays(after start: CalendarDay, through end: CalendarDay) throws -> Int {
        var count = 0, current = start
        while current < end {
            current = current.adding(days: 1)
            if try isWorkingDay(current) { count += 1 }
        }
        return count
    }

    /// The table with `entry` added; the same day twice is refused, as is an entry with problems.
    public func adding(_ entry: CalendarEntry) throws -> WorkingCalendar {
        if let problem = entry.problems.first { throw problem }
        guard !entries.contains(where: { $0.day == entry.day }) else { throw CalendarEntry.Problem.duplicate(entry.day) }
        return WorkingCalendar(entries: entries + [entry], years: years.union([entry.day.year]))
    }
}
