import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaPersistence
import TanbaDemo
@testable import TanbaWeb

/// The reports count rows: every figure is checked against the journal and the gradebook.
@Suite(.serialized) struct ReportsTests {
    static func period(_ from: String, _ to: String) throws -> ReportPeriod {
        let start = try #require(CalendarDay(iso: from))
        let end = try #require(CalendarDay(iso: to))
        return try #require(ReportPeriod(from: start, to: end))
    }

    @Test func theFunnelEqualsTheRowsItCountsOnThePageInCSVAndInJSON() async throws {
        try await withTanba { app, browser in
            // setup: one learner through to the certificate, one refused applicant
            let (intakeID, learnerID) = try await CertificationTests.readyLearner(app)
            try await browser.login(as: .registrar)
            let session = try await CertificationTests.openSession(browser, intakeID: intakeID)
            let votes = try await CertificationTests.memberIDs(app).map { ("votes[\(learnerID)][\($0)]", "award") }
            _ = try await browser.post(session, [("action", "votes")] + votes)
            _ = try await browser.post(session, [("action", "close"), ("confirm", "yes")])
            #expect(try await browser.post(session, [("action", "issue_all")]).status == .seeOther)
            let other = try #require(try await UserModel.query(on: app.db).filter(\.$login == "teacher").first())
            try await ApplicationModel(intakeID: intakeID, learnerID: try other.requireID(), payment: .pending, at: testNow).create(on: app.db)
            let refused = try #require(try await ApplicationModel.query(on: app.db).filter(\.$learnerID == other.requireID()).first())
            refused.status = ApplicationStatus.rejected.rawValue
            try await refused.update(on: app.db)

            // the rows
            let applications = try await ApplicationModel.query(on: app.db).filter(\.$intakeID == intakeID).all()
            let certificates = try await CertificateModel.query(on: app.db).filter(\.$intakeID == intakeID).all()
            let sheet = try await GradebookStore(database: app.db, clock: .fixed(testNow)).sheet(for: intakeID)
            let certificate = try #require(certificates.first)
            let order = try #require(try await EnrollmentOrderModel.query(on: app.db).filter(\.$intakeID == intakeID).first())
            let days = CalendarDay(certificate.issuedAt).ordinal - (try #require(CalendarDay(iso: order.orderDate))).ordinal

            // act: the report for the calendar year the intake started in
            let report = try await ProgramReport.load(try Self.period("2026-01-01", "2026-12-31"), on: app.db, clock: .fixed(testNow))
            let line = try #require(report.lines.first { $0.code == "TEST-MC-001" })
            #expect(line.funnel.applied == applications.count)
            #expect(line.funnel.refused == applications.filter { $0.status == "rejected" }.count)
            #expect(line.funnel.enrolled == applications.filter { $0.status == "enrolled" }.count)
            #expect(line.funnel.completed == sheet.rows.filter(\.isReady).count)
            #expect(line.funnel.certified == Set(certificates.map(\.learnerID)).count)
            #expect(line.funnel.attested == 1 && line.funnel.certified == 1 && line.funnel.applied == 2)
            #expect(line.funnel.medianDaysToCertificate == Decimal(days))
            // grades per discipline equal the gradebook's letters
            #expect(line.grades.count == sheet.content.disciplines.count)
            for (index, discipline) in line.grades.enumerated() {
                let standings = sheet.rows.map { $0.cells[index].standing }
                #expect(discipline.graded == standings.filter { $0.band != nil }.count)
                #expect(discipline.passed == standings.filter(\.isPassed).count)
                #expect(discipline.letters.values.reduce(0, +) == discipline.graded)
            }
            // a period the intake did not start in counts nothing
            let before = try await ProgramReport.load(try Self.period("2025-09-01", "2026-05-31"), on: app.db, clock: .fixed(testNow))
            #expect(before.total.applied == 0)

            // the page, its CSV and the JSON say the same
            let page = try await browser.get("/workspace/reports?from=2026-01-01&to=2026-12-31")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("1 / 1 (100 %)"))
            #expect(page.body.string.contains("<svg"))
            let csv = try await browser.get("/workspace/reports/programs.csv?from=2026-01-01&to=2026-12-31").body.string
            #expect(csv.contains("TEST-MC-001,Java Developer,"))
            // intakes 1; applied 2, accepted 1, enrolled 1, completed 1, attested 1, certified 1, refused 1, withdrawn 0, revoked 0; 100 %
            #expect(csv.contains("TEST-MC-001,Java Developer,Кафедра ПИ,program,1,2,1,1,1,1,1,1,0,0,100,"), "\(csv)")
            #expect(!csv.contains("Тестовый"), "no person in a report")
            let api = IntakeAPITests()
            let token = try await api.token(app, "registrar")
            let json = try await api.call(app, .GET, "/api/v1/reports/programs?from=2026-01-01&to=2026-12-31", token: token)
            #expect(json.status == .ok)
            let dto = try JSONDecoder().decode(ProgramReportDTO.self, from: Data(json.body.readableBytesView))
            #expect(dto.programs.first { $0.code == "TEST-MC-001" }?.funnel.certified == 1)
            #expect(try await api.call(app, .GET, "/api/v1/reports/programs?from=2026-12-31&to=2026-01-01", token: token).status == .unprocessableEntity)
            #expect(try await api.call(app, .GET, "/api/v1/reports/programs?from=2026-13-01", token: token).status == .unprocessableEntity)
            // one day alone reaches to its academic year's end or start
            let alone = try await api.call(app, .GET, "/api/v1/reports/programs?to=2026-08-31", token: token)
            let year = try JSONDecoder().decode(ProgramReportDTO.self, from: Data(alone.body.readableBytesView))
            #expect(year.from == "2025-09-01" && year.to == "2026-08-31")
            #expect(year.programs.first { $0.code == "TEST-MC-001" }?.funnel.certified == 1)
            #expect(try await api.call(app, .GET, "/api/v1/reports/programs", token: try await api.token(app, "teacher")).status == .forbidden)
            // only the registrar's office, the councils' secretary and the administrator read reports
            for role in [Role.learner, .teacher, .programDeveloper] {
                let outsider = browser.fresh()
                try await outsider.login(as: role)
                #expect(try await outsider.get("/workspace/reports").status == .forbidden, "\(role)")
            }
        }
    }

    @Test func theDemoReportReproducesSeed001sFiguresForTheTwoYearsBeforeThisOne() async throws {
        // 7 December 2026: the current academic year is 2026-2027
        try await withTanba(clock: .fixed(Date(timeIntervalSince1970: 1_796_580_000))) { app, browser in
            try await RegistryTests().loadDemo(app)
            try await browser.login("registrar", password: "demo-registrar-2026")
            let current = try await browser.get("/workspace/reports").body.string
            #expect(current.contains("<strong>2026–2027</strong>"), "this year's report by default")
            let link = "/workspace/reports?from=2024-09-01&amp;to=2026-08-31"
            #expect(current.contains(link) && current.contains("2024–2026: два года до текущего"))
            let page = try await browser.get(link.replacingOccurrences(of: "&amp;", with: "&")).body.string
            // 001: «обучено 135, сертифицировано 4» and «135 / 9»
            #expect(page.contains("4 / 135 (3 %)") && page.contains("9 / 135 (7 %)"))
            let report = try await ProgramReport.load(try Self.period("2024-09-01", "2026-08-31"), on: app.db, clock: .fixed(testNow))
            let figures = Dictionary(uniqueKeysWithValues: report.lines.map { ($0.title, ($0.funnel.enrolled, $0.funnel.certified)) })
            #expect(figures["ML Specialist"]?.0 == 135 && figures["ML Specialist"]?.1 == 4)
            #expect(figures["Statistics Essentials"]?.0 == 135 && figures["Statistics Essentials"]?.1 == 9)
            // the certificates behind them are in the journal, numbered in the order they were issued
            let past = try await CertificateModel.query(on: app.db).filter(\.$year == 2025).sort(\.$sequence).all()
            #expect(past.count == 13)
            #expect(past.map(\.issuedAt) == past.map(\.issuedAt).sorted())
            // the department filter narrows the same report
            let filtered = try await browser.get("/workspace/reports?from=2024-09-01&to=2026-08-31&department="
                + ("Кафедра искусственного интеллекта и Data Science".addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")).body.string
            #expect(filtered.contains("4 / 135 (3 %)") && !filtered.contains("9 / 135 (7 %)"))
        }
    }

    @Test func programsDueForMonitoringAreListedAndTheDepartmentIsToldOnItsWorkspace() async throws {
        try await withTanba { app, browser in
            _ = try await EnrollmentFixture.make(app)
            let program = try #require(try await ProgramModel.query(on: app.db).filter(\.$code == "TEST-MC-001").first())
            // valid through 8 days after today (29.08.2026)
            program.validUntil = testNow.addingTimeInterval(8 * 86_400)
            try await program.update(on: app.db)
            let developer = browser.fresh()
            try await developer.login(as: .programDeveloper)
            let workspace = try await developer.get("/workspace").body.string
            #expect(workspace.contains("Мониторинг программ: просрочен — 0, в ближайшие 60 дней — 1."))
            #expect(workspace.contains("TEST-MC-001 Java Developer"))
            #expect(workspace.contains("через 8 дн. (06.09.2026)"))
            // ten days on, it is overdue on the report
            program.validUntil = testNow.addingTimeInterval(-2 * 86_400)
            try await program.update(on: app.db)
            try await browser.login(as: .registrar)
            let report = try await browser.get("/workspace/reports").body.string
            #expect(report.contains("просрочен на 2 дн."))
        }
    }

    @Test(arguments: ["skma-2026", "aitu"])
    func theCertificationProcedureIsPublishedFromTheActivePolicy(policyName: String) async throws {
        try await withTanba { app, browser in
            let policy = try #require(PolicyPresets.named(policyName))
            try await InstitutionSettings(database: app.db, clock: .fixed(testNow)).apply(DemoInstitution.change(for: policy), by: .commandLine)
            let page = try await browser.get("/procedure")
            #expect(page.status == .ok)
            let text = page.body.string
            #expect(text.contains(policy.gradeScale.summary))
            #expect(text.contains(policy.registrationNumberFormat.format(year: 2026, sequence: 1)))
            #expect(text.contains(policy.source))
            // SKMA issues on the rector's order and names the dean's faculty council among the stages; AITU calls it «свидетельство»
            #expect(text.contains("приказ о присвоении микроквалификации") == policy.requiresAwardOrder)
            #expect(text.contains("совет факультета (декан)") == (policyName == "skma-2026"))
            #expect(text.contains("Как присваивается свидетельство") == (policyName == "aitu"))
            #expect(text.contains("аннулирован"))
            // in Kazakh too, and linked from every page's footer
            _ = try await browser.get("/language/kk")
            let kazakh = try await browser.get("/procedure").body.string
            #expect(kazakh.contains("Сертификаттау тәртібі"))
            #expect(try await browser.get("/").body.string.contains("href=\"/procedure\""))
        }
    }
}
