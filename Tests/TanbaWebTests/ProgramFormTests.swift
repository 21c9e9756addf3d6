import Fluent
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaPersistence
@testable import TanbaWeb

@Suite(.serialized) struct ProgramFormTests {
    @Test func asManyOutcomesAsTheFormSendsAreKeptInOrder() async throws {
        try await withTanba { app, browser in
            try await browser.login(as: .programDeveloper)
            // Rows added in the browser carry the next indices; the fifth and sixth come after the blank one.
            let extra = (4...5).flatMap { index in
                [("outcomes[\(index)][code]", "РО\(index)"), ("outcomes[\(index)][text]", "результат \(index)"),
                 ("outcomes[\(index)][assessmentMethod]", "Тест"), ("outcomes[\(index)][criteria]", "≥ 50"),
                 ("outcomes[\(index)][teachingMethod]", "Лекция")]
            }
            let created = try await browser.post("/workspace/programs", programFormFields() + extra)
            #expect(created.status == .seeOther)
            let edition = try #require(try await ProgramEditionModel.query(on: app.db).first())
            let content = try JSONDecoder().decode(ProgramContent.self, from: Data(edition.content.utf8))
            #expect(content.learningOutcomes.map(\.code) == ["РО1", "РО4", "РО5"])
            #expect(try await browser.get(created.location).status == .ok)
            let form = try await browser.get(created.location + "/edit").body.string
            #expect(form.contains(#"data-add-row="outcome-rows""#))
            #expect(form.contains(#"<script src="/program-form.js" defer></script>"#))
        }
    }

    @Test func topicsAreAPlanByTopicWithHoursAndAssignments() async throws {
        try await withTanba { app, browser in
            try await browser.login(as: .programDeveloper)
            // a line without whole hours is refused with its number; nothing is saved
            let refused = try await browser.post("/workspace/programs", programFormFields()
                + [("disciplines[0][topics]", "Синтаксис; 100; тест\nКоллекции; много; проект")])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("строка 2 — нужно «тема; часы; задание»"))
            #expect(try await ProgramEditionModel.query(on: app.db).count() == 0)
            // hours that do not add up to the discipline's are a policy problem: saved, shown, not sent on
            let path = try await browser.post("/workspace/programs", programFormFields()
                + [("disciplines[0][topics]", "Синтаксис; 100; тест\r\nКоллекции; 100; проект: библиотека")]).location
            #expect(try await browser.get(path).body.string.contains("часы тем (200) не равны часам дисциплины (210)"))
            // fixed, the program page lists the topics
            let edition = try #require(try await ProgramEditionModel.query(on: app.db).first())
            let saved = try await browser.post(path, programFormFields()
                + [("disciplines[0][topics]", "Синтаксис; 100; тест\r\nКоллекции; 110; проект: библиотека")])
            #expect(saved.status == .seeOther)
            let content = try #require(try await ProgramEditionModel.find(edition.id, on: app.db)).content
            #expect(content.contains("проект: библиотека"))
            let page = try await browser.get(path).body.string
            #expect(page.contains("Коллекции — 110 акад. ч.: проект: библиотека"))
            #expect(!page.contains("часы тем"))
        }
    }

    @Test func zeroCreditsIsSavedAsADraftButCannotBeSubmitted() async throws {
        try await withTanba { app, browser in
            try await browser.login(as: .programDeveloper)
            let path = try await browser.post("/workspace/programs", programFormFields(credits: "0", independent: "0")).location
            let page = try await browser.get(path)
            #expect(page.body.string.contains("вне диапазона 3–45"))
            let submit = try await browser.post(path + "/actions", [("action", "submit")])
            #expect(submit.status == .unprocessableEntity)
            #expect(submit.body.string.contains("Программу нельзя отправить на экспертизу"))
            #expect(try await ProgramEditionModel.query(on: app.db).first()?.status == "draft")
        }
    }

    @Test func hundredCreditsIsRefusedOnSubmission() async throws {
        try await withTanba { app, browser in
            try await browser.login(as: .programDeveloper)
            let path = try await browser.post("/workspace/programs",
                                              programFormFields(credits: "100", independent: "2940")).location
            let submit = try await browser.post(path + "/actions", [("action", "submit")])
            #expect(submit.status == .unprocessableEntity)
            #expect(submit.body.string.contains("100 кредитов вне диапазона 3–45"))
            #expect(try await ApprovalStepModel.query(on: app.db).count() == 0)
        }
    }

    @Test func wrongHoursAreExplained() async throws {
        try await withTanba { _, browser in
            try await browser.login(as: .programDeveloper)
            let path = try await browser.post("/workspace/programs", programFormFields(independent: "100")).location
            let page = try await browser.get(path)
            #expect(page.body.string.contains("160 ч не равно 7 кред. × 30 ч = 210 ч"))
        }
    }

    @Test(arguments: ["9", "0", "abc"])
    func anUnknownLevelIsRefusedAndNothingIsStored(level: String) async throws {
        try await withTanba { app, browser in
            try await browser.login(as: .programDeveloper)
            let response = try await browser.post("/workspace/programs", programFormFields(nqf: level))
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Уровень НРК: уровня «\(level)» нет"))
            // the form comes back as typed
            #expect(response.body.string.contains("value=\"Java Developer\""))
            #expect(try await ProgramModel.query(on: app.db).count() == 0)
        }
    }

    @Test func anOverLongTitleIsRefused() async throws {
        try await withTanba { app, browser in
            try await browser.login(as: .programDeveloper)
            let response = try await browser.post("/workspace/programs",
                                                  programFormFields(title: String(repeating: "қ", count: 301)))
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("не длиннее 300 символов"))
            #expect(try await ProgramModel.query(on: app.db).count() == 0)
        }
    }

    @Test func htmlInANameIsShownEscaped() async throws {
        try await withTanba { _, browser in
            try await browser.login(as: .programDeveloper)
            let path = try await browser.post("/workspace/programs",
                                              programFormFields(title: "<script>alert(1)</script> Java")).location
            let page = try await browser.get(path)
            #expect(!page.body.string.contains("<script>alert(1)</script>"))
            #expect(page.body.string.contains("&lt;script&gt;alert(1)&lt;/script&gt; Java"))
        }
    }

    @Test func topicHoursSplitByKindAndTheDepartmentAndEmployersAreKeptAndChecked() async throws {
        try await withTanba { app, browser in
            try await browser.login(as: .programDeveloper)
            let endorsement = [("departmentProtocolNumber", "4"), ("departmentMeetingDate", "2026-01-15"),
                               ("departmentHead", "Касымов Ерлан"),
                               ("employerAgreements", "Омарова Дана; руководитель отдела; АО «Казахтелеком»; 20.01.2026")]
            // an agreement without a real date is refused with its line; nothing is saved
            let refused = try await browser.post("/workspace/programs", programFormFields() + endorsement.dropLast()
                + [("employerAgreements", "Омарова Дана; руководитель отдела; АО «Казахтелеком»; 31.02.2026")])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("строка 1 — нужно «ФИО; должность; организация; дд.мм.гггг»"))
            #expect(try await ProgramEditionModel.query(on: app.db).count() == 0)
            // the kinds do not add up although the totals do: saved, each kind named
            let path = try await browser.post("/workspace/programs", programFormFields() + endorsement
                + [("disciplines[0][topics]", "Синтаксис; 20/20/0/0/60; тест\nКоллекции; 20/20/0/0/70; проект")]).location
            let shown = try await browser.get(path).body.string
            #expect(shown.contains("«Лекции» по темам — 40 ч, у дисциплины — 30 ч."))
            #expect(shown.contains("«СРО» по темам — 130 ч, у дисциплины — 150 ч."))
            // fixed: the page shows each topic's kinds, the form gives back what was typed
            let saved = try await browser.post(path, programFormFields() + endorsement
                + [("disciplines[0][topics]", "Синтаксис; 20/10/0/0/70; тест\nКоллекции; 10/20/0/0/80; проект")])
            #expect(saved.status == .seeOther)
            let page = try await browser.get(path).body.string
            #expect(page.contains("Синтаксис — 100 акад. ч. (Лекции 20, Семинары 10, СРО 70): тест"))
            #expect(!page.contains("по темам —"))
            let form = try await browser.get(path + "/edit").body.string
            #expect(form.contains("Синтаксис; 20/10/0/0/70; тест"))
            #expect(form.contains("Омарова Дана; руководитель отдела; АО «Казахтелеком»; 20.01.2026"))
            #expect(form.contains(#"name="departmentMeetingDate" value="2026-01-15""#))
            let content = try #require(try await ProgramEditionModel.query(on: app.db).first()).decodedContent()
            #expect(content.departmentMeeting == DepartmentMeeting(protocolNumber: "4", meetingDate: "2026-01-15", head: "Касымов Ерлан"))
            #expect(content.employerAgreements?.first?.agreedOn == "2026-01-20")
        }
    }

    @Test func editingADraftKeepsEveryField() async throws {
        try await withTanba { app, browser in
            try await browser.login(as: .programDeveloper)
            let path = try await browser.post("/workspace/programs", programFormFields()).location
            let form = try await browser.get(path + "/edit")
            #expect(form.status == .ok)
            #expect(form.body.string.contains("value=\"Основы Java\""))
            let updated = try await browser.post(path, programFormFields(title: "Java Backend Developer"))
            #expect(updated.status == .seeOther)
            let edition = try #require(try await ProgramEditionModel.query(on: app.db).first())
            let content = try edition.decodedContent()
            #expect(content.title == "Java Backend Developer")
            #expect(content.passport.languages == [.russian, .kazakh])
            #expect(content.disciplines.first?.hours.total == 210)
            #expect(content.learningOutcomes.count == 1)
        }
    }

    @Test func aSubmittedProgramCannotBeEdited() async throws {
        try await withTanba { _, browser in
            try await browser.login(as: .programDeveloper)
            let path = try await browser.post("/workspace/programs", programFormFields()).location
            try await browser.post(path + "/actions", [("action", "submit")])
            #expect(try await browser.get(path + "/edit").status == .conflict)
            #expect(try await browser.post(path, programFormFields(title: "Другое")).status == .conflict)
        }
    }
}
