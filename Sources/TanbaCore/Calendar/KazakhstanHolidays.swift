import Foundation

/// The holiday table Tanba ships: Kazakhstan's public holidays (Law «О праздниках в Республике
/// Казахстан», Labour Code art. 84-85) and the government's transfers of days off, for the years
/// listed in `years`. An installation starts from it; the administrator adds the next year's
/// decree and the date of Kurban Ait as they are published.
public enum KazakhstanHolidays {
    /// The years this table covers completely.
    public static let years: Set<Int> = [2025, 2026, 2027]

    /// The holidays fixed by law, the same every year.
    static let fixed: [(month: Int, day: Int, kind: CalendarEntry.Kind, name: LocalizedText)] = [
        (1, 1, .holiday, LocalizedText(ru: "Новый год", kk: "Жаңа жыл", en: "New Year")),
        (1, 2, .holiday, LocalizedText(ru: "Новый год", kk: "Жаңа жыл", en: "New Year")),
        (1, 7, .religiousHoliday, LocalizedText(ru: "Православное Рождество", kk: "Православиелік Рождество", en: "Orthodox Christmas")),
        (3, 8, .holiday, LocalizedText(ru: "Международный женский день", kk: "Халықаралық әйелдер күні", en: "International Women's Day")),
        (3, 21, .holiday, LocalizedText(ru: "Наурыз мейрамы", kk: "Наурыз мейрамы", en: "Nauryz")),
        (3, 22, .holiday, LocalizedText(ru: "Наурыз мейрамы", kk: "Наурыз мейрамы", en: "Nauryz")),
        (3, 23, .holiday, LocalizedText(ru: "Наурыз мейрамы", kk: "Наурыз мейрамы", en: "Nauryz")),
        (5, 1, .holiday, LocalizedText(ru: "Праздник единства народа Казахстана", kk: "Қазақстан халқының бірлігі мерекесі", en: "Day of Unity of the People of Kazakhstan")),
        (5, 7, .holiday, LocalizedText(ru: "День защитника Отечества", kk: "Отан қорғаушы күні", en: "Defender of the Fatherland Day")),
        (5, 9, .holiday, LocalizedText(ru: "День Победы", kk: "Жеңіс күні", en: "Victory Day")),
        (7, 6, .holiday, LocalizedText(ru: "День Столицы", kk: "Астана күні", en: "Capital Day")),
        (8, 30, .holiday, LocalizedText(ru: "День Конституции", kk: "Конституция күні", en: "Constitution Day")),
        (10, 25, .holiday, LocalizedText(ru: "День Республики", kk: "Республика күні", en: "Republic Day")),
        (12, 16, .holiday, LocalizedText(ru: "День Независимости", kk: "Тәуелсіздік күні", en: "Independence Day")),
    ]

    static let kurbanAitName = LocalizedText(ru: "Курбан айт (первый день)", kk: "Құрбан айт (бірінші күні)", en: "Kurban Ait (first day)")
    static let transferName = LocalizedText(ru: "Перенос дня отдыха", kk: "Демалыс күнін ауыстыру", en: "Transferred day off")

    /// The first day of Kurban Ait, set each year by the Spiritual Administration of Muslims of
    /// Kazakhstan; 2027's is the expected date, to be confirmed by the administrator when announced.
    static let kurbanAit: [Int: (month: Int, day: Int)] = [2025: (6, 6), 2026: (5, 27), 2027: (5, 16)]

    /// The government's transfers: 2025 moved the day off from Sunday 5 January to Friday 3 January.
    static let transfers: [(year: Int, month: Int, day: Int, kind: CalendarEntry.Kind)] = [
        (2025, 1, 3, .dayOff), (2025, 1, 5, .workingDay),
    ]

    /// The holidays the law fixes for `year`; Kurban Ait and the decree's transfers are not among them.
    public static func fixedEntries(for year: Int) -> [CalendarEntry] {
        fixed.compactMap { holiday in
            CalendarDay(year: year, month: holiday.month, day: holiday.day).map { CalendarEntry($0, holiday.kind, holiday.name) }
        }
    }

    /// Every entry of the table.
    public static var entries: [CalendarEntry] {
        var result: [CalendarEntry] = []
        for year in years.sorted() {
            result += fixedEntries(for: year)
            if let date = kurbanAit[year], let day = CalendarDay(year: year, month: date.month, day: date.day) {
                result.append(CalendarEntry(day, .religiousHoliday, kurbanAitName))
            }
        }
        for transfer in transfers {
            if let day = CalendarDay(year: transfer.year, month: transfer.month, day: transfer.day) {
                result.append(CalendarEntry(day, transfer.kind, transferName))
            }
        }
        return result
    }

    /// The shipped table as a calendar.
    public static var calendar: WorkingCalendar { WorkingCalendar(entries: entries, years: years) }
}
