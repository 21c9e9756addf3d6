import Foundation
import Testing
@testable import TanbaCore

@Suite struct CalendarDayTests {
    @Test func daysKnowTheirWeekdayAndCountAcrossMonthsAndLeapYears() throws {
        let day = try #require(CalendarDay(iso: "2026-03-21"))
        #expect(day.weekday == 6)   // Saturday
        #expect(try #require(CalendarDay(iso: "1970-01-01")).weekday == 4)
        #expect(try #require(CalendarDay(iso: "2028-02-28")).adding(days: 1).iso == "2028-02-29")
        #expect(try #require(CalendarDay(iso: "2027-02-28")).adding(days: 1).iso == "2027-03-01")
        #expect(try #require(CalendarDay(iso: "2026-12-31")).adding(days: 1).iso == "2027-01-01")
        #expect(CalendarDay(iso: "2026-02-30") == nil)
        #expect(CalendarDay(iso: "21.03.2026") == nil)
        #expect(day.dotted == "21.03.2026")
        #expect(CalendarDay(ordinal: day.ordinal) == day)
    }

    @Test func aMomentIsTheDayItIsInAlmaty() throws {
        // 20:30 UTC on 20 March is already 21 March in Almaty (UTC+5).
        let evening = try #require(ISO8601DateFormatter().date(from: "2026-03-20T20:30:00Z"))
        #expect(CalendarDay(evening).iso == "2026-03-21")
    }
}

@Suite struct WorkingCalendarTests {
    let calendar = KazakhstanHolidays.calendar

    func day(_ text: String) throws -> CalendarDay { try #require(CalendarDay(iso: text)) }

    @Test func nauryzOnAWeekendMovesToTheNextWorkingDaysAfterTheHolidayItself() throws {
        // 2026: 21 (Sat), 22 (Sun), 23 (Mon) are Nauryz; the weekend days move to 24 and 25 March.
        for off in ["2026-03-23", "2026-03-24", "2026-03-25"] { #expect(try !calendar.isWorkingDay(day(off)), "\(off)") }
        #expect(try calendar.isWorkingDay(day("2026-03-26")))
        #expect(try calendar.isWorkingDay(day("2026-03-20")))
        // 2025: 21 (Fri) holiday, 22-23 on the weekend → 24 and 25 off; 8 March (Sat) → 10 March.
        #expect(try calendar.weekdaysOff(in: 2025).map(\.iso).filter { $0.hasPrefix("2025-03") }
                == ["2025-03-10", "2025-03-21", "2025-03-24", "2025-03-25"])
    }

    @Test func theNewYearTransferMakesFridayADayOffAndSundayAWorkingDay() throws {
        #expect(try !calendar.isWorkingDay(day("2025-01-03")))
        #expect(try calendar.isWorkingDay(day("2025-01-05")))
        #expect(try !calendar.isWorkingDay(day("2025-01-07")))   // Christmas, Tuesday
        // 2027: 2 January is a Saturday, so Monday 4 January is off; Christmas (Thursday) does not move.
        #expect(try !calendar.isWorkingDay(day("2027-01-04")))
        #expect(try calendar.isWorkingDay(day("2027-01-05")))
        #expect(try !calendar.isWorkingDay(day("2027-01-07")))
        #expect(try calendar.isWorkingDay(day("2027-01-08")))
    }

    @Test func aReligiousHolidayOnAWeekendDoesNotMove() throws {
        // Kurban Ait 2027 is expected on Sunday 16 May: Monday 17 May stays a working day,
        // while Victory Day on Sunday 9 May gives Monday 10 May off.
        #expect(try calendar.isWorkingDay(day("2027-05-17")))
        #expect(try !calendar.isWorkingDay(day("2027-05-10")))
    }

    @Test func fiveWorkingDaysBeforeAPeriodSkipTheHolidaysBetween() throws {
        // A period starting Monday 30 March 2026: counting back over Nauryz (23-25 March) and the weekend
        // gives 27, 26, 20, 19, 18 → applications are due by Wednesday 18 March.
        #expect(try calendar.subtracting(workingDays: 5, from: day("2026-03-30")).iso == "2026-03-18")
        // Without holidays a Monday start is due the Monday before …
        #expect(try calendar.subtracting(workingDays: 5, from: day("2026-09-14")).iso == "2026-09-07")
        // … but Constitution Day on Sunday 30 August 2026 gives Monday 31 August off: due Friday 28 August.
        #expect(try calendar.subtracting(workingDays: 5, from: day("2026-09-07")).iso == "2026-08-28")
    }

    @Test func threeWorkingDaysForAConclusionStepOverTheHoliday() throws {
        // Referred on Friday 19 December 2025: 22, 23, 24 → due Wednesday 24 December.
        #expect(try calendar.adding(workingDays: 3, to: day("2025-12-19")).iso == "2025-12-24")
        // Referred Friday 20 March 2026: 23-25 off, so 26, 27, 30 → due Monday 30 March.
        #expect(try calendar.adding(workingDays: 3, to: day("2026-03-20")).iso == "2026-03-30")
        #expect(try calendar.workingDays(after: day("2026-03-20"), through: day("2026-03-30")) == 3)
    }

    @Test func aYearTheTableDoesNotCoverIsRefusedNotGuessed() throws {
        #expect(throws: WorkingCalendar.Problem.yearNotCovered(2028)) {
            try calendar.adding(workingDays: 3, to: day("2027-12-30"))
        }
    }

    @Test func theAdministratorAddsADecreeAndTheTableRefusesNonsense() throws {
        let name = LocalizedText(ru: "Перенос дня отдыха")
        let moved = try calendar.adding(CalendarEntry(day("2027-01-08"), .dayOff, name))
        #expect(try !moved.isWorkingDay(day("2027-01-08")))
        #expect(throws: CalendarEntry.Problem.transferOnWrongDay(try day("2027-01-09"), .dayOff)) {
            try calendar.adding(CalendarEntry(day("2027-01-09"), .dayOff, name))
        }
        #expect(throws: CalendarEntry.Problem.duplicate(try day("2026-03-21"))) {
            try calendar.adding(CalendarEntry(day("2026-03-21"), .holiday, name))
        }
        #expect(throws: CalendarEntry.Problem.nameMissing) {
            try calendar.adding(CalendarEntry(day("2027-06-01"), .dayOff, LocalizedText()))
        }
    }
}
