import Fluent
import Foundation
import TanbaCore

/// A holiday or a transferred day of the installation's working calendar.
public final class CalendarEntryModel: Model, @unchecked Sendable {
    public static let schema = "calendar_entries"

    @ID(key: .id) public var id: UUID?
    @Field(key: "added_at") public var addedAt: Date
    /// `yyyy-MM-dd`.
    @Field(key: "day") public var day: String
    @Field(key: "kind") public var kind: String
    @Field(key: "name_ru") public var nameRussian: String
    @Field(key: "name_kk") public var nameKazakh: String
    @Field(key: "name_en") public var nameEnglish: String

    public init() {}

    public init(_ entry: CalendarEntry, at date: Date) {
        day = entry.day.iso
        kind = entry.kind.rawValue
        nameRussian = entry.name.ru
        nameKazakh = entry.name.kk
        nameEnglish = entry.name.en
        addedAt = date
    }

    /// The entry; a stored day or kind that does not read fails loudly.
    public var entry: CalendarEntry {
        get throws {
            guard let parsed = CalendarDay(iso: day) else { throw UnknownStoredValue(column: "calendar_entries.day", value: day) }
            return CalendarEntry(parsed, try UnknownStoredValue.decode(kind, column: "calendar_entries.kind"),
                                 LocalizedText(ru: nameRussian, kk: nameKazakh, en: nameEnglish))
        }
    }
}

/// A year whose holidays and transfers the calendar holds completely.
public final class CalendarYearModel: Model, @unchecked Sendable {
    public static let schema = "calendar_years"

    @ID(key: .id) public var id: UUID?
    @Field(key: "year") public var year: Int
    @Field(key: "added_at") public var addedAt: Date

    public init() {}

    public init(year: Int, at date: Date) {
        self.year = year
        addedAt = date
    }
}
