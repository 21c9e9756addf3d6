import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaPersistence
@testable import TanbaWeb

/// A case filed by the learner for the second period and referred to the expert group.
func referredCase(_ app: Application, browser: Browser, fields: [(String, String)]? = nil) async throws -> UUID {
    try await setUpRecognition(app, browser: browser)
    try await browser.login(as: .learner)
    let second = try await periodID("Осенний семестр, второй поток", on: app.db)
    _ = try await browser.postMultipart("/me/recognition", fields: fields ?? RecognitionCaseTests.courseraFields(period: second),
                                        files: RecognitionCaseTests.scans)
    try await browser.get("/logout")
    let model = try #require(try await RecognitionCaseModel.query(on: app.db).first())
    let id = try model.requireID()
    try await browser.login(as: .registrar)
    _ = try await browser.post("/workspace/recognition/cases/\(id.uuidString)", [("action", "refer")])
    try await browser.get("/logout")
    return id
}

@Suite(.serialized) struct RecognitionExpertiseTests {
    static func conclusion(proposal: String, volume: String = "matches", note: String = "", credits: String = "") -> [(String, String)] {
        var fields: [(String, String)] = [("d[1][covered][]", "1"), ("d[1][covered][]", "2"),
                                         ("d[1][sourceOutcomes]", "Writes Python programs; uses lists and dictionaries"),
                                         ("d[1][proposal]", proposal), ("d[1][credits]", credits)]
        for element in ["learning_outcomes", "goals", "assessment", "level"] {
            fields += [("d[1][verdict][\(element)]", "matches"), ("d[1][note][\(element)]", "")]
        }
        fields += [("d[1][verdict][volume]", volume), ("d[1][note][volume]", note)]
        return fields
    }

    @Test func anExpertOfTheGroupWritesTheConclusionAndTheCommissionSeesIt() async throws {
        try await withTanba { app, browser in
            let id = try await referredCase(app, browser: browser)
            try await browser.login(as: .teacher)
            #expect(try await browser.get("/workspace/commission").body.string.contains("ждут заключения вашей группы — 1"))
            let list = try await browser.get("/workspace/recognition/expertise").body.string
            #expect(list.contains("ПР-2026-0001"))
            #expect(list.contains("Заключение экспертной группы до 03.09.2026"))
            let path = "/workspace/recognition/cases/\(id.uuidString)/conclusion"
            let form = try await browser.get(path).body.string
            // 60 h from Coursera against 5 credits × 30 h = 150 h; 92.5 % is an A-
            #expect(form.contains("Объём: источник 60 ч, дисциплина 150 ч (30 ч в кредите), разница -90 ч."))
            #expect(form.contains("<strong>A-</strong>"))
            let full = try await browser.post(path, Self.conclusion(proposal: "full", volume: "substantial_difference", note: "60 ч против 150 ч"))
            #expect(full.status == .unprocessableEntity)
            #expect(full.body.string.contains("полное признание при существенном различии невозможно: Объём."))
            let partial = try await browser.post(path, Self.conclusion(proposal: "partial", volume: "minor_difference", note: "60 ч против 150 ч, остальное — проект", credits: "2"))
            #expect(partial.status == .seeOther)
            let model = try #require(try await RecognitionCaseModel.find(id, on: app.db))
            #expect(model.status == "conclusion_ready")
            let stored = try #require(try await RecognitionConclusionModel.query(on: app.db).first())
            #expect(stored.credits == Credits(2) && stored.gradeLetter == "A-" && stored.gradePoints == 93)
            // written once
            #expect(try await browser.post(path, Self.conclusion(proposal: "full")).status == .conflict)
            try await browser.get("/logout")
            try await browser.login(as: .registrar)
            let page = try await browser.get("/workspace/recognition/cases/\(id.uuidString)").body.string
            #expect(page.contains("Заключение экспертной группы — признать частично"))
            #expect(page.contains("покрыто результатов обучения: 2 из 2 (100 %)"))
            #expect(page.contains("несущественное различие: 60 ч против 150 ч, остальное — проект"))
        }
    }

    @Test func someoneOutsideTheGroupCannotConclude() async throws {
        try await withTanba { app, browser in
            let id = try await referredCase(app, browser: browser)
            try await browser.login(as: .programDeveloper)
            let path = "/workspace/recognition/cases/\(id.uuidString)/conclusion"
            #expect(try await browser.get(path).status == .forbidden)
            #expect(try await browser.post(path, Self.conclusion(proposal: "full")).status == .forbidden)
            #expect(try await browser.get("/workspace/recognition/expertise").body.string.contains("нет"))
            try await browser.get("/logout")
            try await browser.login(as: .learner)
            #expect(try await browser.get(path).status == .forbidden)
            #expect(try await RecognitionConclusionModel.query(on: app.db).count() == 0)
        }
    }

    @Test func nonFormalLearningIsInterviewedByTheCommission() async throws {
        try await withTanba { app, browser in
            try await setUpRecognition(app, browser: browser)
            let second = try await periodID("Осенний семестр, второй поток", on: app.db)
            var fields = RecognitionCaseTests.courseraFields(period: second).filter { $0.0 != "sourceKind" && $0.0 != "issuer" }
            fields += [("sourceKind", "non_formal"), ("issuer", "ТОО «Kolesa Group», стажировка")]
            try await browser.login(as: .learner)
            _ = try await browser.postMultipart("/me/recognition", fields: fields, files: RecognitionCaseTests.scans)
            try await browser.get("/logout")
            let id = try #require(try await RecognitionCaseModel.query(on: app.db).first()).requireID()
            try await browser.login(as: .registrar)
            let path = "/workspace/recognition/cases/\(id.uuidString)"
            #expect(try await browser.get(path).body.string.contains("Для неформального обучения комиссия проводит собеседование"))
            let recorded = try await browser.post(path + "/interview", [("heldOn", "2026-08-29"), ("members", "Тестовый administrator, Тестовый teacher"),
                                                                       ("result", "passed"), ("notes", "Показал рабочий проект")])
            #expect(recorded.status == .seeOther)
            let page = try await browser.get(path).body.string
            #expect(page.contains("29.08.2026, Тестовый administrator, Тестовый teacher: компетенции подтверждены. Показал рабочий проект"))
            #expect(try await browser.post(path + "/interview", [("heldOn", "2026-08-29"), ("members", "X"), ("result", "passed")]).status == .unprocessableEntity)
        }
    }
}
