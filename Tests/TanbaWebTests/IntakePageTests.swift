import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaPersistence
import TanbaDemo
@testable import TanbaWeb

@Suite(.serialized) struct IntakePageTests {
    @Test func applicationsArePendingFirstAndFilterByStatus() async throws {
        try await withTanba { app, browser in
            try await app.autoRevert()
            try await app.autoMigrate()
            try await DemoData(policyName: "aitu").load(on: app.db, storage: try #require(app.services).storage,
                                                       localizer: app.localizer, issuer: try #require(app.services).issuer)
            let applications = try await ApplicationModel.query(on: app.db).all()
            let intakeID = try #require(Dictionary(grouping: applications, by: \.intakeID)
                .first { Set($0.value.map(\.status)).count > 1 }?.key, "an intake with applications of several statuses")
            try await browser.login("registrar", password: "demo-registrar-2026")
            let path = "/workspace/intakes/\(intakeID.uuidString)"
            let page = try await browser.get(path).body.string
            let statuses = try applications.filter { $0.intakeID == intakeID }.map { try $0.applicationStatus }
            // The badges appear in review order: every pending one before any settled one.
            let order = ApplicationStatus.allCases.sorted { $0.reviewRank < $1.reviewRank }
            let shownOrder = order.filter { statuses.contains($0) }.compactMap { status in
                page.range(of: "status-\(status.rawValue)\"")?.lowerBound
            }
            #expect(shownOrder == shownOrder.sorted(), "pending applications come first")
            let first = try #require(statuses.min { $0.reviewRank < $1.reviewRank })
            let filtered = try await browser.get(path + "?status=\(first.rawValue)").body.string
            #expect(filtered.contains(#"aria-current="page">"#))
            for other in Set(statuses) where other != first {
                #expect(!filtered.contains("badge status-\(other.rawValue)\""), "\(other) hidden by the filter")
            }
        }
    }
}

@Suite(.serialized) struct IntakeReviewQueryTests {
    /// Applicants numbered `range`, each with a profile and an uploaded document, applied to the fixture intake.
    func applicants(_ range: Range<Int>, to fixture: EnrollmentFixture, on db: any Database) async throws {
        for index in range {
            let user = UserModel(login: "applicant\(index)", fullName: "Слушатель \(index)", role: .learner, passwordHash: "-",
                                 createdAt: testNow)
            try await user.create(on: db)
            try await LearnerProfileModel(userID: try user.requireID(), category: .freeListener, organisation: "", email: "",
                                          phone: "", createdAt: testNow).create(on: db)
            let application = ApplicationModel(intakeID: fixture.intakeID, learnerID: try user.requireID(), payment: .pending,
                                               at: testNow.addingTimeInterval(Double(index)))
            try await application.create(on: db)
            try await ApplicationDocumentModel(applicationID: try application.requireID(), kind: .identityDocument,
                                               originalName: "id.pdf", storedName: "x\(index).pdf", type: .pdf, size: 10,
                                               sha256: "", at: testNow).create(on: db)
        }
    }

    /// The queries `IntakeReview.load` makes, as Fluent's query history records them.
    func queries(_ app: Application, _ fixture: EnrollmentFixture) async throws -> (count: Int, review: IntakeReview) {
        app.fluent.history.start()
        defer { app.fluent.history.stop() }
        app.fluent.history.clear()
        let review = try await IntakeReview.load(fixture.intakeID, on: app.db)
        return (app.fluent.history.queries.count, review)
    }

    @Test func theIntakePageReadsAFixedNumberOfQueriesHoweverManyApply() async throws {
        try await withTanba { app, browser in
            let fixture = try await EnrollmentFixture.make(app)
            try await applicants(0..<2, to: fixture, on: app.db)
            let few = try await queries(app, fixture)
            try await applicants(2..<200, to: fixture, on: app.db)
            let many = try await queries(app, fixture)
            #expect(many.review.applications.count == 200)
            #expect(many.review.applications.allSatisfy { $0.learner != nil && $0.profile != nil && $0.documents.count == 1 })
            #expect(many.count == few.count, "200 applications read with the queries of 2")
            #expect(many.count <= 10, "\(many.count) queries")
            // and the page itself shows them all
            try await browser.login(as: .registrar)
            let page = try await browser.get("/workspace/intakes/\(fixture.intakeID)").body.string
            #expect(page.contains("Слушатель 199"))
            #expect(page.components(separatedBy: "class=\"card application\"").count - 1 == 200)
        }
    }
}

@Suite(.serialized) struct LearnerHomeQueryTests {
    @Test func aLearnersPageReadsAFixedNumberOfQueriesHoweverManyIntakesTheyApplyTo() async throws {
        try await withTanba { app, _ in
            let fixture = try await EnrollmentFixture.make(app)
            let learner = try #require(try await UserModel.query(on: app.db).filter(\.$login == "learner").first())
            let registrarUser = try #require(try await UserModel.query(on: app.db).filter(\.$login == "registrar").first())
            let registrar = ActingUser(id: try registrarUser.requireID(), name: registrarUser.fullName, role: .registrar)
            let intakes = IntakeStore(database: app.db, clock: .fixed(testNow))
            func apply(_ count: Int, from start: Int) async throws {
                for index in start..<(start + count) {
                    let intake = try await intakes.open(.init(
                        programCode: fixture.programCode, title: "Набор \(index)", startsOn: "2027-03-01", endsOn: "2027-05-28",
                        capacity: 5, language: .russian, studyForm: .online, responsiblePerson: "Касымов", price: nil), by: registrar)
                    let application = ApplicationModel(intakeID: try intake.requireID(), learnerID: try learner.requireID(),
                                                       payment: .grantFunded, at: testNow)
                    application.status = ApplicationStatus.enrolled.rawValue
                    try await application.create(on: app.db)
                    // a mark in the first discipline of each intake, shown on the learner's page
                    try await GradeEntryModel(intakeID: try intake.requireID(), learnerID: try learner.requireID(), discipline: 1,
                                              attempt: 1, sequence: 1, kind: AssessmentKind.currentControl.rawValue, points: 80 + index % 10,
                                              recordedBy: registrar.id, source: "page", at: testNow).create(on: app.db)
                    try await ApplicationDocumentModel(applicationID: try application.requireID(), kind: .identityDocument,
                                                       originalName: "id.pdf", storedName: "l\(index).pdf", type: .pdf, size: 1,
                                                       sha256: "", at: testNow).create(on: app.db)
                }
            }
            func count() async throws -> (Int, LearnerHome) {
                app.fluent.history.start()
                defer { app.fluent.history.stop() }
                app.fluent.history.clear()
                let home = try await LearnerHome.load(try learner.requireID(), on: app.db)
                return (app.fluent.history.queries.count, home)
            }
            try await apply(2, from: 0)
            let (few, _) = try await count()
            try await apply(20, from: 2)
            let (many, home) = try await count()
            #expect(home.applications.count == 22)
            #expect(home.applications.allSatisfy { $0.documents.count == 1 && $0.content.title == "Java Developer" })
            #expect(many == few, "22 applications and their marks read with the queries of 2")
            #expect(home.records.count == 22)
            #expect(home.records.values.allSatisfy { $0.cells.count == home.applications[0].content.disciplines.count })
            let marks = home.records.values.compactMap { $0.cells.first?.attempt.points(.currentControl) }
            #expect(Set(marks) == Set((0..<22).map { 80 + $0 % 10 }))
        }
    }
}

@Suite(.serialized) struct WithdrawalTests {
    @Test func withdrawingAProgramAsksForConfirmationFirst() async throws {
        try await withTanba { app, browser in
            try await app.autoRevert()
            try await app.autoMigrate()
            try await DemoData(policyName: "aitu").load(on: app.db, storage: try #require(app.services).storage,
                                                       localizer: app.localizer, issuer: try #require(app.services).issuer)
            let edition = try #require(try await ProgramEditionModel.query(on: app.db).filter(\.$status == "registered").first())
            let path = "/workspace/editions/\(try edition.requireID().uuidString)"
            try await browser.login("secretary", password: "demo-secretary-2026")
            #expect(try await browser.get(path).body.string.contains("отменить снятие нельзя"))
            let decision = [("action", "withdraw"), ("conclusion", "Не востребована два года"), ("documentNumber", "Протокол № 7"), ("meetingDate", "2026-08-20")]
            let unconfirmed = try await browser.post(path + "/actions", decision)
            #expect(unconfirmed.status == .unprocessableEntity)
            #expect(unconfirmed.body.string.contains("необратимо"))
            #expect(try await ProgramEditionModel.find(edition.id, on: app.db)?.status == "registered")
            let confirmed = try await browser.post(path + "/actions", decision + [("confirmWithdraw", "yes")])
            #expect(confirmed.status == .seeOther)
            #expect(try await ProgramEditionModel.find(edition.id, on: app.db)?.status == "withdrawn")
        }
    }
}

@Suite(.serialized) struct StudyDatesTests {
    @Test func noSessionAndNoCertificateIsDatedBeforeTheStudyEnds() async throws {
        let time = MovableClock(testNow.addingTimeInterval(-3 * 86_400))  // 26.08.2026, before the study's last day (28.08)
        try await withTanba(clock: time.clock) { app, browser in
            let (intakeID, learnerID) = try await CertificationTests.readyLearner(app)
            try await browser.login(as: .registrar)
            let path = "/workspace/intakes/\(intakeID)/attestation"
            try await browser.get(path)
            let formed = try await browser.post(path, [
                ("action", "commission"), ("orderNumber", "312-П"), ("orderDate", "2026-08-20"), ("secretaryName", "Жумабаева М."),
                ("members[0][name]", "Касымов Е."), ("members[0][position]", "зав. кафедрой"), ("members[0][kind]", "teaching_staff"), ("members[0][role]", "chair"),
                ("members[1][name]", "Омарова Д."), ("members[1][position]", "АО «Казахтелеком»"), ("members[1][kind]", "employer"), ("members[1][role]", "member"),
                ("members[2][name]", "Ахметов Р."), ("members[2][position]", "ML-инженер"), ("members[2][kind]", "specialist"), ("members[2][role]", "member"),
            ])
            #expect(formed.status == .seeOther)
            let commission = try #require(try await CommissionModel.query(on: app.db).first())
            let early = try await browser.post(path, [("action", "session"), ("commission", try commission.requireID().uuidString),
                                                      ("sessionDate", "2026-08-27"), ("protocolNumber", "3")])
            #expect(early.status == .unprocessableEntity)
            #expect(early.body.string.contains("заканчивается 28.08.2026"))
            #expect(try await AttestationSessionModel.query(on: app.db).count() == 0)
            let opened = try await browser.post(path, [("action", "session"), ("commission", try commission.requireID().uuidString),
                                                       ("sessionDate", "2026-08-28"), ("protocolNumber", "3")])
            #expect(opened.status == .seeOther)
            let session = opened.location
            let members = try await CertificationTests.memberIDs(app)
            #expect(try await browser.post(session, [("action", "votes")] + members.map { ("votes[\(learnerID)][\($0)]", "award") }).status == .seeOther)
            #expect(try await browser.post(session, [("action", "close"), ("confirm", "yes")]).status == .seeOther)
            // Today is still 26.08: a certificate would be dated before the study it certifies.
            let tooEarly = try await browser.post(session, [("action", "issue_all")])
            #expect(tooEarly.status == .unprocessableEntity)
            #expect(try await CertificateModel.query(on: app.db).count() == 0)
            time.advance(3 * 86_400)
            // Three days on, the registrar's session has long expired: signing in again.
            try await browser.get("/login")
            try await browser.login(as: .registrar)
            try await browser.get(session)
            #expect(try await browser.post(session, [("action", "issue_all")]).status == .seeOther)
            #expect(try await CertificateModel.query(on: app.db).count() == 1)
        }
    }
}
