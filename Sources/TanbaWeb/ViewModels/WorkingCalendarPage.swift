import Foundation
import Vapor
import TanbaCore
import TanbaPersistence

/// The administrator's calendar page for one year: its entries, the weekdays off they make
/// (holidays moved from a weekend included), the covered years, and the forms.
struct WorkingCalendarPage: Encodable {
    let year: Int
    let covered: Bool
    let years: [YearLink]
    let entries: [EntryView]
    /// Weekdays off that no entry names: the days a weekend holiday moved to.
    let movedDays: String
    let notCovered: String
    let yearsLabel: String
    let addYear: String
    let kinds: [SelectOption]
    let posted: Posted
    let error: String?
    let previousYear: Int
    let nextYear: Int

    struct YearLink: Encodable {
        let year: Int
        let href: String
        let current: Bool
    }

    struct EntryView: Encodable {
        let day: String
        let iso: String
        let weekday: String
        let kind: String
        let name: String
    }

    /// What the administrator typed, kept when the change is refused.
    struct Posted: Encodable {
        var day = ""
        var nameRu = ""
        var nameKk = ""
        var nameEn = ""
    }

    init(_ calendar: WorkingCalendar, year: Int, posted: WorkingCalendarController.ChangeForm?, error: String?, request: Request) {
        self.year = year
        covered = calendar.years.contains(year)
        years = calendar.years.sorted().map {
            YearLink(year: $0, href: SiteRoute.adminCalendar.path + "?year=\($0)", current: $0 == year)
        }
        let weekday = { (day: CalendarDay) in request.t("calendar.weekday.\(day.weekday)") }
        let own = calendar.entries.filter { $0.day.year == year }
        entries = own.map { entry in
            EntryView(day: entry.day.dotted, iso: entry.day.iso, weekday: weekday(entry.day),
                      kind: request.t("calendar.kind.\(entry.kind.rawValue)"), name: entry.name.text(in: request.language))
        }
        let named = Set(own.map(\.day))
        let moved = calendar.weekdaysOff(in: year).filter { !named.contains($0) }.map { "\($0.dotted) (\(weekday($0)))" }
            .joined(separator: ", ")
        movedDays = moved.isEmpty ? "" : request.t("calendar.moved") + ": " + moved
        yearsLabel = request.t("calendar.years") + ":"
        notCovered = request.t("calendar.not_covered", ["year": "\(year)"])
        addYear = request.t("calendar.add_year", ["year": "\(year)"])
        kinds = CalendarEntry.Kind.allCases.map {
            SelectOption(value: $0.rawValue, label: request.t("calendar.kind.\($0.rawValue)"), selected: posted?.kind == $0.rawValue)
        }
        self.posted = posted.map { Posted(day: $0.day, nameRu: $0.nameRu, nameKk: $0.nameKk, nameEn: $0.nameEn) } ?? Posted()
        self.error = error
        previousYear = year - 1
        nextYear = year + 1
    }
}

extension Request {
    func message(for error: CalendarFormError) -> String {
        switch error {
        case .dayInvalid: t("calendar.error.day")
        case .kindUnknown: t("validation.value_unknown", ["field": t("calendar.field.kind"), "value": ""])
        }
    }

    func message(for problem: CalendarEntry.Problem) -> String {
        switch problem {
        case .nameMissing: t("calendar.error.name")
        case .duplicate(let day): t("calendar.error.duplicate", ["day": day.dotted])
        case .transferOnWrongDay(let day, let kind):
            t(kind == .workingDay ? "calendar.error.working_day_on_weekday" : "calendar.error.day_off_on_weekend", ["day": day.dotted])
        }
    }

    func message(for error: CalendarStoreError) -> String {
        switch error {
        case .forbidden: t("error.forbidden")
        case .notFound: t("error.http.404")
        case .yearOutOfRange: t("calendar.error.year")
        case .yearAlreadyCovered(let year): t("calendar.error.year_covered", ["year": "\(year)"])
        }
    }
}
