import Fluent
import Foundation
import Testing
import TanbaCore
import TanbaCredentials
@testable import TanbaPersistence

/// Certificates and their Open Badges 3.0 credentials: issued together, verifiable offline, revocable.
/// The site's paths as the web layer builds them (TanbaWebTests check those against the routes).
let testCredentialPaths = OpenBadgesIssuer.Paths(verification: { "/verify/\($0)" }, program: { "/programs/\($0)" },
                                                 nqfLevel: { "/?nqf=\($0)" })

@Suite(.serialized) struct CertificateCredentialTests {
    let base = CertificateStoreTests()
    let issuer = OpenBadgesIssuer(publicURL: "https://tanba.example.kz", keyEncryptionKey: .generate(), paths: testCredentialPaths)
    /// A day after `base.day`, when the credentials are checked.
    var later: Date { base.day.addingTimeInterval(86_400) }

    func content(_ name: String) -> CertifiedContent {
        var content = base.draft(name)
        content.learningOutcomes = ["РО1. писать программы на Java", "РО2. проектировать классы"]
        content.disciplines = [
            .init(name: "Java", description: "Синтаксис", credits: "4", hours: 120, points: 95, letter: "A", gradePoints: "4.0"),
            .init(name: "ООП", description: "Классы", credits: "3", hours: 90, points: 86, letter: "B+", gradePoints: "3.33"),
        ]
        return content
    }

    func issue(_ db: any Database, learners count: Int) async throws -> (store: CertificateIssuing, certificates: [CertificateModel], registrar: ActingUser) {
        let (intakeID, learners, registrar) = try await base.setup(db, learners: count)
        let store = CertificateIssuing(database: db, clock: .fixed(base.day), random: .system, issuer: issuer)
        let requests = learners.enumerated().map { index, learner in
            CertificateIssuing.IssueRequest(content: content("Нұрланова\(index) Әлия"), learnerID: learner, intakeID: intakeID, sessionID: nil)
        }
        let certificates = try await store.issueBatch(requests, by: registrar, render: base.fakeRenderer)
        return (store, certificates, registrar)
    }

    func credential(of certificate: CertificateModel, in store: CertificateIssuing) async throws -> JSONValue {
        let row = try #require(try await CertificateQueries(database: store.database).credential(of: try certificate.requireID()))
        return try JSONValue(parsing: row.json)
    }

    @Test func everyIssuedCertificateCarriesASignedCredentialThatVerifies() async throws {
        try await withDatabase { db in
            // setup
            let (store, certificates, _) = try await issue(db, learners: 3)
            let verifier = InstallationVerifier(database: db, issuer: issuer, clock: .fixed(later))
            // act
            var reports: [VerificationReport] = []
            for certificate in certificates {
                reports.append(try await verifier.verify(try credential(of: certificate, in: store).serialized()))
            }
            // check
            #expect(reports.map(\.status) == [.valid, .valid, .valid], "\(reports)")
            let first = try await credential(of: certificates[0], in: store)
            #expect(first["id"]?.stringValue == "https://tanba.example.kz/verify/\(certificates[0].token)")
            #expect(first["credentialSubject"]?["name"]?.stringValue == "Нұрланова0 Әлия")
            #expect(first["proof"]?.arrayValue?.first?["verificationMethod"]?.stringValue == "https://tanba.example.kz/issuer#key-1")
        }
    }

    @Test func theCredentialSaysWhatTheCertificatePrints() async throws {
        try await withDatabase { db in
            let (store, certificates, _) = try await issue(db, learners: 1)
            let credential = try await credential(of: certificates[0], in: store)
            let achievement = try #require(credential["credentialSubject"]?["achievement"])
            // EU Annex I: title, outcomes, workload, level, issuer country, awarding body, date
            #expect(achievement["name"]?.stringValue == "Java Developer")
            #expect(achievement["achievementType"]?.stringValue == "MicroCredential")
            #expect(achievement["creditsAvailable"] == .number(JSONNumber(7)))
            let alignments = achievement["alignment"]?.arrayValue ?? []
            let codes = alignments.compactMap { $0["targetCode"]?.stringValue }
            #expect(codes.contains("РО2"))
            #expect(alignments.contains { $0["targetName"]?.stringValue == "проектировать классы" })
            #expect(alignments.contains { $0["targetFramework"]?.stringValue == "European Qualifications Framework" && $0["targetCode"] == "6" })
            #expect(credential["issuer"]?["address"]?["addressCountryCode"]?.stringValue == "KZ")
            #expect(credential["validFrom"]?.stringValue == "2026-12-23T04:26:40Z")
            // The grade: credit-weighted points (95·4 + 86·3) / 7 = 91.1 → 91, A- on the scale; the GPA as printed.
            let results = credential["credentialSubject"]?["result"]?.arrayValue ?? []
            #expect(results.compactMap { $0["value"]?.stringValue }.sorted() == ["3.67", "91", "A-"])
        }
    }

    @Test func issuedCredentialsValidateAgainstTheConformanceSchema() async throws {
        try await withDatabase { db in
            let (store, certificates, _) = try await issue(db, learners: 1)
            let schema = try JSONSchema(try JSONValue(data: Data(contentsOf: try conformanceFile("openbadges-3.0/schema-achievementcredential.json"))))
            let violations = schema.validate(try await credential(of: certificates[0], in: store))
            #expect(violations.isEmpty, "\(violations)")
        }
    }

    @Test func statusPositionsAreRandomDistinctAndInAListOfAtLeast131072() async throws {
        try await withDatabase { db in
            let (_, certificates, _) = try await issue(db, learners: 20)
            let rows = try await CertificateCredentialModel.query(on: db).all()
            let byCertificate = Dictionary(uniqueKeysWithValues: rows.map { ($0.certificateID, $0.statusIndex) })
            let inIssueOrder = certificates.compactMap { $0.id.flatMap { byCertificate[$0] } }
            #expect(Set(inIssueOrder).count == 20)
            #expect(inIssueOrder.allSatisfy { (0..<131_072).contains($0) })
            // Twenty random indices come out sorted once in 20! ≈ 2.4·10^18 runs.
            #expect(inIssueOrder != inIssueOrder.sorted())
            // The next batch draws around exactly these.
            #expect(try await StatusLists(database: db).usedIndices(in: 1) == Set(inIssueOrder))
            #expect(try await StatusLists(database: db).usedIndices(in: 2).isEmpty)
            #expect(try await StatusLists(database: db).bitstring(of: 1).bitCount >= 131_072)
        }
    }

    @Test func revokingSetsTheBitAndTheCredentialVerifiesAsRevoked() async throws {
        try await withDatabase { db in
            // setup
            let (store, certificates, registrar) = try await issue(db, learners: 2)
            let revoked = try certificates[0].requireID()
            let index = try #require(try await CertificateQueries(database: store.database).credential(of: revoked)).statusIndex
            let neighbour = try #require(try await CertificateQueries(database: store.database).credential(of: try certificates[1].requireID())).statusIndex
            // act
            try await CertificateLifecycle(issuing: store).revoke(revoked, decidedBy: "Учёный совет", number: "7", decidedOn: AlmatyDate.iso(store.clock.now()),
                                                                reason: "Выдан ошибочно", by: registrar)
            // check
            let list = try await StatusLists(database: db).bitstring(of: 1)
            #expect(try list.isSet(index))
            #expect(try !list.isSet(neighbour))
            let verifier = InstallationVerifier(database: db, issuer: issuer, clock: .fixed(later))
            let report = try await verifier.verify(try await credential(of: certificates[0], in: store).serialized())
            #expect(report.status == .revoked, "\(report)")
            #expect(report.failures.map(\.check) == [.status])
            #expect(try await verifier.verify(try await credential(of: certificates[1], in: store).serialized()).status == .valid)
        }
    }

    @Test func aCorrectedReissueRevokesTheOldCredentialAndSignsANewOne() async throws {
        try await withDatabase { db in
            let (store, certificates, registrar) = try await issue(db, learners: 1)
            let new = try await CertificateLifecycle(issuing: store).reissue(try certificates[0].requireID(), correctedName: "Нұрланова Әлия Қанатқызы",
                                              by: registrar, render: base.fakeRenderer)
            let verifier = InstallationVerifier(database: db, issuer: issuer, clock: .fixed(later))
            #expect(try await verifier.verify(try await credential(of: certificates[0], in: store).serialized()).status == .revoked)
            let fresh = try await credential(of: new, in: store)
            #expect(fresh["credentialSubject"]?["name"]?.stringValue == "Нұрланова Әлия Қанатқызы")
            #expect(try await verifier.verify(fresh.serialized()).status == .valid)
        }
    }

    @Test func afterKeyRotationOldAndNewCredentialsBothVerify() async throws {
        try await withDatabase { db in
            // setup
            let (store, certificates, registrar) = try await issue(db, learners: 2)
            let ring = IssuerKeyRing(database: db, issuer: issuer, clock: .fixed(base.day))
            // act
            let newKey = try await ring.rotate()
            let next = try await CertificateLifecycle(issuing: store).reissue(try certificates[1].requireID(), correctedName: nil, by: registrar, render: base.fakeRenderer)
            // check
            #expect(newKey.id == "https://tanba.example.kz/issuer#key-2")
            let nextCredential = try await credential(of: next, in: store)
            #expect(nextCredential["proof"]?.arrayValue?.first?["verificationMethod"]?.stringValue == newKey.id)
            let profile = try await ring.profileDocument()
            #expect(profile["verificationMethod"]?.arrayValue?.compactMap { $0["id"]?.stringValue }
                == ["https://tanba.example.kz/issuer#key-2", "https://tanba.example.kz/issuer#key-1"])
            let verifier = InstallationVerifier(database: db, issuer: issuer, clock: .fixed(later))
            #expect(try await verifier.verify(try await credential(of: certificates[0], in: store).serialized()).status == .valid)
            #expect(try await verifier.verify(nextCredential.serialized()).status == .valid)
        }
    }

    @Test func keysAreSealedAtRestAndAWrongKeyEncryptionKeyIsRefused() async throws {
        try await withDatabase { db in
            let key = try await IssuerKeyRing(database: db, issuer: issuer, clock: .live).activeKey()
            let row = try #require(try await IssuerKeyModel.query(on: db).first())
            #expect(!row.sealedPrivateKey.contains(key.privateKey.rawRepresentation))
            let stranger = OpenBadgesIssuer(publicURL: issuer.publicURL, keyEncryptionKey: .generate(), paths: testCredentialPaths)
            await #expect(throws: CredentialError.self) { try await IssuerKeyRing(database: db, issuer: stranger, clock: .live).activeKey() }
            await #expect(throws: CredentialError.self) { try await IssuerKeyRing(database: db, issuer: stranger, clock: .live).rotate() }
            #expect(try await IssuerKeyModel.query(on: db).count() == 1)
        }
    }

    @Test func aFailedIssueLeavesNoCredentialAndUsesNoStatusPosition() async throws {
        try await withDatabase { db in
            let (intakeID, learners, registrar) = try await base.setup(db, learners: 1)
            let store = CertificateIssuing(database: db, clock: .fixed(base.day), random: .system, issuer: issuer)
            struct RenderingFailed: Error {}
            await #expect(throws: RenderingFailed.self) {
                try await store.issue(content("Нұрланова0 Әлия"), learnerID: learners[0], intakeID: intakeID, sessionID: nil,
                                      supersedes: nil, by: registrar, render: { _, _ in throw RenderingFailed() })
            }
            #expect(try await CertificateCredentialModel.query(on: db).count() == 0)
            #expect(try await CertificateModel.query(on: db).count() == 0)
        }
    }

    @Test func bulkIssuingReportsEachCertificateAsItIsReady() async throws {
        try await withDatabase { db in
            let (intakeID, learners, registrar) = try await base.setup(db, learners: 5)
            let store = CertificateIssuing(database: db, clock: .fixed(base.day), random: .system, issuer: issuer)
            let seen = Reports()
            let requests = learners.enumerated().map { index, learner in
                CertificateIssuing.IssueRequest(content: content("Нұрланова\(index) Әлия"), learnerID: learner, intakeID: intakeID, sessionID: nil)
            }
            _ = try await store.issueBatch(requests, by: registrar, render: base.fakeRenderer, parallelism: 2,
                                           progress: { done, total in seen.append(done, total) })
            #expect(seen.values == [(1, 5), (2, 5), (3, 5), (4, 5), (5, 5)].map { "\($0.0)/\($0.1)" })
        }
    }

    @Test func aCredentialNumberedOnADifferentMachineIsNotMistakenForOurs() {
        #expect(issuer.statusListNumber(of: "https://tanba.example.kz/credentials/status/3") == 3)
        #expect(issuer.statusListNumber(of: "https://other.example.kz/credentials/status/3") == nil)
        #expect(issuer.statusListNumber(of: "https://tanba.example.kz/credentials/status/0") == nil)
        #expect(CertificateCredentialSigner.learningOutcome("РО3. выбирать алгоритмы", position: 3).code == "РО3")
        #expect(CertificateCredentialSigner.learningOutcome("Выбирать алгоритмы. Быстро", position: 4).code == "LO4")
    }
}

/// A file of the conformance material: `shared/conformance` above the checkout, else the
/// repository's copy in `Tests/Conformance`.
func conformanceFile(_ relativePath: String) throws -> URL {
    for root in ["shared/conformance", "Tests/Conformance"] {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent(root).appendingPathComponent(relativePath)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
    }
    throw CocoaError(.fileNoSuchFile)
}

/// Progress reports, collected from concurrent callbacks.
final class Reports: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [String] = []

    func append(_ done: Int, _ total: Int) {
        lock.lock()
        collected.append("\(done)/\(total)")
        lock.unlock()
    }

    var values: [String] {
        lock.lock()
        defer { lock.unlock() }
        return collected
    }
}
