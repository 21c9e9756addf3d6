import Foundation
import Testing
@testable import TanbaCore

@Suite struct IntakeScheduleTests {
    @Test func withoutADeadlineApplicationsCloseTheDayBeforeStudy() throws {
        let schedule = try IntakeSchedule(startsOn: "2027-03-01", endsOn: "2027-05-28", applicationsCloseOn: nil)
        // 2027 is not a leap year: the day before 1 March is 28 February.
        #expect(schedule.applicationsCloseOn == "2027-02-28")
        #expect(try IntakeSchedule(startsOn: "2028-03-01", endsOn: "2028-05-28", applicationsCloseOn: " ").applicationsCloseOn
                == "2028-02-29")
    }

    @Test func phasesFollowTheCalendar() throws {
        let schedule = try IntakeSchedule(startsOn: "2027-02-01", endsOn: "2027-04-30", applicationsCloseOn: "2027-01-20")
        #expect(schedule.phase(on: "2026-12-02") == .acceptingApplications)
        #expect(schedule.phase(on: "2027-01-20") == .acceptingApplications)
        #expect(schedule.phase(on: "2027-01-21") == .applicationsClosed)
        #expect(schedule.phase(on: "2027-02-01") == .studying)
        #expect(schedule.phase(on: "2027-04-30") == .studying)
        #expect(schedule.phase(on: "2027-05-01") == .ended)
    }

    @Test func anApplicationAfterTheDeadlineIsRefusedWithTheLastDay() throws {
        let schedule = try IntakeSchedule(startsOn: "2027-02-01", endsOn: "2027-04-30", applicationsCloseOn: "2027-01-20")
        try schedule.checkAcceptsApplications(on: "2027-01-20")
        #expect(throws: IntakeSchedule.Refusal.applicationsClosed(lastDay: "2027-01-20")) {
            try schedule.checkAcceptsApplications(on: "2027-01-21")
        }
        #expect(throws: IntakeSchedule.Refusal.applicationsClosed(lastDay: "2027-01-20")) {
            try schedule.checkAcceptsApplications(on: "2027-03-10")
        }
    }

    @Test func refusesDeadlinesOnOrAfterTheFirstDayAndImpossibleDays() {
        #expect(throws: IntakeSchedule.Refusal.deadlineNotBeforeStart(startsOn: "2027-02-01")) {
            try IntakeSchedule(startsOn: "2027-02-01", endsOn: "2027-04-30", applicationsCloseOn: "2027-02-01")
        }
        #expect(throws: IntakeSchedule.Refusal.invalidDay(field: .applicationsCloseOn)) {
            try IntakeSchedule(startsOn: "2027-02-01", endsOn: "2027-04-30", applicationsCloseOn: "2027-01-32")
        }
        #expect(throws: IntakeSchedule.Refusal.invalidDay(field: .startsOn)) {
            try IntakeSchedule(startsOn: "01.02.2027", endsOn: "2027-04-30", applicationsCloseOn: nil)
        }
        #expect(throws: IntakeSchedule.Refusal.endsBeforeStart) {
            try IntakeSchedule(startsOn: "2027-02-01", endsOn: "2027-01-30", applicationsCloseOn: nil)
        }
    }

    @Test func aStoredIntakeWithoutADeadlineClosesTheDayBeforeItStarts() {
        let schedule = IntakeSchedule(stored: "2026-09-01", endsOn: "2026-11-27", applicationsCloseOn: nil)
        #expect(schedule.applicationsCloseOn == "2026-08-31")
        #expect(schedule.phase(on: "2026-09-01") == .studying)
    }
}
