import Foundation

/// A day on the civil calendar (`2026-03-23`), with no time and no time zone: deadlines counted in
/// working days are counted in these, so a server's zone can never move a due date by one.
public struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The day, or nil when there is no such date (30 February).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Self.length(of: month, in: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `yyyy-MM-dd`, or nil for text that is not a real day.
    public init?(iso text: String) {
        let fields = text.split(separator: "-", omittingEmptySubsequences: false)
        guard fields.count == 3, fields[0].count == 4, fields[1].count == 2, fields[2].count == 2,
              fields.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(fields[0]), let month = Int(fields[1]), let day = Int(fields[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The day `date` falls on in Almaty.
    public init(_ date: Date) {
        let components = Monitoring.calendar.dateComponents([.year, .month, .day], from: date)
        // The Gregorian calendar always yields the three components.
        self.init(ordinal: Self.ordinal(year: components.year ?? 1970, month: components.month ?? 1, day: components.day ?? 1))
    }

    /// Days since 1970-01-01 (negative before it).
    public var ordinal: Int { Self.ordinal(year: year, month: month, day: day) }

    /// The day `ordinal` days after 1970-01-01.
    public init(ordinal: Int) {
        // Howard Hinnant's civil-from-days: exact for every Gregorian date.
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    public func adding(days: Int) -> CalendarDay { CalendarDay(ordinal: ordinal + days) }

    /// The same day `months` later (or earlier), on the month's last day where it is shorter:
    /// 31 January plus one month is 28 or 29 February.
    public func adding(months: Int) -> CalendarDay {
        let total = year * 12 + (month - 1) + months
        let newYear = total >= 0 ? total / 12 : (total - 11) / 12
        let newMonth = total - newYear * 12 + 1
        return CalendarDay(ordinal: Self.ordinal(year: newYear, month: newMonth, day: min(day, Self.length(of: newMonth, in: newYear))))
    }

    /// ISO weekday: 1 Monday … 7 Sunday.
    public var weekday: Int {
        let fromThursday = ((ordinal % 7) + 7) % 7   // 1970-01-01 was a Thursday
        return (fromThursday + 3) % 7 + 1
    }

    public var isWeekend: Bool { weekday >= 6 }

    /// `yyyy-MM-dd`.
    public var iso: String { Self.pad(year, 4) + "-" + Self.pad(month, 2) + "-" + Self.pad(day, 2) }

    /// `dd.MM.yyyy`, as Kazakh forms print a date.
    public var dotted: String { Self.pad(day, 2) + "." + Self.pad(month, 2) + "." + Self.pad(year, 4) }

    public var description: String { iso }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool { lhs.ordinal < rhs.ordinal }

    static func ordinal(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func length(of month: Int, in year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

extension CalendarDay: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = CalendarDay(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a yyyy-MM-dd day: \(text)"))
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

extension CalendarDay {
    /// A day written `дд.мм.гггг`; nil for anything else.
    public init?(dotted text: String) {
        let parts = text.split(separator: ".").map { Int($0) }
        guard parts.count == 3, let day = parts[0], let month = parts[1], let year = parts[2], year >= 1900 else { return nil }
        self.init(year: year, month: month, day: day)
    }
}
