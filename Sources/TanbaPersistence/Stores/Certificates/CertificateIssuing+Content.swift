import Fluent
import Foundation
import TanbaCore
import TanbaCredentials

/// What a certificate certifies, frozen at issue from the intake, the program, the grades and the protocol.
extension CertificateIssuing {

    /// What the certificate will say, gathered from the intake, the program edition, the grades and the protocol.
    func certifiedContent(learnerID: UUID, session: AttestationSessionModel) async throws -> CertifiedContent {
        guard let content = try await certifiedContents(of: [learnerID], session: session)[learnerID] else {
            throw CertificateStoreError.learnerNotReady
        }
        return content
    }

    /// What each learner's certificate will say. The intake, the program and the gradebook are read
    /// once for all of them: a session's bulk issue used to read the whole gradebook per learner.
    func certifiedContents(of learnerIDs: [UUID], session: AttestationSessionModel) async throws -> [UUID: CertifiedContent] {
        let sheet = try await GradebookStore(database: database, clock: clock).sheet(for: session.intakeID)
        let intake = sheet.intake, content = sheet.content
        let program = try await ProgramModel.find(intake.programID, on: database)
        let policy = try await SettingsStore.policy(on: database)
        let institution = try await SettingsStore.institution(on: database)
        var methods: [String] = []
        for outcome in content.learningOutcomes where !methods.contains(outcome.assessmentMethod) {
            methods.append(outcome.assessmentMethod)
        }
        let rows = Dictionary(sheet.rows.compactMap { row in row.learner.id.map { ($0, row) } }, uniquingKeysWith: { first, _ in first })
        let latinNames = Dictionary(
            try await LearnerProfileModel.query(on: database).filter(\.$userID ~~ Array(learnerIDs)).all()
                .compactMap { profile in profile.latinName.map { (profile.userID, $0) } },
            uniquingKeysWith: { first, _ in first })
        // The orders that enrolled them, in two queries for the whole batch.
        let applications = try await ApplicationModel.query(on: database).filter(\.$intakeID == session.intakeID)
            .filter(\.$learnerID ~~ Array(learnerIDs)).all()
        let orderIDs = applications.compactMap(\.orderID)
        let orders = orderIDs.isEmpty ? [:] : try await EnrollmentOrderModel.query(on: database).filter(\.$id ~~ orderIDs).all().byID()
        let orderOf = Dictionary(applications.compactMap { application in
            application.orderID.flatMap { orders[$0] }.map { (application.learnerID, $0) }
        }, uniquingKeysWith: { first, _ in first })
        let awardOrder = try await AwardOrderModel.query(on: database).filter(\.$sessionID == session.requireID()).first()
        var result: [UUID: CertifiedContent] = [:]
        for learnerID in learnerIDs {
            guard let row = rows[learnerID], row.isReady else { throw CertificateStoreError.learnerNotReady }
            let lines = row.cells.map { cell -> CertifiedContent.Line in
                let discipline = content.disciplines[cell.discipline - 1]
                var points = 0, letter = "", gradePoints = "", recognised: Bool?
                switch cell.standing {
                case .graded(let value, let band):
                    points = value
                    letter = band.letter
                    gradePoints = "\(band.gradePoints)"
                case .recognised(let band):
                    letter = band?.letter ?? ""
                    gradePoints = band.map { "\($0.gradePoints)" } ?? ""
                    recognised = true
                default:
                    break
                }
                return CertifiedContent.Line(name: discipline.name, description: discipline.description,
                                             credits: "\(discipline.credits)", hours: discipline.hours.total, points: points,
                                             letter: letter, gradePoints: gradePoints, recognised: recognised)
            }
            result[learnerID] = CertifiedContent(
                registrationNumber: "", institution: institution.fullName.ru, learnerName: row.learner.fullName, programTitle: content.title,
                programCode: program?.code ?? "", startsOn: intake.startsOn, endsOn: intake.endsOn, hours: content.totalHours,
                credits: "\(content.totalCredits)", usesECTS: policy.usesECTS, nqfLevel: content.passport.nqfLevel,
                eqfLevel: content.passport.eqfLevel, studyForm: intake.studyForm, language: intake.language,
                learningOutcomes: content.learningOutcomes.map { "\($0.code). \($0.text)" }, assessmentMethods: methods,
                disciplines: lines, gpa: row.summary(on: sheet.scale).gpaText ?? "", issuedOn: "",
                decisionProtocol: "№ \(session.protocolNumber), \(AlmatyDate.dotted(iso: session.sessionDate))",
                awardOrder: awardOrder?.order,
                learnerNameLatin: latinNames[learnerID], institutionNames: institution.fullName,
                city: institution.city.isEmpty ? nil : institution.city,
                signatories: institution.signatories.filter { !$0.value.isEmpty }, decidedOn: session.sessionDate,
                enrollmentOrderNumber: orderOf[learnerID]?.number, enrollmentOrderDate: orderOf[learnerID]?.orderDate,
                programTitles: content.titles, qualification: content.qualification)
        }
        return result
    }
}
