import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaPersistence
@testable import TanbaWeb

@Suite(.serialized) struct RecognitionCatalogueTests {
    static let export = """
    Код ОП;Наименование ОП;Уровень;Код дисциплины;Дисциплина;Кредиты;Семестр;Результаты обучения
    6B06102;Computer Science;Бакалавриат;PRG1101;Программирование на Python;5;1;"Пишет программы на Python | Применяет структуры данных"
    6B06102;Computer Science;Бакалавриат;DB2203;Базы данных;4,5;3;Проектирует реляционные схемы
    7M06101;Data Science;магистратура;ML7101;Машинное обучение;6;1;Обучает модели
    """

    static func csv(_ text: String) -> UploadFile {
        UploadFile(field: "file", filename: "catalogue.csv", contentType: "text/csv", bytes: Array(text.utf8))
    }

    @Test func theRegistrarImportsTheCatalogueAndSeesEveryDiscipline() async throws {
        try await withTanba { app, browser in
            try await browser.login(as: .registrar)
            let imported = try await browser.postMultipart("/workspace/recognition/catalogue/import", files: [Self.csv(Self.export)])
            #expect(imported.status == .ok)
            #expect(imported.body.string.contains("Загружено программ: 2; дисциплин добавлено: 3, изменено: 0."))
            let page = try await browser.get("/workspace/recognition/catalogue").body.string
            #expect(page.contains("Программирование на Python"))
            #expect(page.contains("Применяет структуры данных"))
            #expect(page.contains("дисциплин: 2, кредитов: 9.5"))
            // importing a corrected export updates in place
            let again = try await browser.postMultipart("/workspace/recognition/catalogue/import",
                                                        files: [Self.csv(Self.export.replacingOccurrences(of: "Базы данных;4,5", with: "Базы данных;5"))])
            #expect(again.body.string.contains("дисциплин добавлено: 0, изменено: 1."))
            let credits = try await DegreeDisciplineModel.query(on: app.db).filter(\.$code == "DB2203").first()?.creditsHundredths
            #expect(credits == 500)
            #expect(try await AuditEventModel.query(on: app.db).filter(\.$action == "degree_catalogue_imported").count() == 2)
        }
    }

    @Test func aFileWithBadLinesNamesEachAndChangesNothing() async throws {
        try await withTanba { app, browser in
            try await browser.login(as: .registrar)
            _ = try await browser.get("/language/en")
            let bad = Self.export + "\n6B06102;Computer Science;Бакалавриат;OS2201;ОС;пять;3;\n7M06101;Data Science;магистратура;ML7101;Дубль;6;1;"
            let refused = try await browser.postMultipart("/workspace/recognition/catalogue/import", files: [Self.csv(bad)])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Line 5"))
            #expect(refused.body.string.contains("credits “пять” is not a positive number."))
            #expect(refused.body.string.contains("discipline ML7101 is already on line 4."))
            #expect(try await DegreeProgramModel.query(on: app.db).count() == 0)
            #expect(try await DegreeDisciplineModel.query(on: app.db).count() == 0)
        }
    }

    @Test func theRegistrarRecordsAcademicPeriods() async throws {
        try await withTanba { _, browser in
            try await browser.login(as: .registrar)
            let saved = try await browser.post("/workspace/recognition/periods", [
                ("title", "Весенний семестр 2026-2027"), ("startsOn", "2027-01-18"), ("endsOn", "2027-05-29")])
            #expect(saved.status == .seeOther)
            #expect(try await browser.get("/workspace/recognition/catalogue").body.string.contains("Весенний семестр 2026-2027: 18.01.2027 — 29.05.2027"))
            let backwards = try await browser.post("/workspace/recognition/periods", [
                ("title", "Летний"), ("startsOn", "2027-08-01"), ("endsOn", "2027-06-01")])
            #expect(backwards.status == .unprocessableEntity)
            #expect(backwards.body.string.contains("Период не может закончиться раньше, чем начнётся."))
            let twice = try await browser.post("/workspace/recognition/periods", [
                ("title", "Весенний семестр 2026-2027"), ("startsOn", "2027-01-18"), ("endsOn", "2027-05-29")])
            #expect(twice.status == .conflict)
        }
    }

    @Test(arguments: [Role.administrator, .teacher, .learner, .programDeveloper, .councilSecretary])
    func onlyTheRegistrarKeepsTheCatalogue(role: Role) async throws {
        try await withTanba { _, browser in
            try await browser.login(as: role)
            #expect(try await browser.get("/workspace/recognition/catalogue").status == .forbidden)
            let posted = try await browser.post("/workspace/recognition/periods", [("title", "X"), ("startsOn", "2027-01-18"), ("endsOn", "2027-05-29")])
            #expect(posted.status == .forbidden)
            let imported = try await browser.postMultipart("/workspace/recognition/catalogue/import", files: [Self.csv(Self.export)])
            #expect(imported.status == .forbidden)
        }
    }
}
