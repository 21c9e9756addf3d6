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
        let registrar = Actor(id: try registrarUser.requireID(), name: registrarUser.fullName, role: .registrar)
        let storage = try #require(app.services).storage
        let applications = ApplicationStore(database: app.db, storage: storage)
        let application = try await applications.apply(
            to: fixture.intakeID, by: Actor(id: try learner.requireID(), name: learner.fullName, role: .learner),
            uploads: [.init(kind: .identityDocument, fileName: "id.pdf", bytes: Array("%PDF-1.4".utf8))])
        let id = try application.requireID()
        try await applications.decide(.accept, on: id, by: registrar)
        try await applications.decide(.contract(number: "Д-1", payment: .paid), on: id, by: registrar)
        _ = try await EnrollmentOrderStore(database: app.db).issue(
            .init(number: "1-МК", orderDate: "2026-09-29", responsiblePerson: "Касымов", language: .russian),
            for: fixture.intakeID, applications: [id], by: registrar)
        return (fixture, try learner.requireID())
    }

    func mark(_ browser: Browser, _ fixture: EnrollmentFixture, learner: UUID, discipline: Int = 1, _ kind: String,
              _ points: String) async throws -> TestingHTTPResponse {
        try await browser.post("/workspace/intakes/\(fixture.intakeID)/gradebook", [
            ("learner", learner.uuidString), ("discipline", "\(discipline)"), ("kind", kind), ("points", points)])
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
            #expect(again.body.string.contains("После FX можно записать только пересдачу"))
            #expect(try await mark(browser, fixture, learner: learner, "re_exam", "75").status == .seeOther) // 30 + 30 = 60 → C-
            let sheet = try await GradebookStore(database: app.db).sheet(for: fixture.intakeID)
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
                ("learner", learner.uuidString), ("discipline", "1")])
            #expect(repeated.status == .seeOther)
            #expect(try await mark(browser, fixture, learner: learner, "current_control", "80").status == .seeOther)
            let sheet = try await GradebookStore(database: app.db).sheet(for: fixture.intakeID)
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
            #expect(export.body.string.contains("learner,1,85,90,,,1,,,4"))
        }
    }
}
