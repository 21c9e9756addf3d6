import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaCredentials
import TanbaPersistence
@testable import TanbaWeb

/// The Open Badges 3.0 credential of an issued certificate, seen from outside: downloaded, and
/// verified with only what the server publishes (issuer profile, context, status list).
@Suite(.serialized) struct CredentialPublishingTests {
    static let publicURL = "http://127.0.0.1:8080"

    /// A certificate issued through the session pages; returns it and the registrar's browser.
    static func issued(_ app: Application, _ browser: Browser) async throws -> CertificateModel {
        let (intakeID, learnerID) = try await CertificationTests.readyLearner(app)
        try await browser.login(as: .registrar)
        let session = try await CertificationTests.openSession(browser, intakeID: intakeID)
        let votes = try await CertificationTests.memberIDs(app).map { ("votes[\(learnerID)][\($0)]", "award") }
        _ = try await browser.post(session, [("action", "votes")] + votes)
        _ = try await browser.post(session, [("action", "close"), ("confirm", "yes")])
        _ = try await browser.post(session, [("action", "issue_all")])
        return try #require(try await CertificateModel.query(on: app.db).first())
    }

    /// An outside verifier: only documents fetched from the server's public URLs, nothing from its database.
    static func outsiderVerifies(_ credential: Data, with anonymous: Browser) async throws -> VerificationReport {
        // The test app runs on a fixed clock; the outsider checks at the same moment.
        let now = try #require(anonymous.app.services).clock.now()
        let parsed = try JSONValue(data: credential)
        let listURL = try #require(parsed["credentialStatus"]?["statusListCredential"]?.stringValue)
        let proofMethod = try #require(parsed["proof"]?.arrayValue?.first?["verificationMethod"]?.stringValue)
        let profileURL = String(proofMethod.prefix { $0 != "#" })
        func fetch(_ url: String) async throws -> JSONValue {
            let response = try await anonymous.get(String(url.dropFirst(publicURL.count)))
            #expect(response.status == .ok, "\(url)")
            return try JSONValue(data: Data(response.body.readableBytesView))
        }
        let contextURL = publicURL + "/contexts/tanba-v1.jsonld"
        let verifier = CredentialVerifier(
            controllerDocuments: [profileURL: try await fetch(profileURL)],
            statusListCredentials: [listURL: try await fetch(listURL)],
            documentLoader: BundledContextLoader(additionalContexts: [contextURL: try await fetch(contextURL)]))
        return verifier.verify(credential, now: now)
    }

    @Test func anOutsiderVerifiesTheCredentialAndSeesItRevokedAfterRevocation() async throws {
        try await withTanba { app, browser in
            // setup
            let certificate = try await Self.issued(app, browser)
            let anonymous = browser.fresh()
            // act
            let download = try await anonymous.get("/api/v1/verify/\(certificate.token)/credential")
            // check: the stored credential, valid for an outsider, naming the certificate's page as its id
            #expect(download.status == .ok)
            #expect(download.headers.contentType?.description.hasPrefix("application/vc+ld+json") == true)
            let credential = Data(download.body.readableBytesView)
            let report = try await Self.outsiderVerifies(credential, with: anonymous)
            #expect(report.status == .valid, "\(report)")
            #expect(try JSONValue(data: credential)["id"]?.stringValue == "\(Self.publicURL)/verify/\(certificate.token)")

            // act: the registrar revokes it
            let listPath = "/credentials/status/1"
            let before = try await anonymous.get(listPath)
            let etag = try #require(before.headers.first(name: .eTag))
            #expect(before.headers.first(name: .cacheControl)?.contains("max-age=") == true)
            #expect(try await anonymous.get(listPath, headers: ["If-None-Match": etag]).status == .notModified)
            let revoked = try await browser.post("/workspace/certificates/\(try certificate.requireID())",
                                                 [("action", "revoke"), ("decidedBy", "Учёный совет"), ("decisionNumber", "7"),
                                                  ("decidedOn", AlmatyDate.iso(testNow)), ("reason", "Выдан ошибочно"), ("confirm", "yes")])
            #expect(revoked.status == .seeOther)
            // check: the list changed (new ETag) and the outsider now sees the credential as revoked
            #expect(try await anonymous.get(listPath, headers: ["If-None-Match": etag]).status == .ok)
            let after = try await Self.outsiderVerifies(credential, with: anonymous)
            #expect(after.status == .revoked, "\(after)")
        }
    }

    @Test func theCredentialIsOfferedWhereverTheCertificateIs() async throws {
        try await withTanba { app, browser in
            let certificate = try await Self.issued(app, browser)
            let link = "/api/v1/verify/\(certificate.token)/credential"
            // the public verification page links it
            #expect(try await browser.fresh().get("/verify/\(certificate.token)").body.string.contains(link))
            // the learner's own page links it
            let learner = browser.fresh()
            try await learner.login(as: .learner)
            #expect(try await learner.get("/me").body.string.contains(link))
            // the PDF names where to get it
            let pdf = try await browser.get("/api/v1/verify/\(certificate.token)/certificate.pdf")
            let text = try pdfText(Data(pdf.body.readableBytesView)).replacingOccurrences(of: "\n", with: " ")
            #expect(text.contains("Open Badges 3.0"))
            #expect(text.contains(Self.publicURL + link))
            // the issuer profile publishes the key as a Multikey
            let profile = try JSONValue(data: Data(try await browser.fresh().get("/issuer").body.readableBytesView))
            #expect(profile["verificationMethod"]?.arrayValue?.first?["type"] == "Multikey")
            #expect(profile["address"]?["addressCountryCode"] == "KZ")
        }
    }

    @Test func theVerificationPageChecksAnUploadedCredentialAndNamesTheFailedCheck() async throws {
        try await withTanba { app, browser in
            // setup
            let certificate = try await Self.issued(app, browser)
            let ours = Data(try await browser.get("/api/v1/verify/\(certificate.token)/credential").body.readableBytesView)
            let expired = try Data(contentsOf: try conformanceFixture("simple-err-expired.json"))
            let visitor = browser.fresh()
            // act
            let good = try await visitor.postMultipart("/verify/credential", files: [
                UploadFile(field: "file", filename: "mine.json", contentType: "application/json", bytes: Array(ours))])
            let bad = try await visitor.postMultipart("/verify/credential", files: [
                UploadFile(field: "file", filename: "expired.json", contentType: "application/json", bytes: Array(expired))])
            let empty = try await visitor.postMultipart("/verify/credential", fields: [("json", " ")], files: [])
            // check: the verdict and the failed check in the visitor's language
            #expect(good.status == .ok)
            #expect(good.body.string.contains("Сертификат действителен"))
            #expect(bad.body.string.contains("Сертификат не прошёл проверку"))
            #expect(bad.body.string.contains("check-failed\"><td>Срок действия"))
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.body.string.contains("Выберите файл сертификата"))
            // the same check as JSON for programs
            var headers = HTTPHeaders()
            headers.contentType = .json
            let api = try await visitor.sendRaw(.POST, "/api/v1/credentials/verify", headers: headers, body: ByteBuffer(data: expired))
            let json = try JSONValue(data: Data(api.body.readableBytesView))
            #expect(json["status"] == "invalid")
            #expect(json["checks"]?.arrayValue?.contains { $0["check"] == "expired" && $0["status"] == "failed" } == true)
        }
    }
}

/// A 1EdTech validator fixture: from `shared/conformance` above the checkout, else the
/// repository's copy in `Tests/Conformance`.
func conformanceFixture(_ name: String) throws -> URL {
    for root in ["shared/conformance", "Tests/Conformance"] {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("\(root)/openbadges-3.0/validator-fixtures/\(name)")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
    }
    throw CocoaError(.fileNoSuchFile)
}
