import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaDemo
import TanbaPersistence
@testable import TanbaWeb

@Suite(.serialized) struct InstitutionSettingsPageTests {
    /// Everything issuing needs, as the settings form posts it.
    static let completeForm: [(String, String)] = [
        ("policy", "atyrau-2023"), ("documentLanguage", "ru"),
        ("full_name_ru", "НАО «Атырауский университет имени Х. Досмухамедова»"),
        ("full_name_kk", "«Х. Досмұхамедов атындағы Атырау университеті» КеАҚ"),
        ("full_name_en", "Kh. Dosmukhamedov Atyrau University"),
        ("city_ru", "г. Атырау"), ("bin", "000740001307"),
        ("rector_name", "Сарсенов Ерлан Маратович"), ("rector_initials", "Е. М. Сарсенов"),
        ("registrar_head_name", "Жумабаева Мадина"), ("registrar_head_initials", "М. Жумабаева"),
    ]

    static let svgLogo = Array(##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#0b5394"/></svg>"##.utf8)

    @Test func anAdministratorSetsTheInstitutionUpOnItsPageAndNobodyElseMay() async throws {
        try await withTanba(institutionSetUp: false) { app, browser in
            // setup
            try await browser.login(as: .administrator)
            let before = try await browser.get("/admin/settings")
            #expect(before.status == .ok)
            #expect(before.body.string.contains("Выдача документов откроется, когда будет заполнено"))
            #expect(before.body.string.contains("Полное наименование (казахский)"))
            // act
            let saved = try await browser.post("/admin/settings", Self.completeForm)
            // check
            #expect(saved.status == .seeOther)
            let after = try await browser.get(saved.location)
            #expect(after.body.string.contains("Учреждение настроено: документы можно выдавать."))
            #expect(after.body.string.contains("Сохранено"))
            #expect(try await SettingsStore.setupGaps(on: app.db).isEmpty)
            #expect(try await SettingsStore.institution(on: app.db).signatory(.rector)?.initials == "Е. М. Сарсенов")
            let registrar = browser.fresh()
            try await registrar.login(as: .registrar)
            #expect(try await registrar.get("/admin/settings").status == .forbidden)
            #expect(try await registrar.post("/admin/settings", [("full_name_ru", "Другой")]).status == .forbidden)
            #expect(try await SettingsStore.institution(on: app.db).fullName.ru == "НАО «Атырауский университет имени Х. Досмухамедова»")
        }
    }

    @Test func aWrongBINIsRefusedWithItsReasonAndChangesNothing() async throws {
        try await withTanba { app, browser in
            let before = try await SettingsStore.institution(on: app.db)
            try await browser.login(as: .administrator)
            let refused = try await browser.post("/admin/settings", [("full_name_ru", "Другой университет"), ("bin", "123456789012")])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("БИН «123456789012» неверен: нужно 12 цифр, последняя — контрольная."))
            // what was typed stays in the form
            #expect(refused.body.string.contains(#"value="Другой университет""#))
            #expect(try await SettingsStore.institution(on: app.db) == before)
        }
    }

    @Test func aNewPolicyFirstShowsTheDraftsItWouldRefuseAndSavesOnlyOnceConfirmed() async throws {
        try await withTanba { app, browser in
            // setup: a 4.8-credit draft, fine under AITU (3-45), too small for Atyrau's 5-30
            let developerUser = try #require(try await UserModel.query(on: app.db).filter(\.$login == "program_developer").first())
            let developer = ActingUser(id: try developerUser.requireID(), name: developerUser.fullName, role: .programDeveloper)
            let python = try #require(DemoPrograms.all.first { $0.title == "Python Developer" })
            try await ProgramStore(database: app.db, clock: .live).createDraft(python.content(for: PolicyPresets.aitu), by: developer)
            try await browser.login(as: .administrator)
            // act: the administrator picks Atyrau's regulation
            let preview = try await browser.post("/admin/settings", [("policy", "atyrau-2023")])
            // check: nothing changed yet; the page names the draft and what is wrong with it
            #expect(preview.status == .conflict)
            #expect(preview.body.string.contains("перестанут проходить проверку"))
            #expect(preview.body.string.contains("Python Developer"))
            #expect(preview.body.string.contains(#"name="confirmPolicy" value="atyrau-2023""#))
            #expect(try await SettingsStore.policy(on: app.db).name == "aitu")
            // act: confirmed
            let confirmed = try await browser.post("/admin/settings", [("policy", "atyrau-2023"), ("confirmPolicy", "atyrau-2023")])
            #expect(confirmed.status == .seeOther)
            #expect(try await SettingsStore.policy(on: app.db).name == "atyrau-2023")
            // the page keeps listing the draft under the active policy
            let page = try await browser.get("/admin/settings")
            #expect(page.body.string.contains("не проходящие проверку по действующему положению"))
            #expect(page.body.string.contains("Python Developer"))
        }
    }

    @Test func theLogoIsCheckedStoredAndServedSandboxed() async throws {
        try await withTanba { app, browser in
            try await browser.login(as: .administrator)
            // refused: script in an SVG, a JPEG, nothing at all
            let script = try await browser.postMultipart("/admin/settings/logo", files: [
                UploadFile(field: "logo", filename: "logo.svg", contentType: "image/svg+xml",
                           bytes: Array("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".utf8))])
            #expect(script.status == .unprocessableEntity)
            #expect(script.body.string.contains("активное содержимое"))
            let jpeg = try await browser.postMultipart("/admin/settings/logo", files: [
                UploadFile(field: "logo", filename: "logo.png", contentType: "image/png", bytes: [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10])])
            #expect(jpeg.status == .unprocessableEntity)
            #expect(jpeg.body.string.contains("Логотип должен быть изображением PNG или SVG"))
            #expect(try await browser.get("/institution/logo").status == .notFound)
            // accepted
            let uploaded = try await browser.postMultipart("/admin/settings/logo", files: [
                UploadFile(field: "logo", filename: "logo.svg", contentType: "image/svg+xml", bytes: Self.svgLogo)])
            #expect(uploaded.status == .seeOther)
            let served = try await browser.fresh().get("/institution/logo")
            #expect(served.status == .ok)
            #expect(served.headers.contentType?.description.hasPrefix("image/svg+xml") == true)
            #expect(served.headers.first(name: "Content-Security-Policy")?.hasSuffix("; sandbox") == true)
            #expect(Array(served.body.readableBytesView) == Self.svgLogo)
            let etag = try #require(served.headers.first(name: .eTag))
            #expect(try await browser.fresh().get("/institution/logo", headers: ["If-None-Match": etag]).status == .notModified)
            #expect(try await browser.get("/admin/settings").body.string.contains("/institution/logo?v="))
        }
    }

    @Test func issuingWaitsForTheInstitutionThenPrintsItsNamesSignaturesAndLogo() async throws {
        try await withTanba(institutionSetUp: false) { app, browser in
            // setup: a protocol that awards the learner, at an institution nobody has set up
            let (intakeID, learnerID) = try await CertificationTests.readyLearner(app)
            try await browser.login(as: .registrar)
            let session = try await CertificationTests.openSession(browser, intakeID: intakeID)
            let votes = try await CertificationTests.memberIDs(app).map { ("votes[\(learnerID)][\($0)]", "award") }
            #expect(try await browser.post(session, [("action", "votes")] + votes).status == .seeOther)
            #expect(try await browser.post(session, [("action", "close"), ("confirm", "yes")]).status == .seeOther)
            // act / check: refused, naming what is missing
            let refused = try await browser.post(session, [("action", "issue_all")])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Учреждение ещё не настроено"))
            #expect(refused.body.string.contains("Полное наименование (казахский)"))
            #expect(try await CertificateModel.query(on: app.db).count() == 0)
            // the administrator sets it up, bilingual documents, with a logo
            let admin = browser.fresh()
            try await admin.login(as: .administrator)
            #expect(try await admin.post("/admin/settings", Self.completeForm.filter { $0.0 != "documentLanguage" }
                                         + [("documentLanguage", "kk+ru")]).status == .seeOther)
            #expect(try await admin.postMultipart("/admin/settings/logo", files: [
                UploadFile(field: "logo", filename: "logo.svg", contentType: "image/svg+xml", bytes: Self.svgLogo)]).status == .seeOther)
            #expect(try await browser.post(session, [("action", "issue_all")]).status == .seeOther)
            // the certificate names the institution in both languages and its signatories by name
            let certificate = try #require(try await CertificateModel.query(on: app.db).first())
            let pdf = try await browser.get("/api/v1/verify/\(certificate.token)/certificate.pdf")
            let text = try pdfText(Data(pdf.body.readableBytesView))
            #expect(text.contains("«Х. Досмұхамедов атындағы Атырау университеті» КеАҚ"))
            #expect(text.contains("НАО «Атырауский университет имени Х. Досмухамедова»"))
            #expect(text.contains("Е. М. Сарсенов"))
            // the awarded micro-qualification in both languages
            let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(flat.contains("«Java-әзірлеуші» микробіліктілігі беріле отырып"))
            #expect(flat.contains("с присвоением микроквалификации «Java-разработчик»"))
            #expect(text.contains("М. Жумабаева"))
            #expect(text.contains("г. Атырау") || text.contains("Атырау"))
            // the verification page shows the issuer's logo and offers it to link previews
            let page = try await browser.fresh().get("/verify/\(certificate.token)").body.string
            #expect(page.contains(#"<img src="/institution/logo?v="#))
            #expect(page.contains(#"<meta property="og:image" content="http://127.0.0.1:8080/institution/logo?v="#))
        }
    }
}
