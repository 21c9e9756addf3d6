import Fluent
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaPersistence
import TanbaDemo
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

    @Test func underSKMAAProgramWalksItsAppendixChainAndItsFirstIntakeWaitsForTheTeachingKit() async throws {
        try await withTanba { app, browser in
            // setup: an SKMA institution set up without the demo
            try await InstitutionSettings(database: app.db, clock: .fixed(testNow))
                .apply(DemoInstitution.change(for: PolicyPresets.skma2026), by: .commandLine)
            try await browser.login(as: .programDeveloper)
            let fields = programFormFields().filter { $0.0 != "programType" } + [("programType", "stackable")]
            // without the department's protocol and an employer's agreement it cannot leave draft
            let bare = try await browser.post("/workspace/programs", fields).location.components(separatedBy: "?")[0]
            let refused = try await browser.post(bare + "/actions", [("action", "submit")])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Нужен протокол заседания кафедры-разработчика"))
            #expect(refused.body.string.contains("Нужно согласование хотя бы одного работодателя"))
            let saved = try await browser.post(bare, fields + [
                ("departmentProtocolNumber", "4"), ("departmentMeetingDate", "2026-08-10"), ("departmentHead", "Касымов Ерлан Темирович"),
                ("employerAgreements", "Омарова Дана Маратовна; руководитель отдела; АО «Kaspi Bank»; 12.08.2026"),
                ("disciplines[0][topics]", "Синтаксис; 15/15/0/0/75; тест\nКоллекции; 15/15/0/0/75; проект"),
            ])
            #expect(saved.status == .seeOther)
            let editionPath = bare
            let submitted = try await browser.post(editionPath + "/actions", [("action", "submit")])
            #expect(submitted.status == .seeOther)
            // each stage of 004 App. А decides as its role, the dean's faculty council among them
            let decisions: [(Role, String, String)] = [
                (.internalExpert, "Рекомендовано АК ОП.", "2"), (.externalExpert, "Востребовано.", ""),
                (.councilSecretary, "Рекомендовано советом факультета.", "3"), (.councilSecretary, "Одобрено.", "5"),
                (.councilSecretary, "Утвердить.", "7"),
            ]
            for (role, conclusion, number) in decisions {
                let reviewer = browser.fresh()
                try await reviewer.login(as: role)
                let decided = try await reviewer.post(editionPath + "/actions", [
                    ("action", "approve"), ("conclusion", conclusion), ("documentNumber", number),
                    ("meetingDate", number.isEmpty ? "" : "2026-08-20")])
                #expect(decided.status == .seeOther, "\(role) could not approve: \(decided.status)")
            }
            let code = "SKMA-MC-2026-001"
            let text = try pdfText(Data(try await browser.fresh().get("/programs/\(code)/program.pdf").body.readableBytesView))
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(text.contains("разработана кафедрой «Кафедра программной инженерии». Протокол № 4 от 10.08.2026"))
            #expect(text.contains("Декан факультета Касымова Алма Бериковна, протокол № 3 от 20.08.2026."))
            #expect(text.contains("Омарова Дана Маратовна"))
            #expect(text.contains("1.1 Синтаксис 15 15 0 0 75 105 тест"))
            // the first intake waits for the teaching kit, then opens
            let registrar = browser.fresh()
            try await registrar.login(as: .registrar)
            let intake = [("programCode", code), ("title", "Осень 2026"), ("startsOn", "2026-10-01"), ("endsOn", "2026-11-30"),
                          ("capacity", "20"), ("language", "ru"), ("studyForm", StudyForm.online.rawValue),
                          ("responsiblePerson", "Касымов Е. Т."), ("price", "100000")]
            #expect(try await registrar.post("/workspace/intakes", intake).status == .conflict)
            let kit = editionPath + "/teaching-kit"
            for kind in TeachingKitDocumentKind.allCases {
                #expect(try await browser.postMultipart(kit + "/documents", fields: [("discipline", "1"), ("kind", kind.rawValue)],
                                                        files: [.pdf("file", name: "\(kind.rawValue).pdf")]).status == .seeOther)
            }
            let committee = browser.fresh()
            try await committee.login(as: .internalExpert)
            #expect(try await committee.post(kit + "/approval", [("protocolNumber", "3"), ("meetingDate", "2026-08-25")]).status == .seeOther)
            #expect(try await registrar.post("/workspace/intakes", intake).status == .seeOther)
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
