import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaPersistence
@testable import TanbaWeb

@Suite(.serialized) struct RecognitionDecisionPageTests {
    /// A referred case with the experts' conclusion written by the teacher who chairs the group.
    func concluded(_ app: Application, _ browser: Browser, proposal: String, volume: String, note: String = "",
                   credits: String = "") async throws -> UUID {
        let id = try await referredCase(app, browser: browser)
        try await browser.login(as: .teacher)
        _ = try await browser.post("/workspace/recognition/cases/\(id.uuidString)/conclusion",
                                   RecognitionExpertiseTests.conclusion(proposal: proposal, volume: volume, note: note, credits: credits))
        try await browser.get("/logout")
        return id
    }

    func votes(_ app: Application, _ choices: [Role: String]) async throws -> [(String, String)] {
        var fields: [(String, String)] = []
        for (role, vote) in choices { fields.append(("votes[\(try await staffID(role, on: app.db).uuidString)]", vote)) }
        return fields
    }

    @Test func aMajorityGrantsTheProposalAndTheProtocolAndExtractAreDrawnUp() async throws {
        try await withTanba { app, browser in
            let id = try await concluded(app, browser, proposal: "partial", volume: "minor_difference", note: "60 ч из 150", credits: "2")
            try await browser.login(as: .registrar)
            let path = "/workspace/recognition/cases/\(id.uuidString)"
            #expect(try await browser.get(path).body.string.contains("Записать решение"))
            let fields = [("action", "decide"), ("protocolNumber", "7"), ("meetingDate", "2026-08-29"), ("reasons", "")]
                + (try await votes(app, [.administrator: "award", .teacher: "award", .externalExpert: "refuse"]))
            let decided = try await browser.post(path, fields)
            #expect(decided.status == .seeOther)
            let page = try await browser.get(path).body.string
            #expect(page.contains("признано частично"))
            #expect(page.contains("протокол № 7 от 29.08.2026"))
            let protocolText = try pdfText(Data(try await browser.get(path + "/protocol.pdf").body.readableBytesView))
            #expect(protocolText.contains("Протокол заседания комиссии по признанию"))
            #expect(protocolText.contains("29.08.2026, г. Астана"))
            #expect(protocolText.contains("Тестовый external_expert"))
            #expect(protocolText.contains("Голосовали: за — 2, против — 1."))
            #expect(protocolText.contains("Решили: признано частично."))
            #expect(protocolText.contains("PRG1101"))
            let extract = try pdfText(Data(try await browser.get(path + "/extract.pdf").body.readableBytesView))
            #expect(extract.contains("Выписка из протокола"))
            #expect(extract.contains("Тестовый learner"))
            #expect(extract.contains("A-"))
            #expect(extract.contains("council_secretary"))
            #expect(extract.contains("Протокол № 7 от 29.08.2026"))
            // a decision is final
            #expect(try await browser.post(path, fields).status == .conflict)
            #expect(try await RecognitionDecisionModel.query(on: app.db).count() == 1)
        }
    }

    @Test func aRefusalNeedsItsReasonsAndTheApplicantSeesThemWithHowToAppeal() async throws {
        try await withTanba { app, browser in
            let id = try await concluded(app, browser, proposal: "none", volume: "substantial_difference", note: "60 ч против 150 ч")
            try await browser.login(as: .registrar)
            let path = "/workspace/recognition/cases/\(id.uuidString)"
            let ballots = try await votes(app, [.administrator: "award", .teacher: "award", .externalExpert: "award"])
            let silent = try await browser.post(path, [("action", "decide"), ("protocolNumber", "8"), ("meetingDate", "2026-08-29"), ("reasons", " ")] + ballots)
            #expect(silent.status == .unprocessableEntity)
            #expect(silent.body.string.contains("Отказ не записывается без причин"))
            #expect(try await RecognitionDecisionModel.query(on: app.db).count() == 0)
            let noQuorum = try await browser.post(path, [("action", "decide"), ("protocolNumber", "8"), ("meetingDate", "2026-08-29"),
                                                         ("reasons", "x")] + (try await votes(app, [.teacher: "award"])))
            #expect(noQuorum.body.string.contains("Нет кворума: присутствуют 1, нужно не меньше 2."))
            let reasons = "Объём курса 60 ч против 150 ч дисциплины: существенное различие."
            _ = try await browser.post(path, [("action", "decide"), ("protocolNumber", "8"), ("meetingDate", "2026-08-29"), ("reasons", reasons)] + ballots)
            try await browser.get("/logout")
            try await browser.login(as: .learner)
            let mine = try await browser.get("/me/recognition").body.string
            #expect(mine.contains("в признании отказано"))
            #expect(mine.contains(reasons))
            #expect(mine.contains("Решение можно обжаловать"))
        }
    }

    @Test func theRegistrarEntersTheRecognisedCreditsWithTheReductionAndTheDeansOrder() async throws {
        try await withTanba { app, browser in
            let id = try await concluded(app, browser, proposal: "partial", volume: "minor_difference", note: "60 ч из 150", credits: "2,5")
            try await browser.login(as: .registrar)
            let path = "/workspace/recognition/cases/\(id.uuidString)"
            _ = try await browser.post(path, [("action", "decide"), ("protocolNumber", "7"), ("meetingDate", "2026-08-29"), ("reasons", "")]
                                       + (try await votes(app, [.administrator: "award", .teacher: "award", .externalExpert: "award"])))
            let early = try await browser.post(path, [("action", "enter"), ("orderNumber", "45-Д"), ("orderDate", "2026-08-28"), ("pricePerCredit", "")])
            #expect(early.body.string.contains("Приказ не может быть раньше решения комиссии."))
            let entered = try await browser.post(path, [("action", "enter"), ("orderNumber", "45-Д"), ("orderDate", "2026-08-29"),
                                                        ("pricePerCredit", "18 333,33")])
            #expect(entered.status == .seeOther)
            // 2.5 credits × 18 333,33 ₸ = 45 833,325 → 45 833,33 ₸
            let entry = try #require(try await RecognitionEntryModel.query(on: app.db).first())
            #expect(entry.reduction == Tenge(tiyn: 4_583_333))
            #expect(try await RecognitionCaseModel.find(id, on: app.db)?.status == "entered")
            let order = try pdfText(Data(try await browser.get("/recognition/cases/\(id.uuidString)/exemption-order.pdf").body.readableBytesView))
            #expect(order.contains("Об освобождении от изучения дисциплин и перезачёте кредитов"))
            #expect(order.contains("Тестовый learner"))
            #expect(order.contains("PRG1101"))
            #expect(order.contains("45 833,33"))
            #expect(order.contains("перезачтено"))
            try await browser.get("/logout")
            try await browser.login(as: .learner)
            let mine = try await browser.get("/me/recognition").body.string
            #expect(mine.contains("PRG1101 Программирование на Python: 2.5 кр., A-, перезачтено (семестр 1)"))
            #expect(mine.contains("Стоимость обучения уменьшена на 45 833,33 ₸."))
            #expect(try await browser.get("/recognition/cases/\(id.uuidString)/exemption-order.pdf").status == .ok)
            // the learner's record of transferred credits
            let learner = try await staffID(.learner, on: app.db)
            #expect(mine.contains("Справка о перезачтённых дисциплинах (PDF)"))
            let record = try pdfText(Data(try await browser.get("/recognition/learners/\(learner.uuidString)/transferred-credits.pdf").body.readableBytesView))
            #expect(record.contains("Справка о перезачтённых дисциплинах"))
            #expect(record.contains("PRG1101"))
            #expect(record.contains("Всего перезачтено кредитов: 2.5"))
            #expect(record.contains("45-Д"))
            try await browser.get("/logout")
            try await browser.login(as: .teacher)
            #expect(try await browser.get("/recognition/learners/\(learner.uuidString)/transferred-credits.pdf").status == .forbidden)
        }
    }

    @Test func onlyTheRegistrarDownloadsTheProtocol() async throws {
        try await withTanba { app, browser in
            let id = try await concluded(app, browser, proposal: "full", volume: "matches")
            try await browser.login(as: .learner)
            #expect(try await browser.get("/workspace/recognition/cases/\(id.uuidString)/protocol.pdf").status == .forbidden)
            #expect(try await browser.post("/workspace/recognition/cases/\(id.uuidString)", [("action", "decide")]).status == .forbidden)
        }
    }
}

@Suite(.serialized) struct RecognitionReportTests {
    @Test func theCommissionPageCountsOutcomesAndTheAPIGivesEachCaseToStaffTokens() async throws {
        try await withTanba { app, browser in
            let id = try await RecognitionDecisionPageTests().concluded(app, browser, proposal: "full", volume: "matches")
            try await browser.login(as: .registrar)
            let path = "/workspace/recognition/cases/\(id.uuidString)"
            _ = try await browser.post(path, [("action", "decide"), ("protocolNumber", "7"), ("meetingDate", "2026-08-29"), ("reasons", "")]
                                       + (try await RecognitionDecisionPageTests().votes(app, [.administrator: "award", .teacher: "award"])))
            let page = try await browser.get("/workspace/recognition").body.string
            #expect(page.contains("Итоги признания"))
            let csv = try await browser.get("/workspace/recognition/report.csv")
            #expect(csv.headers.contentType?.description.hasPrefix("text/csv") == true)
            #expect(csv.body.string.contains("period,\"Осенний семестр, второй поток\",1,0,0,0,1"))
            #expect(csv.body.string.contains("source_kind,mooc_platform,1,0,0,0,1"))
            let registrar = try await APITokenStore(database: app.db, clock: .live, random: .system).create(forLogin: "registrar", name: "Platonus")
            var headers = HTTPHeaders()
            headers.bearerAuthorization = BearerAuthorization(token: registrar)
            let list = try await app.testing().sendRequest(.GET, "/api/v1/recognitions", headers: headers)
            #expect(list.status == .ok)
            let one = try await app.testing().sendRequest(.GET, "/api/v1/recognitions/\(id.uuidString)", headers: headers)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(one.body.readableBytesView)) as? [String: Any])
            #expect(json["status"] as? String == "decided")
            #expect(json["automatic"] as? Bool == false)
            #expect((json["decision"] as? [String: Any])?["outcome"] as? String == "granted")
            let disciplines = try #require(json["disciplines"] as? [[String: Any]])
            #expect(disciplines.first?["recognisedCredits"] as? String == "5")
            #expect(disciplines.first?["grade"] as? String == "A-")
            let teacher = try await APITokenStore(database: app.db, clock: .live, random: .system).create(forLogin: "teacher", name: "x")
            var teacherHeaders = HTTPHeaders()
            teacherHeaders.bearerAuthorization = BearerAuthorization(token: teacher)
            #expect(try await app.testing().sendRequest(.GET, "/api/v1/recognitions", headers: teacherHeaders).status == .forbidden)
            #expect(try await app.testing().sendRequest(.GET, "/api/v1/recognitions/\(UUID().uuidString)", headers: headers).status == .notFound)
        }
    }
}
