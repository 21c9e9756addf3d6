import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaPersistence
@testable import TanbaWeb

/// A program's yearly monitoring: the department's findings and plan, the council's decision, the
/// validity it renews or the withdrawal it makes (004 §5.12, §8.2, §8.4).
@Suite(.serialized) struct MonitoringTests {
    func due(_ app: Application) async throws -> ProgramModel {
        _ = try await EnrollmentFixture.make(app)
        let program = try #require(try await ProgramModel.query(on: app.db).filter(\.$code == "TEST-MC-001").first())
        // valid through 06.09.2026, eight days after the tests' today (29.08.2026)
        program.validUntil = testNow.addingTimeInterval(8 * 86_400)
        try await program.update(on: app.db)
        return program
    }

    @Test func theDepartmentWritesFindingsTheCouncilKeepsTheProgramAndItsValidityRenews() async throws {
        try await withTanba { app, browser in
            let program = try await due(app)
            let path = "/workspace/monitoring/TEST-MC-001"
            let learner = browser.fresh()
            try await learner.login(as: .learner)
            #expect(try await learner.get(path).status == .forbidden)
            // the council cannot decide before the department's findings
            let secretary = browser.fresh()
            try await secretary.login(as: .councilSecretary)
            let early = try await secretary.post(path, [("action", "decide"), ("decision", "keep"), ("protocolNumber", "12"), ("meetingDate", "2026-08-28")])
            #expect(early.status == .unprocessableEntity)
            // the department: a bad action line is refused with its number, nothing saved
            let developer = browser.fresh()
            try await developer.login(as: .programDeveloper)
            let refused = try await developer.post(path, [("action", "findings"), ("findings", "Спрос устойчивый."),
                                                          ("actions", "Обновить кейсы; Нурланова А.; 31.12.2026\nБез срока; Касымов")])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("строки 2"))
            #expect(try await MonitoringRecordModel.query(on: app.db).count() == 0)
            #expect(try await developer.post(path, [("action", "findings"), ("findings", "Спрос устойчивый; работодатели просят больше практики."),
                                                    ("actions", "Обновить кейсы; Нурланова А.; 31.12.2026\nДобавить стажировку; Касымов Е.; 01.02.2027")])
                .status == .seeOther)
            let page = try await developer.get(path).body.string
            #expect(page.contains("работодатели просят больше практики"))
            #expect(page.contains("Добавить стажировку") && page.contains("01.02.2027"))
            #expect(page.contains("через 8 дн."))
            // the figures of the academic year are frozen in the record
            let record = try #require(try await MonitoringRecordModel.query(on: app.db).first())
            #expect(try record.funnel.enrolled == 0 && record.year == 2026)
            // the council keeps it: valid one more year from the later of its validity and the meeting
            #expect(try await secretary.post(path, [("action", "decide"), ("decision", "keep"), ("protocolNumber", "12"),
                                                    ("meetingDate", "2026-08-28")]).status == .seeOther)
            let renewed = try #require(try await ProgramModel.find(program.requireID(), on: app.db)?.validUntil)
            #expect(CalendarDay(renewed).iso == "2027-09-06")
            #expect(try await secretary.get(path).body.string.contains("Решение: сохранить, протокол № 12 от 28.08.2026; регистрация действует до 06.09.2027."))
            // decided is final; the actions are still tracked to done, once
            #expect(try await secretary.post(path, [("action", "decide"), ("decision", "withdraw"), ("protocolNumber", "13"),
                                                    ("meetingDate", "2026-08-28")]).status == .conflict)
            let action = try #require(try await MonitoringActionModel.query(on: app.db).sort(\.$position).first())
            #expect(try await developer.post(path, [("action", "done"), ("actionID", try action.requireID().uuidString)]).status == .seeOther)
            #expect(try await developer.post(path, [("action", "done"), ("actionID", try action.requireID().uuidString)]).status == .conflict)
            #expect(try await AuditEventModel.query(on: app.db).filter(\.$action == "monitoring_decided").count() == 1)
            // the dossier the council reads: figures with their chart, findings, the plan, the decision
            let pdf = try await secretary.get(path + "/dossier.pdf")
            #expect(pdf.status == .ok)
            let dossier = try pdfText(Data(pdf.body.readableBytesView)).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(dossier.contains("Досье ежегодного мониторинга программы, 2026"))
            #expect(dossier.contains("TEST-MC-001 «Java Developer»"))
            #expect(dossier.contains("Заявления") && dossier.contains("Выдан сертификат"), "the chart's labels")
            #expect(dossier.contains("работодатели просят больше практики"))
            #expect(dossier.contains("Добавить стажировку"))
            #expect(dossier.contains("Решение: сохранить, протокол № 12 от 28.08.2026"))
            #expect(try await learner.get(path + "/dossier.pdf").status == .forbidden)
            // no longer due: the workspace says nothing
            #expect(!(try await developer.get("/workspace").body.string.contains("Мониторинг программ:")))
        }
    }

    @Test func aProgramNotInDemandIsWithdrawnByTheCouncilAfterMonitoring() async throws {
        try await withTanba { app, browser in
            let program = try await due(app)
            let path = "/workspace/monitoring/TEST-MC-001"
            let developer = browser.fresh()
            try await developer.login(as: .programDeveloper)
            _ = try await developer.post(path, [("action", "findings"), ("findings", "Заявлений нет второй год."), ("actions", "")])
            let secretary = browser.fresh()
            try await secretary.login(as: .councilSecretary)
            #expect(try await secretary.post(path, [("action", "decide"), ("decision", "withdraw"), ("protocolNumber", "14"),
                                                    ("meetingDate", "2026-08-28")]).status == .seeOther)
            let edition = try #require(try await ProgramEditionModel.find(program.publicEditionID, on: app.db))
            #expect(try edition.editionStatus == .withdrawn)
            #expect(try await secretary.get(path).body.string.contains("Решение: вывести из реестра, протокол № 14 от 28.08.2026."))
            // nothing was deleted: the program, its record and its history stay
            #expect(try await ProgramModel.find(program.requireID(), on: app.db) != nil)
            #expect(try await ApprovalStepModel.query(on: app.db).filter(\.$decision == "withdrawn").count() == 1)
        }
    }

    @Test func afterAnUpdateDecisionTheDepartmentStartsTheNewEditionFromTheMonitoringPage() async throws {
        try await withTanba { app, browser in
            let program = try await due(app)
            let path = "/workspace/monitoring/TEST-MC-001"
            let developer = browser.fresh()
            try await developer.login(as: .programDeveloper)
            _ = try await developer.post(path, [("action", "findings"), ("findings", "Содержание устарело: нужен модуль по Spring."), ("actions", "")])
            #expect(!(try await developer.get(path).body.string.contains("Начать новую редакцию")), "not before the council decides")
            let secretary = browser.fresh()
            try await secretary.login(as: .councilSecretary)
            #expect(try await secretary.post(path, [("action", "decide"), ("decision", "update"), ("protocolNumber", "15"),
                                                    ("meetingDate", "2026-08-28")]).status == .seeOther)
            // still registered, one more period, with a new edition due before it ends
            let renewed = try #require(try await ProgramModel.find(program.requireID(), on: app.db)?.validUntil)
            #expect(CalendarDay(renewed).iso == "2027-09-06")
            let page = try await developer.get(path).body.string
            #expect(page.contains("новая редакция должна быть зарегистрирована до 06.09.2027"))
            #expect(page.contains("Начать новую редакцию"))
            #expect(!(try await secretary.get(path).body.string.contains("Начать новую редакцию")), "the department's, not the council's")
            let started = try await developer.post("/workspace/programs/\(try program.requireID())/editions")
            #expect(started.status == .seeOther)
            let editions = try await ProgramEditionModel.query(on: app.db).filter(\.$program.$id == program.requireID()).all()
            #expect(editions.count == 2)
            #expect(try editions.contains { try $0.editionStatus == .draft && $0.number == 2 })
        }
    }
}
