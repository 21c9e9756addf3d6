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

    struct Program: Content {
        let code: String
        let title: String
        let department: String
        let programType: String
        let intakes: Int
        let funnel: Funnel
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

    init(_ report: ProgramReport) {
        from = report.period.from.iso
        to = report.period.to.iso
        programs = report.lines.map {
            Program(code: $0.code, title: $0.title, department: $0.department, programType: $0.programType, intakes: $0.intakes,
                    funnel: Funnel($0.funnel))
        }
        total = Funnel(report.total)
    }
}
