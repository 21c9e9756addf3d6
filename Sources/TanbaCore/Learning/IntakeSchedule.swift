import Foundation

/// An intake's calendar («сроки набора и обучения»): the last day applications are taken, then
/// the days of study. Every day is `yyyy-MM-dd` on the Almaty calendar.
public struct IntakeSchedule: Sendable, Equatable {
    /// The last day an application is accepted; on or before the day before study starts.
    public let applicationsCloseOn: String
    public let period: StudyPeriod

    /// Where an intake stands on a given day, as applicants and staff see it.
    public enum Phase: String, Sendable, CaseIterable {
        /// «идёт приём заявок»
        case acceptingApplications = "accepting"
        /// «приём заявок завершён»: the deadline passed, study has not begun.
        case applicationsClosed = "applications_closed"
        /// «идёт обучение»
        case studying
        /// «завершён»
        case ended
    }

    /// Why a schedule or an application was refused.
    public enum Refusal: Error, Equatable, Sendable {
        case invalidDay(field: Field)
        case endsBeforeStart
        /// Applications must close before the first day of study: the registrar needs that day
        /// to review them and sign the enrollment order (004 §6.2).
        case deadlineNotBeforeStart(startsOn: String)
        /// Applications to this intake closed after `lastDay`.
        case applicationsClosed(lastDay: String)
    }

    /// The day a refusal is about.
    public enum Field: String, Sendable {
        case startsOn, endsOn, applicationsCloseOn
    }

    /// A checked schedule. Without a deadline, applications close the day before study starts.
    public init(startsOn: String, endsOn: String, applicationsCloseOn: String?) throws(Refusal) {
        guard let start = AlmatyDate.day(iso: startsOn) else { throw .invalidDay(field: .startsOn) }
        guard AlmatyDate.day(iso: endsOn) != nil else { throw .invalidDay(field: .endsOn) }
        // ISO days compare as text in calendar order.
        guard endsOn >= startsOn else { throw .endsBeforeStart }
        let dayBefore = Self.dayBefore(start)
        let deadline: String
        if let given = applicationsCloseOn?.trimmingCharacters(in: .whitespaces), !given.isEmpty {
            guard AlmatyDate.day(iso: given) != nil else { throw .invalidDay(field: .applicationsCloseOn) }
            guard given <= dayBefore else { throw .deadlineNotBeforeStart(startsOn: startsOn) }
            deadline = given
        } else {
            deadline = dayBefore
        }
        self.applicationsCloseOn = deadline
        self.period = StudyPeriod(startsOn: startsOn, endsOn: endsOn)
    }

    /// A schedule as stored: an intake recorded before deadlines existed closes the day before it starts.
    public init(stored startsOn: String, endsOn: String, applicationsCloseOn: String?) {
        let deadline = applicationsCloseOn ?? AlmatyDate.day(iso: startsOn).map(Self.dayBefore) ?? startsOn
        self.applicationsCloseOn = deadline
        self.period = StudyPeriod(startsOn: startsOn, endsOn: endsOn)
    }

    /// The phase on `day` (`yyyy-MM-dd`).
    public func phase(on day: String) -> Phase {
        if day > period.endsOn { return .ended }
        if day >= period.startsOn { return .studying }
        if day > applicationsCloseOn { return .applicationsClosed }
        return .acceptingApplications
    }

    /// An application submitted on `day` is accepted only up to the deadline.
    public func checkAcceptsApplications(on day: String) throws(Refusal) {
        guard phase(on: day) == .acceptingApplications else { throw .applicationsClosed(lastDay: applicationsCloseOn) }
    }

    private static func dayBefore(_ start: Date) -> String {
        let previous = Monitoring.calendar.date(byAdding: .day, value: -1, to: start) ?? start
        return AlmatyDate.iso(previous)
    }
}
