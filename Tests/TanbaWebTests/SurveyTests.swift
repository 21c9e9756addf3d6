import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import SQLKit
import ZIPFoundation
import TanbaCore
import TanbaPersistence
@testable import TanbaWeb

/// Surveys of learners and employers (004 §5.12): answered once, anonymous in every report, and
/// never a figure from fewer than five answers.
@Suite(.serialized) struct SurveyTests {
    /// A learner taken through to the certificate; the browser is left signed in as the registrar.
    static func certified(_ app: Application, _ registrar: Browser) async throws -> CertificateModel {
        let (intakeID, learnerID) = try await CertificationTests.readyLearner(app)
        try await registrar.login(as: .registrar)
        let session = try await CertificationTests.openSession(registrar, intakeID: intakeID)
        let votes = try await CertificationTests.memberIDs(app).map { ("votes[\(learnerID)][\($0)]", "award") }
        _ = try await registrar.post(session, [("action", "votes")] + votes)
        _ = try await registrar.post(session, [("action", "close"), ("confirm", "yes")])
        #expect(try await registrar.post(session, [("action", "issue_all")]).status == .seeOther)
        return try #require(try await CertificateModel.query(on: app.db).filter(\.$learnerID == learnerID).first())
    }

    @Test func aLearnerAnswersOnceAndTheAnswerNamesNobody() async throws {
        try await withTanba { app, browser in
            let certificate = try await Self.certified(app, browser)
            let learner = browser.fresh()
            try await learner.login(as: .learner)
            let path = "/me/certificates/\(try certificate.requireID())/survey"
            // the certificate's row offers the survey
            #expect(try await learner.get("/me").body.string.contains(path))
            let form = try await learner.get(path)
            #expect(form.status == .ok)
            #expect(form.body.string.contains("писать код"), "each learning outcome is asked about")
            #expect(form.body.string.contains("по программе — 210 ч"), "the declared workload beside the hours asked")

            // a form with an outcome unanswered and no satisfaction is refused, by name, and nothing is stored
            let refused = try await learner.post(path, [("hours", "200"), ("comment", "")])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Ответьте, достигнут ли результат РО1"))
            #expect(refused.body.string.contains("Выберите оценку удовлетворённости"))
            #expect(try await SurveyAnswerModel.query(on: app.db).count() == 0)

            let answered = try await learner.post(path, [("outcome.РО1", "yes"), ("hours", "240"), ("satisfaction", "4"),
                                                         ("comment", "Больше практики")])
            #expect(answered.status == .seeOther)
            #expect(!(try await learner.get("/me").body.string.contains(path)), "answered: no longer offered")
            #expect(try await learner.get(path).status == .gone)
            #expect(try await learner.post(path, [("outcome.РО1", "no"), ("hours", "1"), ("satisfaction", "1")]).status == .gone)
            // staff cannot answer in a learner's name
            #expect(try await browser.post(path, [("outcome.РО1", "no"), ("hours", "1"), ("satisfaction", "1")]).status == .forbidden)
            #expect(try await SurveyAnswerModel.query(on: app.db).count() == 1)

            // the stored answer carries the program, the kind and the day: no person, no certificate
            let row = try #require(try await SurveyAnswerModel.query(on: app.db).first())
            #expect(!row.answer.contains(certificate.learnerID.uuidString) && !row.answer.contains("Тестовый"))
            #expect(row.answeredOn == CalendarDay(testNow).iso)
            let answer = try JSONDecoder().decode(LearnerSurveyAnswer.self, from: Data(row.answer.utf8))
            #expect(answer == LearnerSurveyAnswer(outcomesAchieved: ["РО1": true], hoursSpent: 240, satisfaction: 4, comment: "Больше практики"))

            // one answer: counted, but every figure is "too few answers"
            let monitoring = try await browser.get("/workspace/monitoring/TEST-MC-001")
            #expect(monitoring.body.string.contains("мало ответов (меньше 5)"))
            #expect(!monitoring.body.string.contains("Больше практики"), "a comment of a lone answer would name its author")
            let period = try ReportsTests.period("2025-09-01", "2026-08-31")
            var line = try #require(try await ProgramReport.load(period, on: app.db, clock: .fixed(testNow)).lines.first { $0.code == "TEST-MC-001" })
            #expect(line.learnerSurvey.answers == 1 && line.learnerSurvey.satisfaction == nil && line.learnerSurvey.medianHours == nil)

            // four more answers make five: the figures equal the rows they count
            let programID = row.programID
            for (satisfaction, hours) in [(5, 180), (3, 200), (5, 260), (2, 300)] {
                let more = LearnerSurveyAnswer(outcomesAchieved: ["РО1": satisfaction > 2], hoursSpent: hours, satisfaction: satisfaction,
                                               comment: "")
                try await SurveyAnswerModel(kind: .learner, programID: programID, on: CalendarDay(testNow),
                                            answer: String(decoding: try JSONEncoder().encode(more), as: UTF8.self)).create(on: app.db)
            }
            line = try #require(try await ProgramReport.load(period, on: app.db, clock: .fixed(testNow)).lines.first { $0.code == "TEST-MC-001" })
            #expect(line.learnerSurvey.answers == 5)
            #expect(line.learnerSurvey.satisfaction == Decimal(string: "3.8"), "(4+5+3+5+2)/5")
            #expect(line.learnerSurvey.medianHours == 240, "180 200 240 260 300")
            #expect(line.learnerSurvey.achievedPercent("РО1") == 80)
            #expect(line.declaredHours == 210)
            let page = try await browser.get("/workspace/reports?from=2025-09-01&to=2026-08-31").body.string
            #expect(page.contains("3,8 / 5"))
            let csv = try await browser.get("/workspace/reports/programs.csv?from=2025-09-01&to=2026-08-31").body.string
            #expect(csv.contains(",5,3.8,210,240,0,"), "\(csv)")
            #expect(!csv.contains("Тестовый") && !csv.contains("Больше практики"), "no respondent and no free text in an export")
            let shown = try await browser.get("/workspace/monitoring/TEST-MC-001").body.string
            #expect(shown.contains("Больше практики"), "five answers: comments are shown, in no telling order")
            #expect(shown.contains("80 %"))
        }
    }

    @Test func anEmployersLinkOpensTheSurveyOnceAndOnlyItsHashIsKept() async throws {
        try await withTanba { app, browser in
            _ = try await EnrollmentFixture.make(app)
            try await browser.login(as: .registrar)
            let page = "/workspace/monitoring/TEST-MC-001"
            #expect(try await browser.post(page + "/survey-links", [("recipient", " ")]).status == .unprocessableEntity)
            let made = try await browser.post(page + "/survey-links", [("recipient", "ТОО «Партнёр» — Омарова Д.")])
            #expect(made.status == .ok)
            let html = made.body.string
            let marker = "/survey/"
            let start = try #require(html.range(of: marker))
            let token = String(html[start.upperBound...].prefix(43))
            #expect(token.count == 43)
            let invitation = try #require(try await SurveyInvitationModel.query(on: app.db).first())
            #expect(invitation.tokenHash != nil && invitation.tokenHash != token, "only the hash is stored")
            #expect(!(try await browser.get(page).body.string.contains(token)), "the link is shown once")
            #expect(try await browser.get(page).body.string.contains("ждёт ответа"))

            // anyone with the link answers, without an account
            let employer = browser.fresh()
            let form = try await employer.get("/survey/" + token)
            #expect(form.status == .ok)
            #expect(form.body.string.contains("писать код"))
            // the link is the key: it is never sent on to another site
            #expect(["same-origin", "no-referrer"].contains(form.headers.first(name: "Referrer-Policy") ?? ""))
            let refused = try await employer.post("/survey/" + token, [("rating.РО1", "7")])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Оцените результат РО1"))
            #expect(try await employer.post("/survey/" + token, [("rating.РО1", "4"), ("demand", "high"), ("comment", "")]).status == .ok)
            #expect(try await employer.get("/survey/" + token).status == .gone)
            #expect(try await employer.post("/survey/" + token, [("rating.РО1", "1"), ("demand", "none")]).status == .gone)
            #expect(try await SurveyAnswerModel.query(on: app.db).filter(\.$kind == "employer").count() == 1)
            #expect(try await browser.get(page).body.string.contains("ответ получен"))
            // the dossier the council reads carries the survey, under the same small-cell rule
            let dossier = try pdfText(Data(try await browser.get(page + "/dossier.pdf").body.readableBytesView))
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(dossier.contains("Результаты опросов"))
            #expect(dossier.contains("Ответов работодателей 1") || dossier.contains("Ответов работодателей: 1"), "\(dossier)")
            #expect(dossier.contains("мало ответов (меньше 5)"))
            // a made-up link names no survey
            #expect(try await employer.get("/survey/" + String(repeating: "A", count: 43)).status == .notFound)
            // only the registrar's office and the department make links
            let teacher = browser.fresh()
            try await teacher.login(as: .teacher)
            #expect(try await teacher.post(page + "/survey-links", [("recipient", "X")]).status == .forbidden)
        }
    }

    @Test func theReportExportsAsAWorkbookWithItsChartsAndNoPerson() async throws {
        try await withTanba { app, browser in
            let certificate = try await Self.certified(app, browser)
            let response = try await browser.get("/workspace/reports/programs.xlsx?from=2026-01-01&to=2026-12-31")
            #expect(response.status == .ok)
            #expect(response.headers.contentType?.description.contains("spreadsheetml") == true)
            // read back with an independent ZIP reader: sheets, strings, numbers and the charts
            let archive = try Archive(data: Data(response.body.readableBytesView), accessMode: .read)
            func text(_ path: String) throws -> String {
                guard let entry = archive[path] else { return "" }
                var data = Data()
                _ = try archive.extract(entry) { data.append($0) }
                return String(decoding: data, as: UTF8.self)
            }
            let workbook = try text("xl/workbook.xml")
            for sheet in ["По программам", "Путь обучающихся", "Результаты опросов", "Оценки по дисциплинам", "Проверки сертификатов"] {
                #expect(workbook.contains("name=\"\(sheet)\""), "\(sheet)")
            }
            let strings = try text("xl/sharedStrings.xml")
            #expect(strings.contains("TEST-MC-001") && strings.contains("Java Developer"))
            #expect(!strings.contains("Тестовый") && !strings.contains(certificate.registrationNumber), "counts only, never a person")
            // the program's row: applied 1 … certified 1, written as numbers
            let programs = try text("xl/worksheets/sheet1.xml")
            #expect(programs.contains("<c r=\"K2\" s=\"0\"><v>1</v></c>") || programs.contains("<c r=\"K2\"><v>1</v></c>"), "certified")
            #expect(archive["xl/charts/chart1.xml"] != nil && archive["xl/charts/chart2.xml"] != nil, "the funnel and the verifications")
            // a period that is no period is refused, as for CSV
            #expect(try await browser.get("/workspace/reports/programs.xlsx?from=2026-13-01").status == .unprocessableEntity)
        }
    }

    @Test func verificationsAreCountedPerMonthWithoutAWritePerLookup() async throws {
        try await withTanba { app, browser in
            let certificate = try await Self.certified(app, browser)
            let visitor = browser.fresh()
            #expect(try await visitor.get("/verify/\(certificate.token)").status == .ok)
            #expect(try await visitor.get("/verify/\(certificate.token)").status == .ok)
            #expect(try await visitor.get("/api/v1/verify/\(certificate.token)").status == .ok)
            #expect(try await visitor.get("/verify/" + String(repeating: "x", count: 22)).status == .notFound)
            let sql = try #require(app.db as? any SQLDatabase)
            let stored = { try await sql.select().column("lookups").from("verification_lookups").all().map { try $0.decode(column: "lookups", as: Int.self) } }
            #expect(try await stored().isEmpty, "a verification writes nothing")
            let month = String(CalendarDay(testNow).iso.prefix(7))
            let api = IntakeAPITests()
            let token = try await api.token(app, "registrar")
            let json = try await api.call(app, .GET, "/api/v1/reports/programs?from=2025-09-01&to=2026-08-31", token: token)
            let dto = try JSONDecoder().decode(ProgramReportDTO.self, from: Data(json.body.readableBytesView))
            #expect(dto.verifications.count == 12, "every month of the academic year, zeros included")
            #expect(dto.verifications.first { $0.month == month }?.lookups == 3, "two pages and one JSON; the unknown one is not counted")
            // written now and then, and the count stays the same
            try await #require(app.services).verificationLookups.flush(on: app.db)
            #expect(try await stored() == [3])
            #expect(try await visitor.get("/verify/\(certificate.token)").status == .ok)
            try await #require(app.services).verificationLookups.flush(on: app.db)
            #expect(try await stored() == [4], "added to the month's row")
            let page = try await browser.get("/workspace/reports?from=2025-09-01&to=2026-08-31").body.string
            #expect(page.contains("Проверки сертификатов"))
            #expect(page.contains("\(month): 4"), "the chart's label lists each month")
        }
    }

    @Test func aRepeatedVerificationIsAnswered304UntilTheCertificateIsAnnulled() async throws {
        try await withTanba { app, browser in
            let certificate = try await Self.certified(app, browser)
            let scanner = browser.fresh()
            let path = "/api/v1/verify/\(certificate.token)"
            let first = try await scanner.get(path)
            #expect(first.status == .ok)
            #expect(first.headers.first(name: .cacheControl) == "no-cache", "kept, but asked about every time")
            #expect(first.headers.first(name: .lastModified) != nil)
            let etag = try #require(first.headers.first(name: .eTag))
            let again = try await scanner.get(path, headers: ["If-None-Match": etag])
            #expect(again.status == .notModified && again.body.readableBytes == 0)
            // annulled: the same tag no longer matches, the new state comes back
            #expect(try await browser.post("/workspace/certificates/\(try certificate.requireID())", [
                ("action", "revoke"), ("decidedBy", "Ректор"), ("decisionNumber", "12-П"), ("decidedOn", AlmatyDate.iso(testNow)),
                ("reason", "Выдан ошибочно."), ("confirm", "yes")]).status == .seeOther)
            let annulled = try await scanner.get(path, headers: ["If-None-Match": etag])
            #expect(annulled.status == .ok)
            #expect(annulled.body.string.contains("\"status\":\"revoked\""), "\(annulled.body.string.prefix(300))")
            // the signed credential never changes: kept for a day
            let credential = try await scanner.get(path + "/credential")
            #expect(credential.headers.first(name: .cacheControl) == "public, max-age=86400")
            let tag = try #require(credential.headers.first(name: .eTag))
            #expect(try await scanner.get(path + "/credential", headers: ["If-None-Match": tag]).status == .notModified)
        }
    }
}
