import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaPersistence
@testable import TanbaWeb

/// The issued documents read back field by field against their seed forms.
@Suite(.serialized) struct DocumentFormsTests {
    @Test func skmaCertificateAndTranscriptCarryTheFieldsOfAppendicesBAndV() async throws {
        try await withTanba { app, browser in
            // setup: the SKMA demo, whose certificates were issued through the whole chain
            try await VerificationLookupTests().demo(app, policy: "skma-2026")
            let certificate = try await VerificationLookupTests().certificate(app, surname: "нұрланова")
            let content = try certificate.certifiedContent()
            let registrar = browser.fresh()
            try await registrar.login("registrar", password: "demo-registrar-2026")
            // act
            let page = try pdfText(Data(try await registrar.get("/certificates/\(try certificate.requireID())/certificate.pdf")
                .body.readableBytesView))
            let transcript = try pdfText(Data(try await registrar.get("/certificates/\(try certificate.requireID())/transcript.pdf")
                .body.readableBytesView))
            // check: 004 App. Б
            let flat = page.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(flat.contains("АО «Южно-Казахстанская медицинская академия»"))
            #expect(flat.contains("СЕРТИФИКАТ № \(certificate.registrationNumber)"))
            #expect(flat.contains("Уровень образования по НРК: 6 (шесть)"))
            #expect(flat.contains("с присвоением микроквалификации «Специалист по машинному обучению»"))
            #expect(flat.contains("Форма обучения: смешанная. Решением аттестационной комиссии от \(AlmatyDate.dotted(iso: content.decidedOn ?? "")) подтверждено успешное завершение программы микроквалификации и освоение заявленных результатов обучения."))
            #expect(flat.contains("Регистрационный номер № \(certificate.registrationNumber)"))
            #expect(flat.contains("Председатель Правления – Ректор"))
            #expect(flat.contains("Е. М. Сарсенов"))
            #expect(flat.contains("г. Шымкент"))
            // 004 App. В and §2: signed by the Rector, the enrollment order, the SKMA scale whose lowest pass is D
            let flatTranscript = transcript.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(flatTranscript.contains("Е. М. Сарсенов"))
            #expect(flatTranscript.contains("Приказ о зачислении: № \(content.enrollmentOrderNumber ?? "—")"))
            #expect(content.enrollmentOrderNumber != nil)
            #expect(flatTranscript.contains("D 50–54, FX 25–49"))
            #expect(!flatTranscript.contains("D- 50–54"))
            #expect(flatTranscript.contains("ML Specialist — Специалист по машинному обучению"))
            // the verification page names the qualification too
            let verify = try await browser.fresh().get("/verify/\(certificate.token)").body.string
            #expect(verify.contains("<strong>Специалист по машинному обучению</strong>"))
        }
    }

    @Test func theProtocolIsInKazakhWhenTheDocumentsAre() async throws {
        try await withTanba { app, browser in
            // setup: the SKMA demo with Kazakh as the document language
            try await VerificationLookupTests().demo(app, policy: "skma-2026")
            try await InstitutionSettings(database: app.db, clock: .fixed(testNow)).apply(.init(documentLanguage: "kk"), by: .commandLine)
            let session = try #require(try await AttestationSessionModel.query(on: app.db).all().first(where: \.isClosed))
            let registrar = browser.fresh()
            try await registrar.login("registrar", password: "demo-registrar-2026")
            // act: the registrar's pages stay in Russian
            let pdf = try await registrar.get("/workspace/sessions/\(try session.requireID())/protocol.pdf")
            // check
            #expect(pdf.status == .ok)
            let text = try pdfText(Data(pdf.body.readableBytesView)).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(text.contains("Біліктілік комиссиясы отырысының ХАТТАМАСЫ"))
            #expect(text.contains("«Оңтүстік Қазақстан медицина академиясы» АҚ"))
            #expect(text.contains("Комиссия құрамы"))
            #expect(text.contains("Шымкент қ."))
            #expect(!text.contains("Состав комиссии"))
        }
    }

    @Test func atyrauCertificatePrintsTheFormNumberAndTheRegistrationNumberOnSeparateLines() async throws {
        try await withTanba { app, browser in
            try await VerificationLookupTests().demo(app, policy: "atyrau-2023")
            let certificate = try await VerificationLookupTests().certificate(app, surname: "нұрланова")
            let pdf = try await browser.get("/api/v1/verify/\(certificate.token)/certificate.pdf")
            let lines = try pdfText(Data(pdf.body.readableBytesView)).split(separator: "\n")
                .map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            // 000 App. 1: «№ …» under the title, «Регистрационный номер № …» on a line of its own
            #expect(lines.contains { $0.hasPrefix("№ ") && $0.count == 8 }, "\(lines)")
            #expect(lines.contains("Регистрационный номер № \(certificate.registrationNumber)"))
            #expect(lines.contains { $0.contains("с присвоением микроквалификации «") })
            #expect(lines.contains { $0.contains("НАО «Атырауский университет имени Х. Досмухамедова»") })
        }
    }

    @Test func theRegistryApplicationIsFiledBeforeRegistrationWithTheAccreditationAsSetUp() async throws {
        try await withTanba { app, browser in
            try await VerificationLookupTests().demo(app)
            let inReview = try #require(try await ProgramEditionModel.query(on: app.db).filter(\.$status == "in_review").first())
            let developer = browser.fresh()
            try await developer.login("developer", password: "demo-developer-2026")
            let edition = try await developer.get("/workspace/editions/\(try inReview.requireID())")
            #expect(edition.body.string.contains("/workspace/editions/\(try inReview.requireID())/registry-application"))
            let application = try await developer.get("/workspace/editions/\(try inReview.requireID())/registry-application")
            #expect(application.status == .ok)
            #expect(application.body.string.contains("Заявка подаётся до регистрации программы"))
            #expect(application.body.string.contains("институциональная аккредитация НААР (IAAR), 2024–2029 (демо)"))
            #expect(application.body.string.contains("ТОО «Astana IT University»"))
            let learner = browser.fresh()
            try await learner.login("aliya", password: "demo-learner-2026")
            #expect(try await learner.get("/workspace/editions/\(try inReview.requireID())/registry-application").status == .forbidden)
            let registered = try await browser.fresh().get("/programs/AITU-MC-2026-001/registry-application").body.string
            #expect(registered.contains("институциональная аккредитация НААР (IAAR), 2024–2029 (демо)"))
            #expect(!registered.contains("Заявка подаётся до регистрации программы"))
        }
    }

    @Test func expertsAreListedWithThePostTheyHeldWhenTheyDecided() async throws {
        try await withTanba { app, browser in
            try await VerificationLookupTests().demo(app)
            let page = try await browser.get("/programs/AITU-MC-2026-001").body.string
            #expect(page.contains("Дана Омарова (АО «Казахтелеком») (руководитель отдела данных, АО «Казахтелеком»)"))
            // a later change of post leaves the recorded decision as it was
            let employer = try #require(try await UserModel.query(on: app.db).filter(\.$login == "employer").first())
            employer.position = "директор по данным"
            try await employer.update(on: app.db)
            let pdf = try await browser.get("/programs/AITU-MC-2026-001/program.pdf")
            let text = try pdfText(Data(pdf.body.readableBytesView)).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(text.contains("руководитель") && text.contains("отдела данных"))
            #expect(!text.contains("директор"))
            #expect(text.contains("председатель") && text.contains("академического") && text.contains("факультет"))
            #expect(text.contains("Рекомендована академическим комитетом: заседание от"))
        }
    }

    @Test func theSKMAProgramDocumentCarriesTheDepartmentTheEmployersTheDeanAndThePlanByTopicAndKind() async throws {
        try await withTanba { app, browser in
            try await VerificationLookupTests().demo(app, policy: "skma-2026")
            let program = try #require(try await ProgramModel.query(on: app.db).filter(\.$code != nil).sort(\.$code).first())
            let pdf = try await browser.get("/programs/\(try #require(program.code))/program.pdf")
            #expect(pdf.status == .ok)
            let text = try pdfText(Data(pdf.body.readableBytesView)).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            // 004 App. А, page 26: the department with its protocol and head, the employer, the dean
            #expect(text.contains("разработана кафедрой"))
            #expect(text.contains("Протокол № 4 от 15.01.2026"))
            #expect(text.contains("Заведующий кафедрой ____________ Касымов Ерлан Темирович"))
            #expect(text.contains("Работодатель"))
            #expect(text.contains("Омарова Дана Маратовна"))
            #expect(text.contains("Декан факультета Касымова Алма Бериковна, протокол №"))
            // the plan by topic has the appendix's columns
            #expect(text.contains("План по темам"))
            #expect(text.contains("План по темам № Тема / раздел Лек. Сем. Трен. Др. СРО Всего Задание"))
            #expect(text.contains("1.1 Введение в машинное 3 3 3 0 7 16 практическое"))
            // the program page lists the faculty council among the decisions
            let page = try await browser.get("/programs/\(try #require(program.code))").body.string
            #expect(page.contains("совет факультета (декан)"))
        }
    }

    @Test func theProgramDocumentIsInTheInstitutionsDocumentLanguageOrTheOneAskedFor() async throws {
        try await withTanba { app, browser in
            try await VerificationLookupTests().demo(app, policy: "skma-2026")
            let program = try #require(try await ProgramModel.query(on: app.db).filter(\.$code != nil).sort(\.$code).first())
            let path = "/programs/\(try #require(program.code))/program.pdf"
            let text = { (query: String) async throws -> String in
                let pdf = try await browser.get(path + query)
                #expect(pdf.status == .ok)
                return try pdfText(Data(pdf.body.readableBytesView)).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            }
            // the page links each language
            let page = try await browser.get("/programs/\(try #require(program.code))").body.string
            #expect(page.contains(path + "?lang=kk") && page.contains(path + "?lang=en"))
            // asked for Kazakh: Kazakh labels and the Kazakh name of the micro-qualification, no Russian headings
            let kazakh = try await text("?lang=kk")
            #expect(kazakh.contains("МИКРОБІЛІКТІЛІК БАҒДАРЛАМАСЫ"))
            #expect(kazakh.contains("Бағдарлама паспорты"))
            #expect(kazakh.contains("«Машиналық оқыту жөніндегі маман»"))
            #expect(!kazakh.contains("ПРОГРАММА МИКРОКВАЛИФИКАЦИИ"))
            #expect(try await text("?lang=en").contains("Program passport"))
            // without asking: the institution's document language, whatever the visitor's page language
            try await InstitutionSettings(database: app.db, clock: .fixed(testNow)).apply(.init(documentLanguage: "kk+ru"), by: .commandLine)
            #expect(try await text("").contains("МИКРОБІЛІКТІЛІК БАҒДАРЛАМАСЫ"))
        }
    }
}
