import Foundation

/// RFC 3339 timestamps (the `date-time` of JSON Schema and the dateTimeStamp of VC 2.0):
/// a timezone is required, so the instant is never ambiguous.
enum RFC3339 {
    private static let dateTimePattern =
        #"^([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]+)?([Zz]|([+-])([0-9]{2}):([0-9]{2}))$"#
    private static let datePattern = #"^([0-9]{4})-([0-9]{2})-([0-9]{2})$"#
    // Compiled once: every date in every credential verified goes through these. The patterns are
    // constants, so nil here would be a programming error that `date(from:)` reports as no date.
    private static let dateTimeRegex = try? NSRegularExpression(pattern: dateTimePattern)
    private static let dateRegex = try? NSRegularExpression(pattern: datePattern)
    private static let utcCalendar: Calendar? = {
        guard let utc = TimeZone(identifier: "UTC") else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        return calendar
    }()

    static func date(from text: String) -> Date? {
        guard let groups = captures(text, regex: dateTimeRegex),
              let year = Int(groups[1]), let month = Int(groups[2]), let day = Int(groups[3]),
              let hour = Int(groups[4]), let minute = Int(groups[5]), let second = Int(groups[6]),
              isValidDay(year: year, month: month, day: day), hour < 24, minute < 60, second <= 60
        else { return nil }
        var offsetSeconds = 0
        if !groups[9].isEmpty {
            guard let offsetHour = Int(groups[10]), let offsetMinute = Int(groups[11]), offsetHour < 24, offsetMinute < 60 else { return nil }
            offsetSeconds = (offsetHour * 3600 + offsetMinute * 60) * (groups[9] == "-" ? -1 : 1)
        }
        guard let calendar = utcCalendar else { return nil }
        // A leap second (:60) is read as the last whole second before it.
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: min(second, 59))
        guard let base = calendar.date(from: components) else { return nil }
        let fraction = groups[7].isEmpty ? 0 : (Double("0" + groups[7]) ?? 0)
        return base.addingTimeInterval(fraction - Double(offsetSeconds))
    }

    static func isFullDate(_ text: String) -> Bool {
        guard let groups = captures(text, regex: dateRegex),
              let year = Int(groups[1]), let month = Int(groups[2]), let day = Int(groups[3]) else { return false }
        return isValidDay(year: year, month: month, day: day)
    }

    static func isValidDay(year: Int, month: Int, day: Int) -> Bool {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...12).contains(month) else { return false }
        return (1...lengths[month - 1]).contains(day)
    }

    /// All capture groups (group 0 first); unmatched groups are empty strings.
    private static func captures(_ text: String, regex: NSRegularExpression?) -> [String]? {
        guard let regex,
              let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return (0..<match.numberOfRanges).map { index in
            Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
        }
    }
}
