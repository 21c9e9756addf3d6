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
}
