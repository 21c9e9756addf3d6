import Foundation

/// How one program's learners went through a period (SPEC §10): from applying to the certificate.
/// 001 reports it as "135 trained, 4 certified"; ESG 1.7 asks for progression and success rates.
/// Every figure counts rows (applications, decisions, certificates), so a report can be checked
/// against the journal and the gradebook.
public struct ProgramFunnel: Hashable, Sendable, Codable {
    /// Every application to the program's intakes.
    public var applied = 0
    /// Applications the registrar accepted (those later enrolled included).
    public var accepted = 0
    /// Learners listed in a signed enrollment order: «обучено» (trained) in 001's figures.
    public var enrolled = 0
    /// Enrolled learners who passed every discipline: admitted to the final attestation.
    public var completed = 0
    /// Learners the qualification commission decided to award.
    public var attested = 0
    /// Learners with a certificate issued.
    public var certified = 0
    public var refused = 0
    public var withdrawn = 0
    /// Certificates annulled.
    public var revoked = 0
    /// Recognition decisions on the program's disciplines, by outcome.
    public var recognitionsGranted = 0
    public var recognitionsPartial = 0
    public var recognitionsRefused = 0
    /// Days from the enrollment order to the certificate, one per certified learner.
    public var daysToCertificate: [Int] = []

    public init() {}

    /// The stages a chart draws, in order, with their counts.
    public var stages: [(stage: Stage, count: Int)] {
        [(.applied, applied), (.accepted, accepted), (.enrolled, enrolled), (.completed, completed), (.attested, attested),
         (.certified, certified)]
    }

    /// A stage of the path, named by its localisation key.
    public enum Stage: String, CaseIterable, Sendable, Codable {
        case applied, accepted, enrolled, completed, attested, certified
    }

    /// The median of `daysToCertificate`, exact: the middle value, or the mean of the two middle
    /// ones (a half day) for an even count; nil with none certified.
    public var medianDaysToCertificate: Decimal? {
        let sorted = daysToCertificate.sorted()
        guard !sorted.isEmpty else { return nil }
        let middle = sorted.count / 2
        if sorted.count % 2 == 1 { return Decimal(sorted[middle]) }
        return (Decimal(sorted[middle - 1]) + Decimal(sorted[middle])) / 2
    }

    /// Certified per enrolled, in whole percent rounded half up; nil with nobody enrolled.
    public var certifiedPercent: Int? {
        guard enrolled > 0 else { return nil }
        return (certified * 200 + enrolled) / (enrolled * 2)
    }

    /// Two funnels added stage by stage: a department's or the whole institution's.
    public static func + (left: ProgramFunnel, right: ProgramFunnel) -> ProgramFunnel {
        var sum = ProgramFunnel()
        sum.applied = left.applied + right.applied
        sum.accepted = left.accepted + right.accepted
        sum.enrolled = left.enrolled + right.enrolled
        sum.completed = left.completed + right.completed
        sum.attested = left.attested + right.attested
        sum.certified = left.certified + right.certified
        sum.refused = left.refused + right.refused
        sum.withdrawn = left.withdrawn + right.withdrawn
        sum.revoked = left.revoked + right.revoked
        sum.recognitionsGranted = left.recognitionsGranted + right.recognitionsGranted
        sum.recognitionsPartial = left.recognitionsPartial + right.recognitionsPartial
        sum.recognitionsRefused = left.recognitionsRefused + right.recognitionsRefused
        sum.daysToCertificate = left.daysToCertificate + right.daysToCertificate
        return sum
    }
}

/// A reporting period on the Almaty calendar: an academic year (1 September to 31 August) or any
/// two days; an intake belongs to it when its study starts within it.
public struct ReportPeriod: Hashable, Sendable {
    public let from: CalendarDay
    public let to: CalendarDay

    /// nil when `to` comes before `from`.
    public init?(from: CalendarDay, to: CalendarDay) {
        guard from <= to else { return nil }
        self.from = from
        self.to = to
    }

    private init(checked from: CalendarDay, _ to: CalendarDay) {
        self.from = from
        self.to = to
    }

    /// The academic year `day` falls in: from 1 September to the day before the next 1 September.
    public static func academicYear(containing day: CalendarDay) -> ReportPeriod {
        let startYear = day.month >= 9 ? day.year : day.year - 1
        let first = CalendarDay(ordinal: CalendarDay.ordinal(year: startYear, month: 9, day: 1))
        let next = CalendarDay(ordinal: CalendarDay.ordinal(year: startYear + 1, month: 9, day: 1))
        return ReportPeriod(checked: first, next.adding(days: -1))
    }

    public func contains(_ day: CalendarDay) -> Bool { from <= day && day <= to }
}

/// Grades of one discipline over a period: how many learners got each letter, and how many passed
/// (ESG 1.9: success rates per course unit). Recognised disciplines are counted apart: their letter
/// was converted, not earned here.
public struct DisciplineGrades: Hashable, Sendable {
    public let name: String
    /// Learners per letter, in the scale's order.
    public var letters: [String: Int] = [:]
    public var graded = 0
    public var passed = 0
    public var recognised = 0

    public init(name: String) {
        self.name = name
    }

    /// Counts one learner's standing in the discipline.
    public mutating func count(_ standing: DisciplineStanding, failLetter: String) {
        switch standing {
        case .graded(_, let band):
            graded += 1
            letters[band.letter, default: 0] += 1
            if band.earnsCredits { passed += 1 }
        case .notAdmitted:
            graded += 1
            letters[failLetter, default: 0] += 1
        case .recognised:
            recognised += 1
        case .inProgress:
            break
        }
    }

    /// Passed per graded, in whole percent rounded half up; nil with nobody graded.
    public var passPercent: Int? {
        guard graded > 0 else { return nil }
        return (passed * 200 + graded) / (graded * 2)
    }
}

