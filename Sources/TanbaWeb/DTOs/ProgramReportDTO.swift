import Foundation
import Vapor
import TanbaCore
import TanbaPersistence

/// `GET /api/v1/reports/programs?from=&to=`: each program's funnel over the period, for staff tokens.
struct ProgramReportDTO: Content {
    let from: String
    let to: String
    let programs: [Program]
    let total: Funnel
    /// Certificates verified per month of the period (counts only).
    let verifications: [MonthCount]

    /// One month (`yyyy-MM`) and how many verifications it had.
    struct MonthCount: Content {
        let month: String
        let lookups: Int
    }

    struct Program: Content {
        let code: String
        let title: String
        let department: String
        let programType: String
        let intakes: Int
        let funnel: Funnel
        let survey: Survey
    }

    /// Survey figures of the period; each absent below the small-cell minimum of answers.
    struct Survey: Content {
        let learnerAnswers: Int
        let employerAnswers: Int
        /// Mean satisfaction 1-5, one decimal, as a decimal string.
        let satisfaction: String?
        let declaredHours: Int
        /// The median of the hours learners say they spent, as a decimal string.
        let surveyedHours: String?
        /// Percent of employers who see high or moderate demand.
        let demandPercent: Int?

        init(_ line: ProgramReport.Line) {
            learnerAnswers = line.learnerSurvey.answers
            employerAnswers = line.employerSurvey.answers
            satisfaction = line.learnerSurvey.satisfaction.map { "\($0)" }
            declaredHours = line.declaredHours
            surveyedHours = line.learnerSurvey.medianHours.map { "\($0)" }
            demandPercent = line.employerSurvey.demandPercent
        }
    }

    /// The counts of `ProgramFunnel`, the certified share and the median days to the certificate.
    struct Funnel: Content {
        let applied: Int
        let accepted: Int
        let enrolled: Int
        let completed: Int
        let attested: Int
        let certified: Int
        let refused: Int
        let withdrawn: Int
        let revoked: Int
        let recognitionsGranted: Int
        let recognitionsPartial: Int
        let recognitionsRefused: Int
        /// Certified per enrolled, whole percent; absent with nobody enrolled.
        let certifiedPercent: Int?
        /// Median days from the enrollment order to the certificate, as a decimal string; absent with none certified.
        let medianDaysToCertificate: String?

        init(_ funnel: ProgramFunnel) {
            applied = funnel.applied
            accepted = funnel.accepted
            enrolled = funnel.enrolled
            completed = funnel.completed
            attested = funnel.attested
            certified = funnel.certified
            refused = funnel.refused
            withdrawn = funnel.withdrawn
            revoked = funnel.revoked
            recognitionsGranted = funnel.recognitionsGranted
            recognitionsPartial = funnel.recognitionsPartial
            recognitionsRefused = funnel.recognitionsRefused
            certifiedPercent = funnel.certifiedPercent
            medianDaysToCertificate = funnel.medianDaysToCertificate.map { "\($0)" }
        }
    }

    init(_ report: ProgramReport, lookups: [(month: String, lookups: Int)]) {
        verifications = lookups.map { MonthCount(month: $0.month, lookups: $0.lookups) }
        from = report.period.from.iso
        to = report.period.to.iso
        programs = report.lines.map {
            Program(code: $0.code, title: $0.title, department: $0.department, programType: $0.programType, intakes: $0.intakes,
                    funnel: Funnel($0.funnel), survey: Survey($0))
        }
        total = Funnel(report.total)
    }
}
