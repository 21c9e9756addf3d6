import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaPersistence
import TanbaDemo
@testable import TanbaWeb

@Suite(.serialized) struct VerificationLookupTests {
    /// The demo, with its issued certificates.
    func demo(_ app: Application, policy: String = "aitu") async throws {
        try await app.autoRevert()
        try await app.autoMigrate()
        try await DemoData(policyName: policy).load(on: app.db, storage: try #require(app.services).storage,
                                                   localizer: app.localizer, issuer: try #require(app.services).issuer)
    }

    func certificate(_ app: Application, surname: String) async throws -> CertificateModel {
        try #require(try await CertificateModel.query(on: app.db).filter(\.$surnameKey == surname)
            .filter(\.$status == CertificateStatus.valid.rawValue).first())
    }

    @Test func anEmployerTypingOnARussianKeyboardLandsOnThePermanentAddress() async throws {
        try await withTanba { app, browser in
            try await demo(app)
            let aliya = try await certificate(app, surname: "нұрланова")
            for typed in ["Нурланова", "НУРЛАНОВА", "нұрланова"] {
                let query = "number=\(aliya.registrationNumber.lowercased())&surname=\(Browser.encode(typed))"
                let found = try await browser.get("/verify?\(query)")
                #expect(found.status == .seeOther, "\(typed)")
                #expect(found.location == "/verify/\(aliya.token)", "\(typed)")
            }
            let page = try await browser.get("/verify/\(aliya.token)")
            #expect(page.body.string.contains("Нұрланова Әлия"))
            #expect(try await browser.get("/verify?number=\(aliya.registrationNumber)&surname=Nurlanova").status == .notFound)
        }
    }

    @Test func theLatinSpellingPrintedOnTheCertificateFindsItToo() async throws {
        try await withTanba { app, browser in
            try await demo(app)
            let aliya = try await certificate(app, surname: "нұрланова")
            // As a certificate issued after the learner gave her passport spelling carries it.
            var content = try aliya.certifiedContent()
            content.learnerNameLatin = "NURLANOVA ALIYA"
            aliya.content = String(decoding: try JSONEncoder().encode(content), as: UTF8.self)
            try await aliya.update(on: app.db)
            let found = try await browser.get("/verify?number=\(aliya.registrationNumber)&surname=Nurlanova")
            #expect(found.location == "/verify/\(aliya.token)")
            #expect(try await browser.get(found.location).body.string.contains("NURLANOVA ALIYA"))
            let json = try await browser.get("/api/v1/verify/\(aliya.token)")
            #expect(json.body.string.contains("\"learnerNameLatin\":\"NURLANOVA ALIYA\""))
        }
    }

    @Test func anHROfficerChecksADozenCandidatesButGuessingIsStopped() async throws {
        try await withTanba { app, browser in
            try await demo(app)
            let issued = try await CertificateModel.query(on: app.db).all()
            let aliya = try await certificate(app, surname: "нұрланова")
            for index in 0..<15 {
                let certificate = issued[index % issued.count]
                let response = try await browser.get("/verify?number=\(certificate.registrationNumber)&surname=\(Browser.encode(certificate.surnameKey))")
                #expect(response.status == .seeOther, "lookup \(index + 1)")
            }
            // Guessing surnames finds nothing; the tenth miss in ten minutes stops the client and says until when.
            var statuses: [HTTPStatus] = []
            for guess in 0..<11 {
                statuses.append(try await browser.get("/verify?number=\(aliya.registrationNumber)&surname=Guess\(guess)").status)
            }
            #expect(statuses.prefix(10).allSatisfy { $0 == .notFound })
            let limited = try await browser.get("/verify?number=\(aliya.registrationNumber)&surname=Нурланова")
            #expect(limited.status == .tooManyRequests)
            #expect(limited.body.string.contains("после 29.08.2026 15:50"), "\(limited.body.string)")
            #expect(limited.headers.first(name: .retryAfter) == "600")
        }
    }
}

@Suite(.serialized) struct LatinNameProfileTests {
    @Test func aLearnerGivesTheirNameInLatinLettersAtRegistrationAndOnTheirPage() async throws {
        try await withTanba { app, browser in
            try await browser.get("/register")
            let refused = try await browser.post("/register", [("fullName", "Нұрланова Әлия"), ("latinName", "Нурланова"),
                                                               ("login", "aliya"), ("password", "степной ветер в апреле"),
                                                               ("category", "free_listener"), ("consent", "yes")])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("только латинские буквы"))
            let registered = try await browser.post("/register", [("fullName", "Нұрланова Әлия"), ("latinName", " NURLANOVA  ALIYA "),
                                                                  ("login", "aliya"), ("password", "степной ветер в апреле"),
                                                                  ("category", "free_listener"), ("consent", "yes")])
            #expect(registered.status == .seeOther)
            let me = try await browser.get(registered.location)
            #expect(me.body.string.contains("value=\"NURLANOVA ALIYA\""))
            let user = try #require(try await UserModel.query(on: app.db).filter(\.$login == "aliya").first())
            #expect(try await LearnerProfileStore(database: app.db).profile(of: try user.requireID())?.latinName == "NURLANOVA ALIYA")
            #expect(try await browser.post("/me/profile", [("latinName", "Әлия")]).status == .unprocessableEntity)
            let saved = try await browser.post("/me/profile", [("latinName", "NURLANOVA ALIYA KANATKYZY")])
            #expect(saved.status == .seeOther)
            #expect(try await browser.get(saved.location).body.string.contains(#"<p class="flash">Сохранено.</p>"#), "a save is confirmed")
            #expect(try await LearnerProfileStore(database: app.db).profile(of: try user.requireID())?.latinName
                    == "NURLANOVA ALIYA KANATKYZY")
        }
    }
}

@Suite(.serialized) struct VerificationPageTests {
    @Test func thePageNamesTheCertificateAndStatesItsVerdictInASentence() async throws {
        try await withTanba { app, browser in
            try await VerificationLookupTests().demo(app)
            let aliya = try await VerificationLookupTests().certificate(app, surname: "нұрланова")
            let html = try await browser.get("/verify/\(aliya.token)").body.string
            // AITU's form is a «свидетельство» (001): the page names it so, in the neuter
            #expect(html.contains("<title>Свидетельство № \(aliya.registrationNumber) — действительно — Tanba</title>"))
            #expect(html.contains("слушателю Нұрланова Әлия Қанатқызы"))
            #expect(html.contains("действительно. Проверено 29.08.2026 в 15:40 (время Алматы)."))
            #expect(html.contains(#"<meta property="og:url" content="http://127.0.0.1:8080/verify/\#(aliya.token)">"#))
            #expect(html.contains("https://www.linkedin.com/sharing/share-offsite/?url=http%3A%2F%2F127.0.0.1%3A8080%2Fverify%2F"))
            #expect(html.contains(#"data-print"#))
            #expect(html.contains(#"<script src="/verify-actions.js" defer></script>"#))
            #expect(try await browser.get("/verify-actions.js").status == .ok)
        }
    }

    @Test func eachPolicyNamesItsDocumentOneWayOnEveryPage() async throws {
        try await withTanba { app, browser in
            try await VerificationLookupTests().demo(app, policy: "skma-2026")
            let certificate = try #require(try await CertificateModel.query(on: app.db)
                .filter(\.$status == CertificateStatus.valid.rawValue).first())
            let html = try await browser.get("/verify/\(certificate.token)").body.string
            #expect(html.contains("<title>Сертификат № \(certificate.registrationNumber) — действителен — Tanba</title>"))
            #expect(!html.contains("видетельств"))
            let registrar = browser.fresh()
            try await registrar.login("registrar", password: "demo-registrar-2026")
            let journal = try await registrar.get("/workspace/journal").body.string
            #expect(journal.contains("Журнал регистрации выданных сертификатов"))
            #expect(!journal.contains("видетельств"))

            // Kazakh pages of an AITU installation say «куәлік» as its form does
            try await VerificationLookupTests().demo(app, policy: "aitu")
            let aitu = try await VerificationLookupTests().certificate(app, surname: "нұрланова")
            let kazakh = browser.fresh()
            try await kazakh.get("/language/kk?back=/")
            let page = try await kazakh.get("/verify/\(aitu.token)").body.string
            #expect(page.contains("№ \(aitu.registrationNumber) куәлік — жарамды"))
            #expect(!page.contains("ертификат №"))
        }
    }

    @Test func formsOfAssessmentAndStudyReadInThePagesLanguage() async throws {
        try await withTanba { app, browser in
            try await VerificationLookupTests().demo(app)
            let aliya = try await VerificationLookupTests().certificate(app, surname: "нұрланова")
            try await browser.get("/language/en?back=/")
            let english = try await browser.get("/verify/\(aliya.token)").body.string
            #expect(english.contains("Practical assignment (case study). Testing."))
            #expect(english.contains("blended"))
            #expect(!english.contains("Тестирование"))
            try await browser.get("/language/kk?back=/")
            let program = try #require(try await ProgramModel.query(on: app.db).filter(\.$code == "AITU-MC-2026-001").first())
            let kazakh = try await browser.get("/programs/\(program.code ?? "")").body.string
            #expect(kazakh.contains("Тестілеу"))
            #expect(kazakh.contains("Практикалық тапсырма (кейс)"))
        }
    }

    @Test func revokingAsksForConfirmationAndSaysTheReasonIsPublic() async throws {
        // 01.12.2026, after the demo's certificates were issued (November 2026)
        let today = Date(timeIntervalSince1970: 1_796_101_200)
        try await withTanba(clock: .fixed(today)) { app, browser in
            try await VerificationLookupTests().demo(app)
            let aliya = try await VerificationLookupTests().certificate(app, surname: "нұрланова")
            let registrar = browser.fresh()
            try await registrar.login("registrar", password: "demo-registrar-2026")
            let path = "/workspace/certificates/\(try aliya.requireID().uuidString)"
            let page = try await registrar.get(path).body.string
            #expect(page.contains("Причину увидит любой"))
            #expect(page.contains(#"name="decisionNumber""#))
            // a decision dated after today is refused with the reason, and nothing changes
            let future = try await registrar.post(path, [("action", "revoke"), ("decidedBy", "Учёный совет"), ("decisionNumber", "7"),
                                                         ("decidedOn", "2026-12-02"), ("reason", "Выдан ошибочно"), ("confirm", "yes")])
            #expect(future.status == .unprocessableEntity)
            #expect(future.body.string.contains("Дата решения не может быть позже сегодняшнего дня (01.12.2026)."))
            let issued = try #require(try await IssuedDocumentModel.query(on: app.db).filter(\.$certificateID == aliya.requireID())
                .filter(\.$kind == "certificate").first())
            let before = Data(try await browser.get("/api/v1/verify/\(aliya.token)/certificate.pdf").body.readableBytesView)
            #expect(before == issued.pdf, "a valid certificate is served exactly as issued")
            let unconfirmed = try await registrar.post(path, [("action", "revoke"), ("decidedBy", "Учёный совет"), ("decisionNumber", "7"),
                                                  ("decidedOn", "2026-11-30"), ("reason", "Выдан ошибочно")])
            #expect(unconfirmed.status == .unprocessableEntity)
            #expect(try await CertificateModel.find(aliya.id, on: app.db)?.status == "valid")
            let confirmed = try await registrar.post(path, [("action", "revoke"), ("decidedBy", "Учёный совет"), ("decisionNumber", "7"),
                                                  ("decidedOn", "2026-11-30"), ("reason", "Выдан ошибочно"), ("confirm", "yes")])
            #expect(confirmed.status == .seeOther)
            let verdict = try await browser.get("/verify/\(aliya.token)").body.string
            #expect(verdict.contains("аннулировано 01.12.2026 и недействительно"))
            #expect(verdict.contains("Аннулировано 01.12.2026 по решению № 7 от 30.11.2026 (Учёный совет). Причина: Выдан ошибочно"))
            let json = try await browser.get("/api/v1/verify/\(aliya.token)").body.string
            #expect(json.contains(#""revocationDecisionNumber":"7""#))
            #expect(json.contains(#""revocationDecidedOn":"2026-11-30""#))
            #expect(verdict.contains("<title>Свидетельство № \(aliya.registrationNumber) — аннулировано — Tanba</title>"))
            // Downloaded after revocation, every page of the PDF says so; the stored bytes stay as issued.
            let after = Data(try await browser.get("/api/v1/verify/\(aliya.token)/certificate.pdf").body.readableBytesView)
            let text = try pdfText(after, raw: true)
            #expect(text.contains("АННУЛИРОВАН"))
            #expect(text.contains("Нұрланова"))
            #expect(text.contains(" · 01.12.2026"), "the stamp carries the revocation day")
            let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: true).filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
            #expect(pages.count >= 1)
            #expect(pages.allSatisfy { $0.contains("АННУЛИРОВАН") }, "every page is stamped")
            #expect(try await IssuedDocumentModel.find(issued.id, on: app.db)?.pdf == issued.pdf)
            // The learner's own page says it is annulled, when and why.
            let learner = browser.fresh()
            try await learner.login("aliya", password: "demo-learner-2026")
            let me = try await learner.get("/me").body.string
            #expect(me.contains("Аннулировано 01.12.2026 по решению № 7 от 30.11.2026 (Учёный совет). Причина: Выдан ошибочно"),
                    "the AITU document is a «свидетельство», neuter")
            let transcript = try await registrar.get("/certificates/\(try aliya.requireID().uuidString)/transcript.pdf")
            #expect(try pdfText(Data(transcript.body.readableBytesView), raw: true).contains("АННУЛИРОВАН"))
        }
    }
}

@Suite(.serialized) struct RegistrationConsentTests {
    @Test func registeringRecordsTheConsentGivenAndPresumesNoCategory() async throws {
        try await withTanba { app, browser in
            let form = try await browser.get("/register").body.string
            #expect(form.contains("О персональных данных и их защите"))
            #expect(form.contains(#"<option value="" selected"#), "no category chosen in advance")
            let fields = [("fullName", "Омарова Дана"), ("login", "dana"), ("password", "степной ветер в апреле"),
                          ("category", "free_listener")]
            let withoutConsent = try await browser.post("/register", fields)
            #expect(withoutConsent.status == .unprocessableEntity)
            #expect(withoutConsent.body.string.contains("согласие"))
            #expect(try await UserModel.query(on: app.db).filter(\.$login == "dana").count() == 0)
            let withoutCategory = try await browser.post("/register", [("fullName", "Омарова Дана"), ("login", "dana"),
                                                                       ("password", "степной ветер в апреле"), ("consent", "yes")])
            #expect(withoutCategory.status == .unprocessableEntity)
            #expect(try await browser.post("/register", fields + [("consent", "yes")]).status == .seeOther)
            let user = try #require(try await UserModel.query(on: app.db).filter(\.$login == "dana").first())
            let profile = try #require(try await LearnerProfileStore(database: app.db).profile(of: try user.requireID()))
            #expect(profile.consentVersion == PersonalDataConsent.currentVersion)
            #expect(profile.consentAt == testNow)
        }
    }
}

@Suite(.serialized) struct CredentialCheckPageTests {
    @Test func aTamperedCredentialIsShownAsAFailureSayingWhoseItClaimsToBe() async throws {
        // After the demo's certificates were issued (November 2026), so they are in force.
        try await withTanba(clock: .fixed(testNow.addingTimeInterval(100 * 86_400))) { app, browser in
            try await VerificationLookupTests().demo(app)
            let aliya = try await VerificationLookupTests().certificate(app, surname: "нұрланова")
            let original = try await browser.get("/api/v1/verify/\(aliya.token)/credential").body.string
            try await browser.get("/verify")
            let genuine = try await browser.post("/verify/credential", [("json", original)]).body.string
            #expect(genuine.contains("verdict-tone-passed"))
            #expect(genuine.contains("Электронная подпись верна"))
            #expect(genuine.contains("Нұрланова Әлия"))
            #expect(genuine.contains("ML Specialist"))

            let forged = original.replacingOccurrences(of: "Нұрланова Әлия", with: "Иванова Мария")
            #expect(forged != original)
            let page = try await browser.post("/verify/credential", [("json", forged)]).body.string
            #expect(page.contains("verdict-tone-failed"))
            #expect(page.contains("✗"))
            #expect(page.contains("Электронная подпись не сходится"))
            #expect(page.contains("Иванова Мария"), "the page names whom the file claims")
            #expect(page.contains("верить этим сведениям можно, только если все проверки ниже пройдены"))
        }
    }
}

@Suite(.serialized) struct LookupLimitSpoofingTests {
    @Test func aForgedForwardingHeaderDoesNotBuyMoreGuesses() async throws {
        try await withTanba { _, browser in
            var statuses: [HTTPStatus] = []
            for guess in 0..<12 {
                var headers = HTTPHeaders()
                headers.replaceOrAdd(name: "X-Forwarded-For", value: "203.0.113.\(guess)")
                headers.replaceOrAdd(name: "X-Real-IP", value: "198.51.100.\(guess)")
                statuses.append(try await browser.get("/verify?number=MSCE2026000\(guess % 10)&surname=Guess\(guess)", headers: headers).status)
            }
            #expect(statuses.prefix(10).allSatisfy { $0 == .notFound })
            #expect(statuses.suffix(2).allSatisfy { $0 == .tooManyRequests })
        }
    }
}
