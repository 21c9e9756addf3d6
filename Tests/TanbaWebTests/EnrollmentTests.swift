import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaPersistence
@testable import TanbaWeb

@Suite(.serialized) struct EnrollmentTests {
    /// Signs in as the test learner and applies with `files`.
    func apply(_ browser: Browser, _ fixture: EnrollmentFixture, files: [UploadFile]) async throws -> TestingHTTPResponse {
        try await browser.login(as: .learner)
        try await browser.get("/intakes/\(fixture.intakeID)/apply")
        return try await browser.postMultipart("/intakes/\(fixture.intakeID)/apply", files: files)
    }

    @Test func aLearnerAppliesTheRegistrarEnrollsByOrderAndThePDFNamesTheLearner() async throws {
        try await withTanba(clock: .fixed(applicationDay)) { app, browser in
            // setup
            let fixture = try await EnrollmentFixture.make(app)
            // act: the learner applies with an identity document whose name is in Kazakh
            let applied = try await apply(browser, fixture, files: [.pdf(name: "куәлік_Әлия.pdf")])
            #expect(applied.status == .seeOther)
            let mine = try await browser.get("/me")
            #expect(mine.body.string.contains("подана"))
            #expect(mine.body.string.contains("куәлік_Әлия.pdf"))
            let application = try #require(try await ApplicationModel.query(on: app.db).first())
            let decide = "/workspace/applications/\(try application.requireID())"

            let registrar = browser.fresh()
            try await registrar.login(as: .registrar)
            try await registrar.get("/workspace/intakes/\(fixture.intakeID)")
            #expect(try await registrar.post(decide, [("action", "accept")]).status == .seeOther)
            #expect(try await registrar.post(decide, [("action", "contract"), ("contractNumber", "МК-7"), ("payment", "paid")]).status == .seeOther)
            let ordered = try await registrar.post("/workspace/intakes/\(fixture.intakeID)/orders", [
                ("number", "245-МК"), ("orderDate", "2026-09-29"), ("responsiblePerson", "Касымов Е. Т."), ("language", "kk"),
                ("applications[]", try application.requireID().uuidString),
            ])
            #expect(ordered.status == .seeOther)

            // check: the order PDF, read back by pdftotext, names the learner; the learner sees the order
            let pdf = try await registrar.get(ordered.location)
            #expect(pdf.headers.contentType?.subType == "pdf")
            let text = try pdfText(Data(pdf.body.readableBytesView))
            #expect(text.contains("Тестовый learner"))
            #expect(text.contains("245-МК"))
            #expect(text.contains("Java Developer"))
            #expect(text.contains("БҰЙРЫҚ"))
            #expect(try await browser.get("/me").body.string.contains("245-МК"))
            #expect(try await ApplicationModel.query(on: app.db).first()?.status == "enrolled")
        }
    }

    @Test func anExecutableRenamedPDFIsRefusedAndNothingIsStored() async throws {
        try await withTanba(clock: .fixed(applicationDay)) { app, browser in
            let fixture = try await EnrollmentFixture.make(app)
            let elf: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]
            let response = try await apply(browser, fixture, files: [
                UploadFile(field: "identityDocument", filename: "passport.pdf", contentType: "application/pdf", bytes: elf),
            ])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("принимаются только PDF, JPEG и PNG"))
            #expect(try await ApplicationModel.query(on: app.db).count() == 0)
            #expect(try await ApplicationDocumentModel.query(on: app.db).count() == 0)
            let storage = try #require(app.services).config.storageDirectory
            #expect((try? FileManager.default.contentsOfDirectory(atPath: storage.path))?.isEmpty ?? true)
        }
    }

    @Test func anOversizedFileIsRefused() async throws {
        try await withTanba(clock: .fixed(applicationDay)) { app, browser in
            let fixture = try await EnrollmentFixture.make(app)
            let big = Array("%PDF-1.4\n".utf8) + [UInt8](repeating: 0x20, count: 1024 * 1024 + 1)
            let response = try await apply(browser, fixture, files: [
                UploadFile(field: "identityDocument", filename: "scan.pdf", contentType: "application/pdf", bytes: big),
            ])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("больше 1 МБ"))
            #expect(try await ApplicationModel.query(on: app.db).count() == 0)
        }
    }

    @Test func prerequisitesNeedADiplomaAndARecordedCheck() async throws {
        try await withTanba(clock: .fixed(applicationDay)) { app, browser in
            let fixture = try await EnrollmentFixture.make(app, prerequisites: "Основы программирования")
            // The apply form enforces the documents it asks for: without the diploma nothing is filed.
            let withoutDiploma = try await apply(browser, fixture, files: [.pdf()])
            #expect(withoutDiploma.status == .unprocessableEntity)
            #expect(withoutDiploma.body.string.contains("Не приложен документ"))
            #expect(try await ApplicationModel.query(on: app.db).count() == 0)
            #expect(try await apply(browser, fixture, files: [.pdf(), .pdf("diploma", name: "diploma.pdf")]).status == .seeOther)
            let id = try #require(try await ApplicationModel.query(on: app.db).first()?.requireID())
            let registrar = browser.fresh()
            try await registrar.login(as: .registrar)
            // Accepting still needs the recorded prerequisite check.
            let refused = try await registrar.post("/workspace/applications/\(id)", [("action", "accept")])
            #expect(refused.status == .unprocessableEntity)
            #expect(try await ApplicationModel.find(id, on: app.db)?.status == "submitted")
            let rejected = try await registrar.post("/workspace/applications/\(id)", [("action", "reject"), ("reason", "")])
            #expect(rejected.status == .unprocessableEntity)
            #expect(try await registrar.post("/workspace/applications/\(id)", [("action", "reject"), ("reason", "Нет диплома")]).status == .seeOther)
            #expect(try await browser.get("/me").body.string.contains("Нет диплома"))
        }
    }

    @Test func onlyTheApplicantAndStaffReadADocument() async throws {
        try await withTanba(clock: .fixed(applicationDay)) { app, browser in
            let fixture = try await EnrollmentFixture.make(app)
            #expect(try await apply(browser, fixture, files: [.pdf()]).status == .seeOther)
            let document = try #require(try await ApplicationDocumentModel.query(on: app.db).first())
            let path = "/documents/\(try document.requireID())"
            #expect(try await browser.get(path).status == .ok)
            // another learner
            try await UserModel(login: "other", fullName: "Другой", role: .learner, passwordHash: testPasswordHash,
                                createdAt: Date()).create(on: app.db)
            let other = browser.fresh()
            #expect(try await other.post("/login", [("login", "other"), ("password", testPassword)]).status == .seeOther)
            #expect(try await other.get(path).status == .forbidden)
            let teacher = browser.fresh()
            try await teacher.login(as: .teacher)
            #expect(try await teacher.get(path).status == .forbidden)
            let registrar = browser.fresh()
            try await registrar.login(as: .registrar)
            let read = try await registrar.get(path)
            #expect(read.status == .ok)
            #expect(read.body.string.hasPrefix("%PDF"))
        }
    }

    @Test(arguments: [Role.learner, .teacher, .programDeveloper])
    func onlyTheRegistrarDecidesAndOrders(role: Role) async throws {
        try await withTanba(clock: .fixed(applicationDay)) { app, browser in
            let fixture = try await EnrollmentFixture.make(app)
            #expect(try await apply(browser.fresh(), fixture, files: [.pdf()]).status == .seeOther)
            let id = try #require(try await ApplicationModel.query(on: app.db).first()?.requireID())
            try await browser.login(as: role)
            #expect(try await browser.post("/workspace/applications/\(id)", [("action", "accept")]).status == .forbidden)
            let order = try await browser.post("/workspace/intakes/\(fixture.intakeID)/orders", [
                ("number", "1"), ("orderDate", "2026-09-29"), ("responsiblePerson", "X"), ("applications[]", id.uuidString)])
            #expect(order.status == .forbidden)
            #expect(try await ApplicationModel.find(id, on: app.db)?.status == "submitted")
        }
    }

    @Test func anOrderTakesOnlySettledApplications() async throws {
        try await withTanba(clock: .fixed(applicationDay)) { app, browser in
            let fixture = try await EnrollmentFixture.make(app)
            #expect(try await apply(browser, fixture, files: [.pdf()]).status == .seeOther)
            let id = try #require(try await ApplicationModel.query(on: app.db).first()?.requireID())
            let registrar = browser.fresh()
            try await registrar.login(as: .registrar)
            try await registrar.post("/workspace/applications/\(id)", [("action", "accept")])
            let order = try await registrar.post("/workspace/intakes/\(fixture.intakeID)/orders", [
                ("number", "12"), ("orderDate", "2026-09-29"), ("responsiblePerson", "Касымов"), ("applications[]", id.uuidString)])
            #expect(order.status == .unprocessableEntity)
            #expect(order.body.string.contains("договором и оплатой"))
            #expect(try await EnrollmentOrderModel.query(on: app.db).count() == 0)
        }
    }

    @Test func applicationsCloseAfterTheDeadlineAndAnEndedIntakeShowsAsEnded() async throws {
        let time = MovableClock(applicationDay)
        try await withTanba(clock: time.clock) { app, browser in
            let fixture = try await EnrollmentFixture.make(app)
            let program = "/programs/\(fixture.programCode)"
            let open = try await browser.get(program).body.string
            #expect(open.contains("идёт приём заявлений") == false, "an accepting intake offers the button, not a badge")
            #expect(open.contains("31.05.2026"), "the program page names the last day of applications")
            #expect(open.contains("Зарегистрируйтесь, чтобы подать заявление"))

            // 1 June: study has started, applications are over
            time.advance(12 * 86_400)
            try await browser.login(as: .learner)
            let started = try await browser.get(program).body.string
            #expect(started.contains("идёт обучение"))
            #expect(!started.contains("/intakes/\(fixture.intakeID)/apply"), "no apply link once the deadline passed")
            let form = try await browser.get("/intakes/\(fixture.intakeID)/apply").body.string
            #expect(form.contains("Приём заявлений в этот набор завершён: последний день был 31.05.2026."))
            #expect(!form.contains("type=\"file\""))
            let late = try await browser.postMultipart("/intakes/\(fixture.intakeID)/apply", files: [.pdf()])
            #expect(late.status == .conflict)
            #expect(late.body.string.contains("последний день был 31.05.2026"))
            #expect(try await ApplicationModel.query(on: app.db).count() == 0)
            #expect(try await ApplicationDocumentModel.query(on: app.db).count() == 0)

            // after 28 August the intake has ended: gone from the program page, marked on the registrar's list
            time.advance(90 * 86_400)
            #expect(!(try await browser.get(program).body.string.contains("Лето 2026")))
            let registrar = browser.fresh()
            try await registrar.login(as: .registrar)
            let list = try await registrar.get("/workspace/intakes").body.string
            #expect(list.contains("phase-ended"))
            #expect(list.contains("завершён"))
        }
    }

    @Test func theRegistrarSetsTheDeadlineAndOneOnTheFirstDayOfStudyIsRefused() async throws {
        try await withTanba(clock: .fixed(applicationDay)) { app, browser in
            let fixture = try await EnrollmentFixture.make(app)
            try await browser.login(as: .registrar)
            try await browser.get("/workspace/intakes")
            let fields: [(String, String)] = [
                ("programCode", fixture.programCode), ("title", "Осень 2026"), ("startsOn", "2026-09-01"), ("endsOn", "2026-11-27"),
                ("capacity", "20"), ("language", "ru"), ("studyForm", "online"), ("responsiblePerson", "Касымов Е. Т."),
                ("price", "120000"),
            ]
            let refused = try await browser.post("/workspace/intakes", fields + [("applicationsCloseOn", "2026-09-01")])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Приём заявлений должен завершиться до начала обучения (01.09.2026)."))
            #expect(refused.body.string.contains("value=\"2026-09-01\""), "the typed form comes back")
            #expect(try await IntakeModel.query(on: app.db).count() == 1)

            let created = try await browser.post("/workspace/intakes", fields + [("applicationsCloseOn", "2026-08-20")])
            #expect(created.status == .seeOther)
            let intake = try #require(try await IntakeModel.query(on: app.db).filter(\.$title == "Осень 2026").first())
            #expect(intake.applicationsCloseOn == "2026-08-20")
            let page = try await browser.get(created.location).body.string
            #expect(page.contains("идёт приём заявлений"))
            #expect(page.contains("Приём заявлений до 20.08.2026"))
        }
    }
}
