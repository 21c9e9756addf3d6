import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaDemo
import TanbaPersistence
@testable import TanbaWeb

@Suite(.serialized) struct AutomaticRecognitionPageTests {
    static let achievementID = "https://partner.example.kz/achievements/python-developer"

    func credential(_ partner: PartnerIssuer, learner: String = "Тестовый learner", points: Int = 91) throws -> UploadFile {
        let data = try partner.credential(achievementID: Self.achievementID, achievementName: "Python Developer", learner: learner,
                                          points: points, issued: testNow.addingTimeInterval(-30 * 86_400))
        return UploadFile(field: "credential", filename: "badge.json", contentType: "application/json", bytes: Array(data))
    }

    /// Files for the learner with the identity document, the syllabus and a credential (no scanned certificate).
    func file(_ app: Application, _ browser: Browser, credential: UploadFile) async throws -> RecognitionCaseModel {
        try await browser.login(as: .learner)
        let second = try await periodID("Осенний семестр, второй поток", on: app.db)
        let filed = try await browser.postMultipart("/me/recognition", fields: RecognitionCaseTests.courseraFields(period: second),
                                                    files: [UploadFile.pdf("identityDocument"), UploadFile.pdf("syllabus"), credential])
        #expect(filed.status == .seeOther, "\(filed.body.string.prefix(3000))")
        try await browser.get("/logout")
        return try #require(try await RecognitionCaseModel.query(on: app.db).sort(\.$filedAt, .descending).sort(\.$number, .descending).first())
    }

    @Test func aTrustedPartnersCredentialIsRecognisedAtOnceOnceARuleExistsAndAnyDoubtGoesTheManualWay() async throws {
        try await withTanba { app, browser in
            try await setUpRecognition(app, browser: browser)
            let partner = PartnerIssuer(name: "Partner University")
            // 1. the first case with the partner's credential goes the manual way: the partner is not trusted yet
            let first = try await file(app, browser, credential: try credential(partner))
            #expect(first.credentialStatus == "valid")
            #expect(first.automaticRefusal == "issuer_not_trusted:" + partner.did)
            // the commission trusts the partner; the case is decided by vote and kept as a rule
            try await browser.login(as: .registrar)
            let trusted = try await browser.post("/workspace/recognition/providers", [
                ("name", "Partner University"), ("country", "Казахстан"), ("issuerIDs", partner.did), ("protocolNumber", "5"), ("decidedOn", "2026-08-28")])
            #expect(trusted.status == .seeOther)
            let firstPath = "/workspace/recognition/cases/\(try first.requireID().uuidString)"
            _ = try await browser.post(firstPath, [("action", "refer")])
            try await browser.get("/logout")
            try await browser.login(as: .teacher)
            _ = try await browser.post(firstPath + "/conclusion", RecognitionExpertiseTests.conclusion(proposal: "full"))
            try await browser.get("/logout")
            try await browser.login(as: .registrar)
            var ballots: [(String, String)] = []
            for role in [Role.administrator, .teacher, .externalExpert] { ballots.append(("votes[\(try await staffID(role, on: app.db).uuidString)]", "award")) }
            _ = try await browser.post(firstPath, [("action", "decide"), ("protocolNumber", "6"), ("meetingDate", "2026-08-29"), ("reasons", "")] + ballots)
            let ruled = try await browser.post(firstPath, [("action", "rule"), ("minimumPercent", "70"), ("maximumAgeMonths", "24"), ("validUntil", "")])
            #expect(ruled.status == .seeOther)
            let providers = try await browser.get("/workspace/recognition/providers").body.string
            #expect(providers.contains("Python Developer"))
            #expect(providers.contains("оценка не ниже 70 %"))
            try await browser.get("/logout")

            // 2. the same achievement again: recognised at once, without experts or a vote
            let second = try await file(app, browser, credential: try credential(partner))
            #expect(second.status == "decided")
            #expect(second.automaticRuleID != nil)
            let decision = try #require(try await RecognitionDecisionModel.query(on: app.db).filter(\.$caseID == second.requireID()).first())
            #expect(decision.outcome == "granted" && decision.protocolNumber == "5")
            try await browser.login(as: .registrar)
            let page = try await browser.get("/workspace/recognition/cases/\(try second.requireID().uuidString)").body.string
            #expect(page.contains("Признано автоматически по правилу эквивалентности"))
            try await browser.get("/logout")

            // 3. a result below the rule's minimum, a tampered copy and an untrusted issuer go the manual way
            let low = try await file(app, browser, credential: try credential(partner, points: 60))
            #expect(low.status == "submitted" && low.automaticRefusal == "below_minimum_grade")
            var tampered = try credential(partner)
            let text = String(decoding: tampered.bytes, as: UTF8.self).replacingOccurrences(of: "Тестовый learner", with: "Тестовый learnеr")
            tampered = UploadFile(field: "credential", filename: "badge.json", contentType: "application/json", bytes: Array(text.utf8))
            let forged = try await fileExpectingScan(app, browser, credential: tampered)
            #expect(forged.status == "submitted" && forged.automaticRefusal == "not_verified:invalid")
            let stranger = try await file(app, browser, credential: try credential(PartnerIssuer(name: "Unknown Academy")))
            #expect(stranger.status == "submitted" && stranger.automaticRefusal?.hasPrefix("issuer_not_trusted:") == true)
        }
    }

    @Test func aPartnerKnownByItsProfileAddressVerifiesOnceItsProfileIsUploadedAndAnEndedRuleRecognisesNoMore() async throws {
        let clock = MovableClock()
        try await withTanba(clock: clock.clock) { app, browser in
            try await setUpRecognition(app, browser: browser)
            let partner = PartnerIssuer(name: "Partner Academy", profileURL: "https://partner.example.kz/issuer")
            try await browser.login(as: .registrar)
            #expect(try await browser.post("/workspace/recognition/providers", [
                ("name", "Partner Academy"), ("country", "Казахстан"), ("issuerIDs", partner.issuerID), ("protocolNumber", "5"),
                ("decidedOn", "2026-08-28")]).status == .seeOther)
            try await browser.get("/logout")
            // without its profile its keys are unknown here: the credential does not verify, nothing is automatic
            let unknown = try await fileExpectingScan(app, browser, credential: try credential(partner))
            #expect(unknown.credentialStatus != "valid")
            #expect(unknown.automaticRefusal?.hasPrefix("not_verified:") == true)
            // the registrar uploads the profile: another provider's, or one without a key, is refused
            try await browser.login(as: .registrar)
            let provider = try #require(try await TrustedProviderModel.query(on: app.db).first())
            let upload = "/workspace/recognition/providers/\(try provider.requireID().uuidString)/profile"
            let other = PartnerIssuer(name: "Other", profileURL: "https://other.example.kz/issuer").profileDocument()
            let refused = try await browser.postMultipart(upload, files: [UploadFile(field: "profile", filename: "other.json",
                                                                                     contentType: "application/json", bytes: Array(other))])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("не совпадает ни с одним https-идентификатором этого поставщика"))
            let keyless = #"{"id":"https://partner.example.kz/issuer","type":["Profile"],"name":"Partner Academy"}"#
            #expect(try await browser.postMultipart(upload, files: [UploadFile(field: "profile", filename: "p.json", contentType: "application/json",
                                                                               bytes: Array(keyless.utf8))]).status == .unprocessableEntity)
            #expect(try await browser.postMultipart(upload, files: [UploadFile(field: "profile", filename: "p.json", contentType: "application/json",
                                                                               bytes: Array(partner.profileDocument()))]).status == .seeOther)
            #expect(try await browser.get("/workspace/recognition/providers").body.string.contains("https://partner.example.kz/issuer — загружен"))
            try await browser.get("/logout")
            // now it verifies completely; with no rule yet it goes the manual way for that reason only
            let known = try await file(app, browser, credential: try credential(partner))
            #expect(known.credentialStatus == "valid")
            #expect(known.automaticRefusal == "no_rule")
            // decided by vote and kept as a rule, the next one is recognised at once
            let path = "/workspace/recognition/cases/\(try known.requireID().uuidString)"
            try await browser.login(as: .registrar)
            _ = try await browser.post(path, [("action", "refer")])
            try await browser.get("/logout")
            try await browser.login(as: .teacher)
            _ = try await browser.post(path + "/conclusion", RecognitionExpertiseTests.conclusion(proposal: "full"))
            try await browser.get("/logout")
            try await browser.login(as: .registrar)
            var ballots: [(String, String)] = []
            for role in [Role.administrator, .teacher, .externalExpert] { ballots.append(("votes[\(try await staffID(role, on: app.db).uuidString)]", "award")) }
            _ = try await browser.post(path, [("action", "decide"), ("protocolNumber", "6"), ("meetingDate", "2026-08-29"), ("reasons", "")] + ballots)
            #expect(try await browser.post(path, [("action", "rule"), ("minimumPercent", ""), ("maximumAgeMonths", ""), ("validUntil", "")]).status == .seeOther)
            // a later order re-forms the commission: the automatic decision still cites the one that trusted the provider
            var ids: [Role: UUID] = [:]
            for role in Role.allCases { ids[role] = try await staffID(role, on: app.db) }
            #expect(try await browser.post("/workspace/recognition/bodies", RecognitionBodiesTests.commissionForm(ids, orderNumber: "120-П")).status == .seeOther)
            try await browser.get("/logout")
            let automatic = try await file(app, browser, credential: try credential(partner))
            #expect(automatic.status == "decided")
            let trusting = try #require(try await TrustedProviderModel.query(on: app.db).first()?.commissionID)
            let cited = try #require(try await RecognitionDecisionModel.query(on: app.db).filter(\.$caseID == automatic.requireID()).first())
            #expect(cited.commissionID == trusting)
            #expect(try await RecognitionBodyModel.query(on: app.db).filter(\.$kind == "commission").count() == 2)
            // the commission ends the rule from tomorrow; a rule is ended once
            try await browser.login(as: .registrar)
            let rule = try #require(try await EquivalencyRuleModel.query(on: app.db).first())
            let end = "/workspace/recognition/rules/\(try rule.requireID().uuidString)/end"
            #expect(try await browser.post(end, [("endsOn", "2026-08-29"), ("protocolNumber", "9")]).status == .unprocessableEntity)
            #expect(try await browser.post(end, [("endsOn", "2026-08-30"), ("protocolNumber", "9")]).status == .seeOther)
            #expect(try await browser.post(end, [("endsOn", "2026-09-01"), ("protocolNumber", "10")]).status == .conflict)
            #expect(try await browser.get("/workspace/recognition/providers").body.string.contains("Прекращено с 30.08.2026 (протокол № 9)"))
            try await browser.get("/logout")
            // two days on, the same credential goes the manual way
            clock.advance(3 * 86_400)
            let after = try await file(app, browser.fresh(), credential: try credential(partner))
            #expect(after.status == "submitted")
            #expect(after.automaticRefusal == "rule_not_in_force")
            #expect(try await AuditEventModel.query(on: app.db).filter(\.$action == "equivalency_rule_ended").count() == 1)
        }
    }

    /// A credential that fails verification does not stand in for the scan: the certificate is attached too.
    func fileExpectingScan(_ app: Application, _ browser: Browser, credential: UploadFile) async throws -> RecognitionCaseModel {
        try await browser.login(as: .learner)
        let second = try await periodID("Осенний семестр, второй поток", on: app.db)
        _ = try await browser.postMultipart("/me/recognition", fields: RecognitionCaseTests.courseraFields(period: second),
                                            files: RecognitionCaseTests.scans + [credential])
        try await browser.get("/logout")
        return try #require(try await RecognitionCaseModel.query(on: app.db).sort(\.$number, .descending).first())
    }
}
