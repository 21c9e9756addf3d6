import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaPersistence
@testable import TanbaWeb

/// A catalogue, two academic periods and an expert group, as the registrar sets them up.
/// The tests run on Saturday 29 August 2026; Monday 31 August is the day off for Constitution Day.
func setUpRecognition(_ app: Application, browser: Browser) async throws {
    try await browser.login(as: .registrar)
    _ = try await browser.postMultipart("/workspace/recognition/catalogue/import",
                                        files: [RecognitionCatalogueTests.csv(RecognitionCatalogueTests.export)])
    for (title, start, end) in [("Осенний семестр", "2026-09-07", "2026-12-26"), ("Осенний семестр, второй поток", "2026-09-14", "2026-12-26")] {
        _ = try await browser.post("/workspace/recognition/periods", [("title", title), ("startsOn", start), ("endsOn", end)])
    }
    var ids: [Role: UUID] = [:]
    for role in Role.allCases { ids[role] = try await staffID(role, on: app.db) }
    _ = try await browser.post("/workspace/recognition/bodies", [
        ("kind", "expert_group"), ("orderNumber", "113-П"), ("orderDate", "2026-08-20"),
        ("members[0][user]", ids[.teacher]?.uuidString ?? ""), ("members[0][seat]", "chair"), ("members[0][kind]", "teaching_staff"),
        ("members[1][user]", ids[.councilSecretary]?.uuidString ?? ""), ("members[1][seat]", "secretary"), ("members[1][kind]", "administrative_staff"),
        ("members[2][user]", ids[.externalExpert]?.uuidString ?? ""), ("members[2][seat]", "member"), ("members[2][kind]", "employer")])
    _ = try await browser.post("/workspace/recognition/bodies", RecognitionBodiesTests.commissionForm(ids))
    try await browser.get("/logout")
}

func periodID(_ title: String, on db: any Database) async throws -> String {
    try #require(try await AcademicPeriodModel.query(on: db).filter(\.$title == title).first()).requireID().uuidString
}

@Suite(.serialized) struct RecognitionCaseTests {
    static func courseraFields(period: String) -> [(String, String)] {
        [("purpose", "credit_transfer"), ("period", period), ("disciplines[]", "6B06102::PRG1101"),
         ("sourceKind", "mooc_platform"), ("issuer", "Coursera / University of Michigan"), ("country", "США"),
         ("title", "Python for Everybody"), ("hours", "60"), ("credits", ""), ("gradeKind", "percent"), ("gradeValue", "92,5"),
         ("completedOn", "2026-06-15")]
    }

    static let scans = [UploadFile.pdf("identityDocument"), UploadFile.pdf("certificate", name: "coursera.pdf"),
                        UploadFile.pdf("syllabus", name: "syllabus.pdf")]

    @Test func aLearnerAppliesInKazakhWithACourseraCertificateAndTheRegistrarRefersIt() async throws {
        try await withTanba { app, browser in
            try await setUpRecognition(app, browser: browser)
            try await browser.login(as: .learner)
            _ = try await browser.get("/language/kk")
            let form = try await browser.get("/me/recognition")
            #expect(form.status == .ok)
            #expect(form.body.string.contains("Микробіліктілікті тану"))
            let second = try await periodID("Осенний семестр, второй поток", on: app.db)
            let filed = try await browser.postMultipart("/me/recognition", fields: Self.courseraFields(period: second), files: Self.scans)
            #expect(filed.status == .seeOther)
            let mine = try await browser.get("/me/recognition").body.string
            #expect(mine.contains("ПР-2026-0001"))
            #expect(mine.contains("Python for Everybody"))
            let model = try #require(try await RecognitionCaseModel.query(on: app.db).first())
            #expect(try model.recognitionSource.grade == .percent(Decimal(string: "92.5")!))
            #expect(try await RecognitionDocumentModel.query(on: app.db).count() == 3)
            try await browser.get("/logout")

            // the registrar sees it on the commission's page (in Russian) and refers it the same day
            try await browser.login(as: .registrar)
            _ = try await browser.get("/language/ru")
            let list = try await browser.get("/workspace/recognition").body.string
            #expect(list.contains("ПР-2026-0001"))
            #expect(list.contains("Передать экспертной группе в день поступления: 29.08.2026"))
            let casePath = "/workspace/recognition/cases/\(try model.requireID().uuidString)"
            let page = try await browser.get(casePath).body.string
            #expect(page.contains("Coursera / University of Michigan"))
            #expect(page.contains("Пишет программы на Python"))
            let referred = try await browser.post(casePath, [("action", "refer")])
            #expect(referred.status == .seeOther)
            // referred on Saturday 29 August: 31 August is off, so 1, 2, 3 September → due 3 September
            let after = try await browser.get(casePath).body.string
            #expect(after.contains("Заключение экспертной группы до 03.09.2026"))
            #expect(after.contains("Приказ № 113-П от 20.08.2026"))
            let again = try await browser.post(casePath, [("action", "refer")])
            #expect(again.status == .conflict)
            #expect(try await AuditEventModel.query(on: app.db).filter(\.$action ~~ ["recognition_filed", "recognition_referred"]).count() == 2)
        }
    }

    @Test func anApplicationAfterTheDeadlineIsRefusedWithTheDayItWasDue() async throws {
        try await withTanba { app, browser in
            try await setUpRecognition(app, browser: browser)
            try await browser.login(as: .learner)
            // the period starts Monday 7 September; 31 August is a day off, so the fifth working day before is 28 August
            let first = try await periodID("Осенний семестр", on: app.db)
            let late = try await browser.postMultipart("/me/recognition", fields: Self.courseraFields(period: first), files: Self.scans)
            #expect(late.status == .unprocessableEntity)
            #expect(late.body.string.contains("последний день был 28.08.2026"))
            #expect(late.body.string.contains("value=\"Python for Everybody\""), "what was typed stays")
            #expect(try await RecognitionCaseModel.query(on: app.db).count() == 0)
            #expect(try await RecognitionDocumentModel.query(on: app.db).count() == 0)
        }
    }

    @Test func missingDocumentsAndFieldsAreNamedOnePerProblem() async throws {
        try await withTanba { app, browser in
            try await setUpRecognition(app, browser: browser)
            try await browser.login(as: .learner)
            let second = try await periodID("Осенний семестр, второй поток", on: app.db)
            var fields = Self.courseraFields(period: second).filter { $0.0 != "hours" && $0.0 != "issuer" }
            fields += [("sourceKind", "university")]
            let refused = try await browser.postMultipart("/me/recognition", fields: fields, files: [UploadFile.pdf("identityDocument")])
            #expect(refused.status == .unprocessableEntity)
            let html = refused.body.string
            #expect(html.contains("Укажите объём: часы или кредиты."))
            #expect(html.contains("Не приложен документ: Сертификат."))
            #expect(html.contains("Не приложен документ: Силлабус."))
            #expect(try await RecognitionCaseModel.query(on: app.db).count() == 0)
        }
    }

    @Test func aCredentialThatFailsVerificationShowsEveryCheckAndStillNeedsTheScan() async throws {
        try await withTanba { app, browser in
            try await setUpRecognition(app, browser: browser)
            try await browser.login(as: .learner)
            let second = try await periodID("Осенний семестр, второй поток", on: app.db)
            let credential = UploadFile(field: "credential", filename: "badge.json", contentType: "application/json",
                                        bytes: Array(#"{"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential"]}"#.utf8))
            let withoutScan = try await browser.postMultipart("/me/recognition", fields: Self.courseraFields(period: second),
                                                              files: [UploadFile.pdf("identityDocument"), UploadFile.pdf("syllabus"), credential])
            #expect(withoutScan.body.string.contains("Не приложен документ: Сертификат."))
            let filed = try await browser.postMultipart("/me/recognition", fields: Self.courseraFields(period: second),
                                                        files: Self.scans + [credential])
            #expect(filed.status == .seeOther)
            let model = try #require(try await RecognitionCaseModel.query(on: app.db).first())
            #expect(model.credentialStatus == "invalid")
            try await browser.get("/logout")
            try await browser.login(as: .registrar)
            let page = try await browser.get("/workspace/recognition/cases/\(try model.requireID().uuidString)").body.string
            #expect(page.contains("Не прошёл проверку"))
            #expect(page.contains("proof"))
        }
    }

    @Test func theRegistrarFilesOnALearnersBehalfWithTheSignedApplication() async throws {
        try await withTanba { app, browser in
            try await setUpRecognition(app, browser: browser)
            let learner = try await staffID(.learner, on: app.db)
            try await browser.login(as: .registrar)
            let second = try await periodID("Осенний семестр, второй поток", on: app.db)
            let fields = Self.courseraFields(period: second) + [("learner", learner.uuidString)]
            let unsigned = try await browser.postMultipart("/workspace/recognition/new", fields: fields, files: Self.scans)
            #expect(unsigned.body.string.contains("Не приложен документ: Заявление на имя председателя комиссии (скан)."))
            let filed = try await browser.postMultipart("/workspace/recognition/new", fields: fields,
                                                        files: Self.scans + [UploadFile.pdf("application", name: "zayavlenie.pdf")])
            #expect(filed.status == .seeOther)
            let model = try #require(try await RecognitionCaseModel.query(on: app.db).first())
            #expect(model.learnerID == learner)
            #expect(model.filedBy == (try await staffID(.registrar, on: app.db)))
            // and the learner sees it as theirs, and may download its documents
            try await browser.get("/logout")
            try await browser.login(as: .learner)
            #expect(try await browser.get("/me/recognition").body.string.contains("ПР-2026-0001"))
            let document = try #require(try await RecognitionDocumentModel.query(on: app.db).first())
            #expect(try await browser.get("/recognition/documents/\(try document.requireID().uuidString)").status == .ok)
        }
    }

    @Test(arguments: [Role.administrator, .teacher, .learner, .councilSecretary, .internalExpert])
    func onlyTheRegistrarRunsTheCasesAndOnlyLearnersApplyOnline(role: Role) async throws {
        try await withTanba { _, browser in
            try await browser.login(as: role)
            #expect(try await browser.get("/workspace/recognition").status == .forbidden)
            #expect(try await browser.get("/workspace/recognition/new").status == .forbidden)
            #expect(try await browser.post("/workspace/recognition/cases/\(UUID().uuidString)", [("action", "refer")]).status == .forbidden)
            #expect(try await browser.get("/me/recognition").status == (role == .learner ? .ok : .forbidden))
        }
    }

    @Test func anotherLearnerCannotReadACasesDocuments() async throws {
        try await withTanba { app, browser in
            try await setUpRecognition(app, browser: browser)
            try await browser.login(as: .learner)
            let second = try await periodID("Осенний семестр, второй поток", on: app.db)
            _ = try await browser.postMultipart("/me/recognition", fields: Self.courseraFields(period: second), files: Self.scans)
            try await browser.get("/logout")
            try await UserModel(login: "other", fullName: "Другой слушатель", role: .learner, passwordHash: testPasswordHash,
                                createdAt: Date()).create(on: app.db)
            try await browser.login("other", password: testPassword)
            let document = try #require(try await RecognitionDocumentModel.query(on: app.db).first())
            #expect(try await browser.get("/recognition/documents/\(try document.requireID().uuidString)").status == .forbidden)
        }
    }
}

@Suite(.serialized) struct RecognitionOwnProgramTests {
    @Test func aLearnerAsksToRecogniseAgainstOneOfTheInstitutionsOwnMicroCredentialPrograms() async throws {
        try await withTanba { app, browser in
            let fixture = try await EnrollmentFixture.make(app)
            try await setUpRecognition(app, browser: browser)
            try await browser.login(as: .learner)
            let form = try await browser.get("/me/recognition").body.string
            #expect(form.contains("\(fixture.programCode)-D1"))
            let second = try await periodID("Осенний семестр, второй поток", on: app.db)
            let fields = RecognitionCaseTests.courseraFields(period: second).filter { $0.0 != "disciplines[]" }
                + [("disciplines[]", "\(fixture.programCode)::\(fixture.programCode)-D1")]
            let filed = try await browser.postMultipart("/me/recognition", fields: fields, files: RecognitionCaseTests.scans)
            #expect(filed.status == .seeOther)
            let model = try #require(try await RecognitionCaseModel.query(on: app.db).first())
            #expect(model.targetProgramCode == fixture.programCode)
            #expect(model.targetProgramName == "Java Developer")
        }
    }
}
