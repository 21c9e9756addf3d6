import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaPersistence
@testable import TanbaWeb

/// Every preset's certificate and transcript, in Russian, Kazakh, the bilingual and the
/// trilingual layout, read back field by field: each language's own wording of the institution,
/// the program, the awarded micro-qualification and the volume, and the facts every form carries.
@Suite(.serialized) struct DocumentMatrixTests {
    static let settings = ["ru", "kk", "kk+ru", "kk+ru+en"]

    @Test(arguments: PolicyPresets.all.map(\.name))
    func everyLayoutCarriesEveryFieldInEveryDocumentLanguage(policyName: String) async throws {
        try await withTanba { app, _ in
            try await VerificationLookupTests().demo(app, policy: policyName)
            let policy = try #require(PolicyPresets.named(policyName))
            let certificate = try await VerificationLookupTests().certificate(app, surname: "нұрланова")
            let content = try certificate.certifiedContent()
            let token = try #require(VerificationToken(parsing: certificate.token))
            for setting in Self.settings {
                let languages = setting.split(separator: "+").compactMap { LanguageCode(rawValue: String($0)) }
                let rendering = CertificateRendering(policy: policy, publicURL: "https://tanba.example.kz", localizer: app.localizer,
                                                     language: languages[0], secondLanguage: languages.count > 1 ? languages[1] : nil,
                                                     thirdLanguage: languages.count > 2 ? languages[2] : nil)
                let documents = try await rendering.render(content, token: token)
                let page = Self.flat(try pdfText(try #require(documents.first { $0.kind == "certificate" }).pdf, raw: true))
                let transcript = Self.flat(try pdfText(try #require(documents.first { $0.kind == "transcript" }).pdf, raw: true))
                let where_ = "\(policyName) \(setting)"
                // in each of the document's languages
                for language in languages {
                    let t = { (key: String, arguments: [String: String]) in
                        app.localizer.string(key, language, arguments, variant: rendering.variant)
                    }
                    #expect(page.contains(Self.flat(rendering.institutionName(content, in: language))), "\(where_): institution \(language)")
                    #expect(page.contains(Self.flat(rendering.programTitle(content, in: language))), "\(where_): program \(language)")
                    let qualification = try #require(rendering.qualificationLine(content, in: language))
                    #expect(page.contains(Self.flat(qualification)), "\(where_): qualification \(language)")
                    let unit = t(content.usesECTS ? "certificate.credits_ects" : "certificate.credits_kz", [:])
                    #expect(page.contains(Self.flat(t("certificate.volume", ["hours": "\(content.hours)", "credits": content.credits,
                                                                               "unit": unit]))), "\(where_): volume \(language)")
                    #expect(page.contains(Self.flat(t("certificate.completed", [:]))), "\(where_): completion \(language)")
                }
                // and in no other: a Kazakh document does not fall back to Russian wording
                for other in LanguageCode.allCases where !languages.contains(other) {
                    let foreign = app.localizer.string("certificate.completed", other, [:], variant: rendering.variant)
                    #expect(!page.contains(Self.flat(foreign)), "\(where_): \(other) wording on the page")
                }
                // once, in the first language: who, which number, when, where, signed by whom
                let first = languages[0]
                #expect(page.contains(Self.flat(content.learnerName)), "\(where_): learner")
                #expect(page.contains(content.registrationNumber), "\(where_): number")
                #expect(page.contains(DisplayDate.fromISO(content.issuedOn)), "\(where_): issue date")
                let city = rendering.city(content)
                #expect(!city.isEmpty && page.contains(Self.flat(city)), "\(where_): city")
                for role in [SignatoryRole.rector, .registrarHead] {
                    let signatory = try #require(content.signatories?[role])
                    #expect(page.contains(Self.flat(signatory.initials)), "\(where_): \(role) signs")
                    let title = signatory.title.text(in: first)
                    #expect(title.isEmpty || page.contains(Self.flat(title)), "\(where_): \(role)'s title in \(first)")
                }
                #expect(page.contains(content.decisionProtocol), "\(where_): the commission's protocol")
                if policy.certificateForm == .skma && languages.count == 1 {
                    #expect(page.contains(Self.flat(rendering.t("certificate.level_nqf", [
                        "level": "\(content.nqfLevel)", "words": rendering.t("number.word.\(content.nqfLevel)")]))), "\(where_): NQF in words")
                }
                if let order = content.awardOrder {
                    #expect(page.contains(order.number), "\(where_): award order")
                }
                // the transcript: the same learner and number, every discipline, the scale, the signature
                #expect(transcript.contains(Self.flat(rendering.institutionName(content, in: first))), "\(where_): transcript institution")
                #expect(transcript.contains(Self.flat(content.learnerName)), "\(where_): transcript learner")
                #expect(transcript.contains(content.registrationNumber), "\(where_): transcript number")
                for discipline in content.disciplines {
                    #expect(transcript.contains(Self.flat(discipline.name)), "\(where_): \(discipline.name)")
                }
                #expect(transcript.contains(Self.flat(rendering.t("transcript.grading_note", ["scale": policy.gradeScale.summary]))),
                        "\(where_): grading note")
                let signer = try #require(content.signatories?[policy.certificateForm == .skma ? .rector : .registrarHead])
                #expect(transcript.contains(Self.flat(signer.initials)), "\(where_): transcript signed")
            }
        }
    }

    static func flat(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
