import Foundation

/// The deadlines of 004 §7.6-7.9, counted in working days on the Kazakhstan calendar.
public struct RecognitionDeadlines: Sendable {
    /// An application comes at least this many working days before the academic period (§7.6).
    public static let applicationLeadDays = 5
    /// The expert group's conclusion is due this many working days after referral (§7.9).
    public static let conclusionDays = 3

    public let calendar: WorkingCalendar

    public init(calendar: WorkingCalendar) {
        self.calendar = calendar
    }

    /// The last day an application for a period starting on `periodStart` is on time.
    public func applicationDue(periodStartsOn periodStart: CalendarDay) throws -> CalendarDay {
        try calendar.subtracting(workingDays: Self.applicationLeadDays, from: periodStart)
    }

    /// Why an application is refused for its date.
    public enum Problem: Error, Hashable, Sendable {
        /// Filed after the day it was due.
        case late(dueOn: CalendarDay)
        /// The period has already begun.
        case periodStarted(CalendarDay)
    }

    /// Accepts an application filed on `day` for a period starting on `periodStart`, or says why not.
    public func checkApplication(filedOn day: CalendarDay, periodStartsOn periodStart: CalendarDay) throws {
        guard day < periodStart else { throw Problem.periodStarted(periodStart) }
        let due = try applicationDue(periodStartsOn: periodStart)
        guard day <= due else { throw Problem.late(dueOn: due) }
    }

    /// The day the expert conclusion on a case referred on `referredOn` is due.
    public func conclusionDue(referredOn day: CalendarDay) throws -> CalendarDay {
        try calendar.adding(workingDays: Self.conclusionDays, to: day)
    }
}
