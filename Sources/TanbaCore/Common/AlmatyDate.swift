import Foundation

/// Dates on the Asia/Almaty calendar, as Tanba stores them (`2026-12-08`) and as Kazakh forms
/// print them (`08.12.2026`). The one place dates become text, so a certificate, its journal row
/// and its verification page never disagree about the day.
public enum AlmatyDate {
    /// `yyyy-MM-dd`: the day `date` falls on in Almaty.
    public static func iso(_ date: Date) -> String {
        let day = parts(of: date)
        return pad(day.year, 4) + "-" + pad(day.month, 2) + "-" + pad(day.day, 2)
    }

    /// `dd.MM.yyyy`.
    public static func dotted(_ date: Date) -> String {
        let day = parts(of: date)
        return pad(day.day, 2) + "." + pad(day.month, 2) + "." + pad(day.year, 4)
    }

    /// `dd.MM.yyyy HH:mm`.
    public static func dottedWithTime(_ date: Date) -> String {
        let day = parts(of: date)
        return dotted(date) + " " + pad(day.hour, 2) + ":" + pad(day.minute, 2)
    }

    /// `2026-12-08` → `08.12.2026`; text that is not a `yyyy-MM-dd` day is returned unchanged.
    public static func dotted(iso text: String) -> String {
        let fields = text.split(separator: "-", omittingEmptySubsequences: false)
        guard fields.count == 3, fields[0].count == 4, fields[1].count == 2, fields[2].count == 2,
              fields.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return text }
        return "\(fields[2]).\(fields[1]).\(fields[0])"
    }

    /// The start (00:00 in Almaty) of the `yyyy-MM-dd` day, or nil if the text is not a real day.
    public static func day(iso text: String) -> Date? {
        let fields = text.split(separator: "-", omittingEmptySubsequences: false)
        guard fields.count == 3, fields[0].count == 4, fields[1].count == 2, fields[2].count == 2,
              let year = Int(fields[0]), let month = Int(fields[1]), let day = Int(fields[2]),
              let date = Monitoring.calendar.date(from: DateComponents(year: year, month: month, day: day)),
              iso(date) == text else { return nil }
        return date
    }

    private static func parts(of date: Date) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int) {
        let components = Monitoring.calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return (components.year ?? 0, components.month ?? 0, components.day ?? 0, components.hour ?? 0, components.minute ?? 0)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
