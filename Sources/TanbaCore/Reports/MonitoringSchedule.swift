import Foundation

/// When a registered program's yearly monitoring falls due (004 §8.2: a registration is valid until
/// the next monitoring; §5.12 yearly monitoring). The department, the councils and the
/// administrator are told 60 days ahead, and of every day it is late.
public enum MonitoringSchedule {
    /// How far ahead a coming monitoring is announced.
    public static let noticeDays = 60

    public enum Standing: Hashable, Sendable {
        /// The last valid day passed `days` days ago (1: it was yesterday).
        case overdue(days: Int)
        /// Due within the notice window, in `days` days (0: the last valid day is today).
        case due(days: Int)
        /// Further off than the notice window.
        case current
    }

    /// Where a program valid through `validUntil` stands on `today`, on the Almaty calendar.
    public static func standing(validUntil: CalendarDay, today: CalendarDay) -> Standing {
        let left = validUntil.ordinal - today.ordinal
        if left < 0 { return .overdue(days: -left) }
        if left <= noticeDays { return .due(days: left) }
        return .current
    }
}
