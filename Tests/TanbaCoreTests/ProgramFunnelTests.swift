import Foundation
import Testing
@testable import TanbaCore

@Suite struct ProgramFunnelTests {
    @Test func the001FiguresReadAsTrainedAndCertifiedWithTheirShare() {
        var ml = ProgramFunnel()
        ml.enrolled = 135
        ml.certified = 4
        var statistics = ProgramFunnel()
        statistics.enrolled = 135
        statistics.certified = 9
        // 4 / 135 = 2.96 % and 9 / 135 = 6.67 %, rounded half up to whole percent
        #expect(ml.certifiedPercent == 3)
        #expect(statistics.certifiedPercent == 7)
        #expect(ProgramFunnel().certifiedPercent == nil, "nobody enrolled: no share")
        let both = ml + statistics
        #expect(both.enrolled == 270 && both.certified == 13 && both.certifiedPercent == 5)
    }

    @Test func theMedianIsExactForOddAndEvenCounts() {
        var funnel = ProgramFunnel()
        #expect(funnel.medianDaysToCertificate == nil)
        funnel.daysToCertificate = [40, 10, 30]
        #expect(funnel.medianDaysToCertificate == 30)
        funnel.daysToCertificate = [40, 10, 30, 11]
        #expect(funnel.medianDaysToCertificate == Decimal(string: "20.5"))
    }

    @Test func anAcademicYearRunsFromTheFirstOfSeptember() throws {
        let august = try #require(CalendarDay(year: 2027, month: 8, day: 31))
        let september = try #require(CalendarDay(year: 2027, month: 9, day: 1))
        #expect(ReportPeriod.academicYear(containing: august).from.iso == "2026-09-01")
        #expect(ReportPeriod.academicYear(containing: august).to.iso == "2027-08-31")
        #expect(ReportPeriod.academicYear(containing: september).from.iso == "2027-09-01")
        #expect(ReportPeriod.academicYear(containing: try #require(CalendarDay(year: 2028, month: 2, day: 29))).to.iso == "2028-08-31")
        #expect(ReportPeriod(from: september, to: august) == nil)
    }

    @Test func monitoringIsAnnouncedSixtyDaysAheadAndOverdueTheDayAfter() throws {
        let valid = try #require(CalendarDay(year: 2027, month: 3, day: 1))
        #expect(MonitoringSchedule.standing(validUntil: valid, today: valid.adding(days: -61)) == .current)
        #expect(MonitoringSchedule.standing(validUntil: valid, today: valid.adding(days: -60)) == .due(days: 60))
        #expect(MonitoringSchedule.standing(validUntil: valid, today: valid) == .due(days: 0))
        #expect(MonitoringSchedule.standing(validUntil: valid, today: valid.adding(days: 1)) == .overdue(days: 1))
    }

    @Test func keepingOrUpdatingRenewsOnePeriodFromTheLaterOfValidityAndMeetingAndWithdrawingEndsIt() throws {
        let valid = try #require(CalendarDay(iso: "2026-09-06"))
        let early = try #require(CalendarDay(iso: "2026-08-28"))
        let late = try #require(CalendarDay(iso: "2026-10-15"))
        #expect(MonitoringDecision.keep.validUntil(current: valid, meeting: early, months: 12)?.iso == "2027-09-06")
        #expect(MonitoringDecision.update.validUntil(current: valid, meeting: late, months: 12)?.iso == "2027-10-15")
        #expect(MonitoringDecision.keep.validUntil(current: nil, meeting: early, months: 24)?.iso == "2028-08-28")
        #expect(MonitoringDecision.withdraw.validUntil(current: valid, meeting: early, months: 12) == nil)
    }

    @Test func anActionPlanIsReadALineEachWithOwnerAndARealDate() {
        let (actions, bad) = MonitoringAction.parse("Обновить кейсы; Нурланова А.; 31.12.2026\nБез срока; Касымов\nДата; Кто-то; 31.02.2027\n; Никто; 01.01.2027")
        #expect(bad == [2, 3, 4])
        #expect(actions.map(\.line) == ["Обновить кейсы; Нурланова А.; 31.12.2026"])
        #expect(MonitoringAction.parse(actions[0].line).actions == actions)
    }
}
