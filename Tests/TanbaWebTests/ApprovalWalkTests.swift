import Fluent
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaPersistence
@testable import TanbaWeb

/// End to end through HTTP: a developer drafts, every stage decides, the public finds the program.
@Suite(.serialized) struct ApprovalWalkTests {
    @Test func aProgramWalksFromDraftToThePublicRegistry() async throws {
        try await withTanba { app, browser in
            // setup: the developer creates the program through the form
            try await browser.login(as: .programDeveloper)
            let created = try await browser.post("/workspace/programs", programFormFields())
            #expect(created.status == .seeOther)
            let editionPath = created.location
            #expect(editionPath.hasPrefix("/workspace/editions/"))
            let page = try await browser.get(editionPath)
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Java Developer"))
            #expect(!page.body.string.contains("class=\"warning\""))

            // act: submit, then each stage of the AITU policy decides as its role
            #expect(try await browser.post(editionPath + "/actions", [("action", "submit")]).status == .seeOther)
            let decisions: [(Role, String, String)] = [
                (.internalExpert, "Соответствует НРК 6.", "2"),
                (.externalExpert, "Востребовано работодателем.", ""),
                (.councilSecretary, "Утвердить.", "7"),
                (.councilSecretary, "Приказ ректора.", "215-П"),
            ]
            for (role, conclusion, number) in decisions {
                let reviewer = browser.fresh()
                try await reviewer.login(as: role)
                let workspace = try await reviewer.get("/workspace")
                #expect(workspace.body.string.contains("Java Developer"), "\(role) does not see the program")
                try await reviewer.get(editionPath)
                let decided = try await reviewer.post(editionPath + "/actions", [
                    ("action", "approve"), ("conclusion", conclusion), ("documentNumber", number),
                    ("meetingDate", number.isEmpty ? "" : "2026-08-20"),
                ])
                #expect(decided.status == .seeOther, "\(role) could not approve: \(decided.status)")
            }

            // check: public page, registry list and JSON, with the history
            let anonymous = browser.fresh()
            let registry = try await anonymous.get("/")
            #expect(registry.body.string.contains("Java Developer"))
            #expect(registry.body.string.contains("AITU-MC-2026-001"))
            let programPage = try await anonymous.get("/programs/AITU-MC-2026-001")
            #expect(programPage.status == .ok)
            #expect(programPage.body.string.contains("215-П"))
            #expect(programPage.body.string.contains("Востребовано работодателем."))
            let json = try await anonymous.get("/api/v1/programs/AITU-MC-2026-001")
            let detail = try JSONDecoder().decode(ProgramDetailJSON.self, from: Data(json.body.readableBytesView))
            #expect(detail.title == "Java Developer")
            #expect(detail.credits == "7")
            #expect(detail.hours == 210)
            #expect(detail.approvals.map(\.decision) == ["submitted", "approved", "approved", "approved", "registered"])
            #expect(detail.validUntil == "2027-08-29")
            // councils name their meeting day beside the protocol, on the page and in the JSON
            #expect(programPage.body.string.contains("заседание 20.08.2026"))
            #expect(json.body.string.contains(#""meetingDate":"2026-08-20""#))
            #expect(json.body.string.contains(#""qualification":{"#))
            // the program document as the form lays it out
            let pdf = try await anonymous.get("/programs/AITU-MC-2026-001/program.pdf")
            #expect(pdf.status == .ok)
            let text = try pdfText(Data(pdf.body.readableBytesView)).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(text.contains("«УТВЕРЖДАЮ»"))
            #expect(text.contains("«СОГЛАСОВАНО»"))
            #expect(text.contains("ПРОГРАММА МИКРОКВАЛИФИКАЦИИ"))
            #expect(text.contains("«Java-разработчик»"))
            #expect(text.contains("Общее количество часов 210, академических кредитов 7"))
            #expect(text.contains("Рекомендована: Учёный совет, заседание от 20.08.2026, протокол № 7."))
            #expect(text.contains("Е. М. Сарсенов"))
            #expect(text.contains("Паспорт"))
            #expect(text.contains("План реализации программы"))
            #expect(text.contains("писать программы на Java"))
            #expect(text.contains("Шилдт Г. Java. Полное руководство"))
            #expect(text.contains("Нурланова") && text.contains("Сериковна"), "the authors' table")
            #expect(text.contains("Утверждена приказом ректора № 215-П от 20.08.2026."))
            #expect(text.contains("Рекомендована академическим комитетом: заседание от 20.08.2026, протокол № 2"))
            #expect(text.contains("a.nurlanova@example.kz"))
        }
    }

    @Test func aReturnedProgramGoesBackToTheDeveloperWithTheConclusion() async throws {
        try await withTanba { app, browser in
            try await browser.login(as: .programDeveloper)
            let editionPath = try await browser.post("/workspace/programs", programFormFields()).location
            try await browser.post(editionPath + "/actions", [("action", "submit")])
            let expert = browser.fresh()
            try await expert.login(as: .internalExpert)
            try await expert.get(editionPath)
            // a return without a conclusion is refused and changes nothing
            let refused = try await expert.post(editionPath + "/actions", [("action", "return"), ("conclusion", "")])
            #expect(refused.status == .unprocessableEntity)
            #expect(try await ProgramEditionModel.query(on: app.db).first()?.status == "in_review")
            let returned = try await expert.post(editionPath + "/actions", [("action", "return"), ("conclusion", "Уточните РО1")])
            #expect(returned.status == .seeOther)
            let page = try await browser.get(editionPath)
            #expect(page.body.string.contains("Уточните РО1"))
            #expect(page.body.string.contains("/edit"))
        }
    }
}

/// The client's own copy of the API's wire type.
struct ProgramDetailJSON: Decodable {
    struct Approval: Decodable { let decision: String }
    let code: String
    let title: String
    let credits: String
    let hours: Int
    let validUntil: String?
    let approvals: [Approval]
}
