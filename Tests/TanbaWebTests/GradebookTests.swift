import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaPersistence
@testable import TanbaWeb

@Suite(.serialized) struct GradebookTests {
    /// An intake with the test learner enrolled by order; returns the fixture and the learner's id.
    static func enrolled(_ app: Application) async throws -> (EnrollmentFixture, UUID) {
        let fixture = try await EnrollmentFixture.make(app)
        let learner = try #require(try await UserModel.query(on: app.db).filter(\.$login == "learner").first())
        let registrarUser = try #require(try await UserModel.query(on: app.db).filter(\.$login == "registrar").first())
        let registrar = ActingUser(id: try registrarUser.requireID(), name: registrarUser.fullName, role: .registrar)
        let storage = try #require(app.services).storage
        let applications = ApplicationStore(database: app.db, storage: storage, clock: .fixed(applicationDay))
        let application = try await applications.apply(
            to: fixture.intakeID, by: ActingUser(id: try learner.requireID(), name: learner.fullName, role: .learner),
            uploads: [.init(kind: .identityDocument, fileName: "id.pdf", bytes: Array("%PDF-1.4".utf8))])
        let id = try application.requireID()
        try await applications.decide(.accept, on: id, by: registrar)
        try await applications.decide(.contract(number: "Д-1", payment: .paid), on: id, by: registrar)
        _ = try await EnrollmentOrderStore(database: app.db, clock: .live).issue(
            .init(number: "1-МК", orderDate: "2026-09-29", responsiblePerson: "Касымов", language: .russian),
            for: fixture.intakeID, applications: [id], by: registrar)
        return (fixture, try learner.requireID())
    }

    /// One component of one cell, posted as the sheet posts it.
    func mark(_ browser: Browser, _ fixture: EnrollmentFixture, learner: UUID, discipline: Int = 1, _ kind: String,
              _ points: String, reason: String? = nil) async throws -> TestingHTTPResponse {
        try await save(browser, fixture, [("m.\(learner).\(discipline).\(kind)", points)]
                       + (reason.map { [("r.\(learner).\(discipline)", $0)] } ?? []))
    }

    func save(_ browser: Browser, _ fixture: EnrollmentFixture, _ fields: [(String, String)]) async throws -> TestingHTTPResponse {
        try await browser.post("/workspace/intakes/\(fixture.intakeID)/gradebook", fields)
    }

    @Test func theTeacherGradesAndTheLearnerSeesLetterCreditsAndGPA() async throws {
        try await withTanba { app, browser in
            // setup
            let (fixture, learner) = try await Self.enrolled(app)
            try await browser.login(as: .teacher)
            try await browser.get("/workspace/intakes/\(fixture.intakeID)/gradebook")
            // act: 0.6 × (90 + 94) / 2 + 0.4 × 97 = 55.2 + 38.8 = 94 → A-
            #expect(try await mark(browser, fixture, learner: learner, "current_control", "90").status == .seeOther)
            #expect(try await mark(browser, fixture, learner: learner, "midterm", "94").status == .seeOther)
            #expect(try await mark(browser, fixture, learner: learner, "exam", "97").status == .seeOther)
            // check
            let student = browser.fresh()
            try await student.login(as: .learner)
            let page = try await student.get("/me").body.string
            #expect(page.contains("<strong>A-</strong>"))
            #expect(page.contains("4 / 7"))
            #expect(page.contains("3.67"))
            #expect(page.contains("не все дисциплины сданы"))
        }
    }

    @Test func aTeacherGradesOnlyTheirOwnDisciplines() async throws {
        try await withTanba { app, browser in
            let (fixture, learner) = try await Self.enrolled(app)
            try await browser.login(as: .teacher)
            try await browser.get("/workspace/intakes/\(fixture.intakeID)/gradebook")
            #expect(try await mark(browser, fixture, learner: learner, discipline: 2, "current_control", "90").status == .forbidden)
            // a teacher with no discipline in this intake sees nothing at all
            try await UserModel(login: "teacher2", fullName: "Другой преподаватель", role: .teacher,
                                passwordHash: testPasswordHash, createdAt: Date()).create(on: app.db)
            let other = browser.fresh()
            #expect(try await other.post("/login", [("login", "teacher2"), ("password", testPassword)]).status == .seeOther)
            #expect(try await other.get("/workspace/intakes/\(fixture.intakeID)/gradebook").status == .forbidden)
            #expect(try await mark(other, fixture, learner: learner, "current_control", "90").status == .forbidden)
            // neither the learner nor the registrar records points
            for role in [Role.learner, .registrar] {
                let someone = browser.fresh()
                try await someone.login(as: role)
                #expect(try await mark(someone, fixture, learner: learner, "current_control", "90").status == .forbidden)
            }
            #expect(try await GradeEntryModel.query(on: app.db).count() == 0)
        }
    }

    @Test func fxAllowsTheReExamAndPointsOutsideTheScaleAreRefused() async throws {
        try await withTanba { app, browser in
            let (fixture, learner) = try await Self.enrolled(app)
            try await browser.login(as: .teacher)
            try await browser.get("/workspace/intakes/\(fixture.intakeID)/gradebook")
            #expect(try await mark(browser, fixture, learner: learner, "current_control", "101").status == .unprocessableEntity)
            #expect(try await mark(browser, fixture, learner: learner, "current_control", "-1").status == .unprocessableEntity)
            #expect(try await mark(browser, fixture, learner: learner, "exam", "80").status == .unprocessableEntity)
            _ = try await mark(browser, fixture, learner: learner, "current_control", "50")
            _ = try await mark(browser, fixture, learner: learner, "midterm", "50")
            _ = try await mark(browser, fixture, learner: learner, "exam", "20") // 30 + 8 = 38 → FX
            let again = try await mark(browser, fixture, learner: learner, "exam", "90")
            #expect(again.status == .unprocessableEntity)
            #expect(again.body.string.contains("Укажите причину исправления записанного балла"))
            let early = try await mark(browser, fixture, learner: learner, "midterm", "60")
            #expect(early.body.string.contains("Укажите причину исправления"))
            #expect(try await mark(browser, fixture, learner: learner, "re_exam", "75").status == .seeOther) // 30 + 30 = 60 → C-
            let sheet = try await GradebookStore(database: app.db, clock: .live).sheet(for: fixture.intakeID)
            #expect(sheet.rows.first?.cells.first?.standing.band?.letter == "C-")
        }
    }

    @Test func notAdmittedMeansRepeatingTheDiscipline() async throws {
        try await withTanba { app, browser in
            let (fixture, learner) = try await Self.enrolled(app)
            try await browser.login(as: .teacher)
            try await browser.get("/workspace/intakes/\(fixture.intakeID)/gradebook")
            _ = try await mark(browser, fixture, learner: learner, "current_control", "30")
            _ = try await mark(browser, fixture, learner: learner, "midterm", "40")
            let exam = try await mark(browser, fixture, learner: learner, "exam", "90")
            #expect(exam.status == .unprocessableEntity)
            #expect(exam.body.string.contains("повторное изучение"))
            let repeated = try await browser.post("/workspace/intakes/\(fixture.intakeID)/gradebook/repeat", [
                ("repeat", "\(learner).1")])
            #expect(repeated.status == .seeOther)
            #expect(try await mark(browser, fixture, learner: learner, "current_control", "80").status == .seeOther)
            let sheet = try await GradebookStore(database: app.db, clock: .live).sheet(for: fixture.intakeID)
            #expect(sheet.rows.first?.cells.first?.attempt == DisciplineAttempt(number: 2, currentControl: 80))
        }
    }

    @Test func aCSVDryRunReportsEveryBadRowAndChangesNothing() async throws {
        try await withTanba { app, browser in
            let (fixture, _) = try await Self.enrolled(app)
            try await browser.login(as: .teacher)
            try await browser.get("/workspace/intakes/\(fixture.intakeID)/gradebook")
            let csv = "learner,discipline,current_control,midterm,exam\nlearner,1,85,90,\nnobody,1,50,50,50\nlearner,2,70,70,70\nlearner,1,101,,\n"
            let file = UploadFile(field: "file", filename: "оценки.csv", contentType: "text/csv", bytes: Array(csv.utf8))
            let dry = try await browser.postMultipart("/workspace/intakes/\(fixture.intakeID)/gradebook/import",
                                                      fields: [("dryRun", "1")], files: [file])
            #expect(dry.status == .unprocessableEntity)
            let html = dry.body.string
            #expect(html.contains("Строка 3: слушатель «nobody» не зачислен"))
            #expect(html.contains("Строка 4: дисциплину 2 ведёте не вы"))
            #expect(html.contains("Строка 5"))
            #expect(!html.contains("Строка 2"))
            #expect(try await GradeEntryModel.query(on: app.db).count() == 0)
            // the same file for real still changes nothing while a row is bad
            _ = try await browser.postMultipart("/workspace/intakes/\(fixture.intakeID)/gradebook/import", files: [file])
            #expect(try await GradeEntryModel.query(on: app.db).count() == 0)
            // a clean file is recorded, and the export gives it back
            let good = UploadFile(field: "file", filename: "ok.csv", contentType: "text/csv",
                                  bytes: Array("learner;discipline;current_control;midterm\nlearner;1;85;90\n".utf8))
            let applied = try await browser.postMultipart("/workspace/intakes/\(fixture.intakeID)/gradebook/import", files: [good])
            #expect(applied.status == .ok)
            #expect(try await GradeEntryModel.query(on: app.db).count() == 2)
            let export = try await browser.get("/workspace/intakes/\(fixture.intakeID)/gradebook.csv")
            #expect(export.body.string.contains("learner,1,85,90,,,,1,,,4"), "an empty reason column to fill for corrections")
        }
    }

    @Test func aCSVCorrectsARecordedMarkOnlyWithTheReasonColumn() async throws {
        try await withTanba { app, browser in
            let (fixture, _) = try await Self.enrolled(app)
            try await browser.login(as: .teacher)
            try await browser.get("/workspace/intakes/\(fixture.intakeID)/gradebook")
            let path = "/workspace/intakes/\(fixture.intakeID)/gradebook/import"
            let csv = { (text: String) in UploadFile(field: "file", filename: "g.csv", contentType: "text/csv", bytes: Array(text.utf8)) }
            #expect(try await browser.postMultipart(path, files: [csv("learner,discipline,current_control,midterm\nlearner,1,85,90\n")])
                .status == .ok)
            // the exported sheet, re-imported with one mark changed and no reason: refused, nothing recorded
            let changed = try await browser.postMultipart(path, files: [csv("learner,discipline,current_control,midterm,reason\nlearner,1,80,90,\n")])
            #expect(changed.status == .unprocessableEntity)
            #expect(changed.body.string.contains("Строка 2"))
            #expect(try await GradeEntryModel.query(on: app.db).count() == 2)
            // with the reason: one new entry, the first one kept, the history names the reason
            let fixed = try await browser.postMultipart(path, files: [
                csv("learner,discipline,current_control,midterm,reason\nlearner,1,80,90,\"Описка: 80, не 85\"\n")])
            #expect(fixed.status == .ok)
            let entries = try await GradeEntryModel.query(on: app.db).sort(\.$sequence).all()
            #expect(entries.map(\.points) == [85, 90, 80])
            #expect(entries.last?.reason == "Описка: 80, не 85")
            #expect(entries.last?.source == "csv")
            let page = try await browser.get("/workspace/intakes/\(fixture.intakeID)/gradebook").body.string
            #expect(page.contains("Описка: 80, не 85"))
        }
    }

    @Test func theWholeRowIsEnteredAndSavedAtOnce() async throws {
        try await withTanba { app, browser in
            // setup
            let (fixture, learner) = try await Self.enrolled(app)
            try await browser.login(as: .teacher)
            let page = try await browser.get("/workspace/intakes/\(fixture.intakeID)/gradebook").body.string
            #expect(page.contains("name=\"m.\(learner).1.current_control\""))
            #expect(page.contains("Сохранить журнал"))
            // act: current control, midterm and exam of one learner in one save
            let saved = try await save(browser, fixture, [("m.\(learner).1.current_control", "90"), ("m.\(learner).1.midterm", "94"),
                                                          ("m.\(learner).1.exam", "97"), ("m.\(learner).1.re_exam", ""),
                                                          ("r.\(learner).1", "")])
            // check
            #expect(saved.status == .seeOther)
            #expect(try await GradeEntryModel.query(on: app.db).count() == 3)
            let after = try await browser.get(saved.location).body.string
            #expect(after.contains("<strong>A-</strong>"))
            #expect(after.contains("Сохранено"))
            // the same values saved again change nothing
            #expect(try await save(browser, fixture, [("m.\(learner).1.current_control", "90"),
                                                      ("m.\(learner).1.midterm", "94")]).status == .seeOther)
            #expect(try await GradeEntryModel.query(on: app.db).count() == 3)
        }
    }

    @Test func aMistakenMarkIsCorrectedWithAReasonAndTheEarlierOneStaysInTheHistory() async throws {
        try await withTanba { app, browser in
            // setup
            let (fixture, learner) = try await Self.enrolled(app)
            try await browser.login(as: .teacher)
            try await browser.get("/workspace/intakes/\(fixture.intakeID)/gradebook")
            _ = try await save(browser, fixture, [("m.\(learner).1.current_control", "50"), ("m.\(learner).1.midterm", "60"),
                                                  ("m.\(learner).1.exam", "70")])
            // act: without a reason the correction is refused, the typed value kept, nothing recorded
            let refused = try await mark(browser, fixture, learner: learner, "current_control", "55")
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Ничего не сохранено"))
            #expect(refused.body.string.contains("value=\"55\""))
            #expect(refused.body.string.contains("aria-invalid=\"true\""))
            #expect(try await GradeEntryModel.query(on: app.db).count() == 3)
            // a recorded mark cannot be erased
            let erased = try await mark(browser, fixture, learner: learner, "exam", "", reason: "ошибка")
            #expect(erased.status == .unprocessableEntity)
            #expect(erased.body.string.contains("нельзя стереть"))
            // with a reason it is a new entry; the first one stays
            let corrected = try await mark(browser, fixture, learner: learner, "current_control", "55",
                                           reason: "перепутаны строки ведомости")
            #expect(corrected.status == .seeOther)
            // check
            let entries = try await GradeEntryModel.query(on: app.db).sort(\.$sequence).all()
            #expect(entries.map(\.points) == [50, 60, 70, 55])
            #expect(entries.last?.reason == "перепутаны строки ведомости")
            let sheet = try await GradebookStore(database: app.db, clock: .live).sheet(for: fixture.intakeID)
            // 0.6 × (55 + 60) / 2 + 0.4 × 70 = 34.5 + 28 = 62.5 → 63 (C)
            #expect(sheet.rows.first?.cells.first?.standing == .graded(points: 63, band: try sheet.scale.grade(forPoints: 63)))
            let page = try await browser.get("/workspace/intakes/\(fixture.intakeID)/gradebook").body.string
            #expect(page.contains("История исправлений (1)"))
            #expect(page.contains("Текущий контроль: 50 → 55. Причина: перепутаны строки ведомости"))
        }
    }

    @Test func marksAreFinalOnceTheCommissionDecided() async throws {
        try await withTanba { app, browser in
            // setup: protocol closed with an award for the learner
            let (intakeID, learnerID) = try await CertificationTests.readyLearner(app)
            let registrar = browser.fresh()
            try await registrar.login(as: .registrar)
            let session = try await CertificationTests.openSession(registrar, intakeID: intakeID)
            let members = try await CertificationTests.memberIDs(app)
            try await registrar.post(session, [("action", "attendance")] + members.map { ("present[]", $0.uuidString) })
            try await registrar.post(session, [("action", "votes")] + members.map { ("votes[\(learnerID)][\($0)]", "award") })
            #expect(try await registrar.post(session, [("action", "close"), ("confirm", "yes")]).status == .seeOther)
            // act
            try await browser.login(as: .teacher)
            let page = try await browser.get("/workspace/intakes/\(intakeID)/gradebook").body.string
            let late = try await browser.post("/workspace/intakes/\(intakeID)/gradebook", [
                ("m.\(learnerID).1.exam", "60"), ("r.\(learnerID).1", "пересчёт")])
            // check: no input for the decided learner, and a forged post is refused
            #expect(!page.contains("name=\"m.\(learnerID).1.exam\""))
            #expect(page.contains("решение комиссии принято"))
            #expect(late.status == .unprocessableEntity)
            #expect(late.body.string.contains("баллы окончательны"))
            #expect(try await GradeEntryModel.query(on: app.db).filter(\.$reason != nil).count() == 0)
        }
    }

    @Test func marksWaitForTheFirstDayOfStudy() async throws {
        // 2026-05-20, before the test intake starts on 2026-06-01
        try await withTanba(clock: .fixed(Date(timeIntervalSince1970: 1_779_260_000))) { app, browser in
            let (fixture, learner) = try await Self.enrolled(app)
            try await browser.login(as: .teacher)
            try await browser.get("/workspace/intakes/\(fixture.intakeID)/gradebook")
            let early = try await mark(browser, fixture, learner: learner, "current_control", "80")
            #expect(early.status == .unprocessableEntity)
            #expect(early.body.string.contains("начинается 01.06.2026"))
            #expect(try await GradeEntryModel.query(on: app.db).count() == 0)
        }
    }
}
