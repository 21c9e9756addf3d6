import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaPersistence
@testable import TanbaWeb

/// 004 §7.14: a discipline of the institution's own micro-credential program, recognised and
/// entered, shows in the gradebook of the learner's intake as «перезачтено», takes no marks, and
/// counts towards the attestation and the transcript.
@Suite(.serialized) struct RecognitionExemptionTests {
    @Test func anEnteredRecognitionExemptsTheLearnerInTheGradebookOfTheirIntake() async throws {
        try await withTanba { app, browser in
            // setup: the learner is enrolled in TEST-MC-001 and applies to have its first discipline recognised
            let (fixture, learnerID) = try await GradebookTests.enrolled(app)
            let second = try await { () async throws -> String in
                try await setUpRecognition(app, browser: browser)
                return try await periodID("Осенний семестр, второй поток", on: app.db)
            }()
            let fields = RecognitionCaseTests.courseraFields(period: second).map { field in
                field.0 == "disciplines[]" ? ("disciplines[]", "TEST-MC-001::TEST-MC-001-D1") : field
            }
            let id = try await referredCase(app, browser: browser, fields: fields)
            try await browser.login(as: .teacher)
            let conclusion = RecognitionExpertiseTests.conclusion(proposal: "full").filter { !($0.0 == "d[1][covered][]" && $0.1 == "2") }
            let concluded = try await browser.post("/workspace/recognition/cases/\(id.uuidString)/conclusion", conclusion)
            #expect(concluded.status == .seeOther)
            try await browser.get("/logout")
            try await browser.login(as: .registrar)
            let path = "/workspace/recognition/cases/\(id.uuidString)"
            _ = try await browser.post(path, [("action", "decide"), ("protocolNumber", "7"), ("meetingDate", "2026-08-29"), ("reasons", "")]
                                       + (try await RecognitionDecisionPageTests().votes(app, [.administrator: "award", .teacher: "award",
                                                                                                .externalExpert: "award"])))
            let entered = try await browser.post(path, [("action", "enter"), ("orderNumber", "45-Д"), ("orderDate", "2026-08-29"),
                                                        ("pricePerCredit", "")])
            #expect(entered.status == .seeOther)
            try await browser.get("/logout")

            // check: the teacher's gradebook shows the exemption and refuses marks for it
            try await browser.login(as: .teacher)
            let gradebook = try await browser.get("/workspace/intakes/\(fixture.intakeID)/gradebook").body.string
            #expect(gradebook.contains("standing-recognised"))
            #expect(gradebook.contains("перезачтено"))
            #expect(gradebook.contains("<strong>A-</strong>"))
            let refused = try await GradebookTests().mark(browser, fixture, learner: learnerID, "current_control", "80")
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Дисциплина перезачтена по решению комиссии по признанию"))
            #expect(try await GradeEntryModel.query(on: app.db).filter(\.$discipline == 1).count() == 0)
            // the JSON says so too
            let sheet = try await GradebookStore(database: app.db, clock: .fixed(testNow)).sheet(for: fixture.intakeID)
            let cell = try #require(sheet.row(of: learnerID)?.cells.first)
            #expect(cell.standing == .recognised(band: try #require(PolicyPresets.aitu.gradeScale.bands.first { $0.letter == "A-" })))
            #expect(cell.standing.isPassed)
            try await browser.get("/logout")

            // the learner's own record says it, and with the second discipline passed they are ready
            try await browser.login(as: .learner)
            let mine = try await browser.get("/me").body.string
            #expect(mine.contains("перезачтено"))
            let teacherUser = try #require(try await UserModel.query(on: app.db).filter(\.$login == "teacher").first())
            let registrarUser = try #require(try await UserModel.query(on: app.db).filter(\.$login == "registrar").first())
            let teacher = ActingUser(id: try teacherUser.requireID(), name: teacherUser.fullName, role: .teacher)
            let registrar = ActingUser(id: try registrarUser.requireID(), name: registrarUser.fullName, role: .registrar)
            let intake = try await IntakeStore(database: app.db, clock: .live).find(fixture.intakeID)
            try await IntakeStore(database: app.db, clock: .live).assign(teacher: teacher.id, discipline: 2, of: intake, by: registrar)
            try await GradebookStore(database: app.db, clock: .live).record([
                .init(learnerID: learnerID, discipline: 2, kind: .currentControl, points: 92),
                .init(learnerID: learnerID, discipline: 2, kind: .midterm, points: 90),
                .init(learnerID: learnerID, discipline: 2, kind: .exam, points: 95)], in: fixture.intakeID, by: teacher, source: "test")
            #expect(try await GradebookStore(database: app.db, clock: .live).sheet(for: fixture.intakeID).row(of: learnerID)?.isReady == true)

            // through the commission to the transcript, which prints the discipline as recognised
            try await browser.get("/logout")
            try await browser.login(as: .registrar)
            let session = try await CertificationTests.openSession(browser, intakeID: fixture.intakeID)
            let votes = try await CertificationTests.memberIDs(app).map { ("votes[\(learnerID)][\($0)]", "award") }
            #expect(try await browser.post(session, [("action", "votes")] + votes).status == .seeOther)
            #expect(try await browser.post(session, [("action", "close"), ("confirm", "yes")]).status == .seeOther)
            #expect(try await browser.post(session, [("action", "issue_all")]).status == .seeOther)
            let certificate = try #require(try await CertificateModel.query(on: app.db).first())
            #expect(try certificate.certifiedContent().disciplines.first?.recognised == true)
            let transcript = try pdfText(Data(try await browser.get("/certificates/\(try certificate.requireID())/transcript.pdf")
                .body.readableBytesView)).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(transcript.contains("1 Основы Java перезачтено по решению комиссии по 4 120 — A- 3.67 признанию"))
        }
    }
}
