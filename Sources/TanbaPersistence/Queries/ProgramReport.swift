import Fluent
import Foundation
import TanbaCore

/// The funnel of every registered program over a period, with its department and type, read in
/// a fixed number of queries plus one gradebook per intake of the period (SPEC §10).
public struct ProgramReport: Sendable {
    /// One program's line of the report.
    public struct Line: Sendable {
        public let code: String
        public let title: String
        public let department: String
        public let programType: String
        public let intakes: Int
        public let funnel: ProgramFunnel
        /// Each discipline's letters and pass rate over the intakes of the period.
        public let grades: [DisciplineGrades]
        /// The workload the program declares, in hours, against what learners say they spent.
        public let declaredHours: Int
        /// Survey answers given within the period.
        public let learnerSurvey: LearnerSurveyTally
        public let employerSurvey: EmployerSurveyTally
    }

    public let period: ReportPeriod
    /// The letters of the scale in use, best first: the columns of a grade distribution.
    public let letters: [String]
    public let lines: [Line]

    /// The lines of one department and one type of program (either nil: all of them).
    public func filtered(department: String?, programType: String?) -> ProgramReport {
        ProgramReport(period: period, letters: letters, lines: lines.filter { line in
            (department.map { $0 == line.department } ?? true) && (programType.map { $0 == line.programType } ?? true)
        })
    }

    /// Every program's figures added up.
    public var total: ProgramFunnel { lines.map(\.funnel).reduce(ProgramFunnel(), +) }

    public static func load(_ period: ReportPeriod, on database: any Database, clock: Clock) async throws -> ProgramReport {
        let programs = try await ProgramModel.query(on: database).filter(\.$code != nil).sort(\.$code).all()
        let editionIDs = programs.compactMap(\.publicEditionID)
        let editions = editionIDs.isEmpty ? [:] : try await ProgramEditionModel.query(on: database).filter(\.$id ~~ editionIDs).all().byID()
        // A withdrawn program has no public edition: it is reported under its latest one.
        let withdrawnIDs = programs.filter { $0.publicEditionID == nil }.compactMap(\.id)
        var latest: [UUID: ProgramEditionModel] = [:]
        if !withdrawnIDs.isEmpty {
            for edition in try await ProgramEditionModel.query(on: database).filter(\.$program.$id ~~ withdrawnIDs).all()
            where (latest[edition.$program.id]?.number ?? 0) < edition.number {
                latest[edition.$program.id] = edition
            }
        }
        let intakes = try await IntakeModel.query(on: database)
            .filter(\.$startsOn >= period.from.iso).filter(\.$startsOn <= period.to.iso).all()
        let intakeIDs = try intakes.map { try $0.requireID() }
        let applications = intakeIDs.isEmpty ? [] : try await ApplicationModel.query(on: database).filter(\.$intakeID ~~ intakeIDs).all()
        let orders = intakeIDs.isEmpty ? [:] : try await EnrollmentOrderModel.query(on: database).filter(\.$intakeID ~~ intakeIDs).all().byID()
        let sessions = intakeIDs.isEmpty ? [] : try await AttestationSessionModel.query(on: database).filter(\.$intakeID ~~ intakeIDs).all()
        let sessionIntake = Dictionary(try sessions.map { (try $0.requireID(), $0.intakeID) }, uniquingKeysWith: { first, _ in first })
        let decisions = sessionIntake.isEmpty ? []
            : try await AttestationDecisionModel.query(on: database).filter(\.$sessionID ~~ Array(sessionIntake.keys)).all()
        let certificates = intakeIDs.isEmpty ? [] : try await CertificateModel.query(on: database).filter(\.$intakeID ~~ intakeIDs).all()
        let recognitions = try await RecognitionCaseModel.query(on: database)
            .filter(\.$filedOn >= period.from.iso).filter(\.$filedOn <= period.to.iso).all()
        let recognitionDecisions = recognitions.isEmpty ? [:] : Dictionary(
            try await RecognitionDecisionModel.query(on: database).filter(\.$caseID ~~ (try recognitions.map { try $0.requireID() })).all()
                .map { ($0.caseID, $0) }, uniquingKeysWith: { first, _ in first })
        let gradebook = GradebookStore(database: database, clock: clock)
        let scale = try await SettingsStore.policy(on: database).gradeScale
        let failLetter = scale.bands.last?.letter ?? "F"
        let surveys = try await Surveys.results(period, on: database)

        var lines: [Line] = []
        for program in programs {
            guard let code = program.code, let programID = program.id else { continue }
            let content = try (program.publicEditionID.flatMap { editions[$0] } ?? latest[programID])?.decodedContent()
            let own = intakes.filter { $0.programID == programID }
            let ownIDs = Set(own.compactMap(\.id))
            var funnel = ProgramFunnel()
            let applied = applications.filter { ownIDs.contains($0.intakeID) }
            funnel.applied = applied.count
            funnel.accepted = applied.filter { $0.status == ApplicationStatus.accepted.rawValue || $0.status == ApplicationStatus.enrolled.rawValue }.count
            let enrolled = applied.filter { $0.status == ApplicationStatus.enrolled.rawValue }
            funnel.enrolled = enrolled.count
            funnel.refused = applied.filter { $0.status == ApplicationStatus.rejected.rawValue }.count
            funnel.withdrawn = applied.filter { $0.status == ApplicationStatus.withdrawn.rawValue }.count
            var grades = (content?.disciplines ?? []).map { DisciplineGrades(name: $0.name) }
            for intake in own where !enrolled.filter({ $0.intakeID == intake.id }).isEmpty {
                let sheet = try await gradebook.sheet(for: try intake.requireID())
                funnel.completed += sheet.rows.filter(\.isReady).count
                // An intake taught an earlier edition may have other disciplines: it counts where the numbers agree.
                for row in sheet.rows {
                    for cell in row.cells where cell.discipline <= grades.count {
                        grades[cell.discipline - 1].count(cell.standing, failLetter: failLetter)
                    }
                }
            }
            funnel.attested = Set(decisions.filter { decision in sessionIntake[decision.sessionID].map(ownIDs.contains) == true && decision.awards }
                .map(\.learnerID)).count
            let issued = certificates.filter { ownIDs.contains($0.intakeID) }
            funnel.certified = Set(issued.map(\.learnerID)).count
            funnel.revoked = issued.filter { $0.status == CertificateStatus.revoked.rawValue }.count
            // Days from the order that enrolled the learner to their first certificate.
            for learner in Set(issued.map(\.learnerID)) {
                guard let first = issued.filter({ $0.learnerID == learner }).map(\.issuedAt).min(),
                      let orderDay = enrolled.first(where: { $0.learnerID == learner }).flatMap({ $0.orderID }).flatMap({ orders[$0] })
                          .flatMap({ CalendarDay(iso: $0.orderDate) }) else { continue }
                funnel.daysToCertificate.append(CalendarDay(first).ordinal - orderDay.ordinal)
            }
            for model in recognitions where model.targetProgramCode == code {
                switch recognitionDecisions[try model.requireID()].flatMap({ RecognitionOutcome(rawValue: $0.outcome) }) {
                case .granted: funnel.recognitionsGranted += 1
                case .partiallyGranted: funnel.recognitionsPartial += 1
                case .refused: funnel.recognitionsRefused += 1
                case nil: break
                }
            }
            lines.append(Line(code: code, title: content?.title ?? code, department: content?.passport.department ?? "",
                              programType: content?.programType ?? "", intakes: own.count, funnel: funnel, grades: grades,
                              declaredHours: content?.totalHours ?? 0, learnerSurvey: surveys.learners[programID] ?? .init(),
                              employerSurvey: surveys.employers[programID] ?? .init()))
        }
        return ProgramReport(period: period, letters: scale.bands.map(\.letter), lines: lines)
    }
}
