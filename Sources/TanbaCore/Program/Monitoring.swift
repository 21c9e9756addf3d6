import Foundation

/// Registration validity (004 §8.2: valid until the next monitoring), on the Asia/Almaty calendar.
public enum Monitoring {
    public static let timeZone = TimeZone(identifier: "Asia/Almaty") ?? TimeZone(secondsFromGMT: 5 * 3600) ?? .current

    public static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    /// The day the registration must be reviewed: `months` after the registration day in Almaty.
    public static func validUntil(registeredAt date: Date, months: Int) -> Date {
        let calendar = calendar
        let day = calendar.startOfDay(for: date)
        return calendar.date(byAdding: .month, value: months, to: day) ?? day
    }

    /// The calendar year in Almaty, which numbers registry codes.
    public static func year(of date: Date) -> Int {
        calendar.component(.year, from: date)
    }
}
