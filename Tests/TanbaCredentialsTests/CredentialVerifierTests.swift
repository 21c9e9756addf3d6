import Crypto
import Foundation
import Testing
@testable import TanbaCredentials

@Suite("CredentialVerifier")
struct CredentialVerifierTests {
    static let now = VectorIssuers.now
    static let listURL = "https://tanba.example/status/1"

    /// The vector's credential, issued by a fresh did:key and signed by it, with optional extra members.
    private func signedCredential(extra: [String: JSONValue] = [:], purpose: String = "assertionMethod") throws -> (JSONValue, String) {
        let key = Curve25519.Signing.PrivateKey()
        let multikey = Ed25519Multikey(publicKey: key.publicKey).publicKeyMultibase
        let did = "did:key:\(multikey)"
        var credential = try Conformance.vector().unsignedCredential.objectValue ?? [:]
        credential["issuer"] = ["id": .string(did), "type": ["Profile"], "name": "Tanba Test Issuer"]
        for (name, value) in extra { credential[name] = value }
        let options = ProofOptions(verificationMethod: "\(did)#\(multikey)", proofPurpose: purpose, created: "2025-01-01T00:00:00Z")
        return (try EdDSARDFC2022().sign(document: .object(credential), options: options, privateKey: key), did)
    }

    private func statusEntry(index: Int, purpose: String = "revocation") -> JSONValue {
        ["id": .string("\(Self.listURL)#\(index)"), "type": "BitstringStatusListEntry", "statusPurpose": .string(purpose),
         "statusListIndex": .string(String(index)), "statusListCredential": .string(Self.listURL)]
    }

    private func listCredential(setting indexes: [Int], purpose: String = "revocation") throws -> JSONValue {
        var list = try BitstringStatusList()
        for index in indexes { try list.set(index) }
        return ["@context": ["https://www.w3.org/ns/credentials/v2"], "id": .string(Self.listURL),
                "type": ["VerifiableCredential", "BitstringStatusListCredential"],
                "credentialSubject": ["id": .string("\(Self.listURL)#list"), "type": "BitstringStatusList",
                                      "statusPurpose": .string(purpose), "encodedList": .string(try list.encodedList())]]
    }

    private func verify(_ credential: JSONValue, lists: [String: JSONValue] = [:]) -> VerificationReport {
        CredentialVerifier(controllerDocuments: [:], statusListCredentials: lists).verify(credential, now: Self.now)
    }

    @Test("a credential signed by a did:key verifies offline with every check passing")
    func didKeyCredentialIsValid() throws {
        // setup
        let (credential, did) = try signedCredential()
        // act
        let report = verify(credential)
        // check
        #expect(report.status == .valid, "\(report)")
        #expect(report.checks.allSatisfy { $0.status == .passed }, "\(report)")
        #expect(report.checks.map(\.check) == [.parse, .context, .schema, .type, .validFrom, .expired, .verificationMethod, .proof, .status])
        #expect(report.checks.contains { $0.check == .verificationMethod && $0.message.contains("controller \(did)") })
    }

    @Test("a changed name or a did:key fragment naming another key fails")
    func tamperingFails() throws {
        // setup
        let (credential, did) = try signedCredential()
        var renamed = credential.objectValue ?? [:]
        renamed["name"] = "Teamwork Badgf"
        var otherKey = credential.objectValue ?? [:]
        var proof = otherKey["proof"]?.arrayValue?.first?.objectValue ?? [:]
        proof["verificationMethod"] = .string("\(did)#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi")
        otherKey["proof"] = [.object(proof)]
        // act
        let renamedReport = verify(.object(renamed))
        let otherKeyReport = verify(.object(otherKey))
        // check
        #expect(renamedReport.failures.map(\.check) == [.proof])
        #expect(otherKeyReport.failures.map(\.check) == [.verificationMethod])
        #expect(otherKeyReport.failures.first?.message.contains("not found") == true)
    }

    @Test("a proof for another purpose than assertionMethod fails")
    func wrongPurpose() throws {
        // setup
        let (credential, _) = try signedCredential(purpose: "authentication")
        // act
        let report = verify(credential)
        // check
        #expect(report.status == .invalid)
        #expect(report.failures.first?.message.contains("assertionMethod") == true)
    }

    @Test("unsupported proof kinds are reported unsupported, never valid", arguments: [
        ("Ed25519Signature2020", nil as String?), ("DataIntegrityProof", "eddsa-2022"), ("DataIntegrityProof", "ecdsa-rdfc-2019"),
        ("JsonWebSignature2020", nil as String?),
    ])
    func unsupportedProofs(type: String, cryptosuite: String?) throws {
        // setup
        let (credential, _) = try signedCredential()
        var members = credential.objectValue ?? [:]
        var proof = members["proof"]?.arrayValue?.first?.objectValue ?? [:]
        proof["type"] = .string(type)
        proof["cryptosuite"] = cryptosuite.map { .string($0) }
        members["proof"] = [.object(proof)]
        // act
        let report = verify(.object(members))
        // check
        #expect(report.status == .unsupported)
        #expect(report.checks.contains { $0.check == .proof && $0.status == .unsupported && $0.message.contains(cryptosuite ?? type) })
    }

    @Test("a JWT is unsupported; broken JSON and non-objects fail the parse check")
    func parse() {
        // setup
        let verifier = CredentialVerifier()
        let jwt = "eyJhbGciOiJFZERTQSJ9.eyJ2YyI6e319.c2lnbmF0dXJl"
        // act
        let jwtReport = verifier.verify(Data(jwt.utf8), now: Self.now)
        let brokenReport = verifier.verify(Data("{\"a\":".utf8), now: Self.now)
        let arrayReport = verifier.verify(Data("[1]".utf8), now: Self.now)
        // check
        #expect(jwtReport.status == .unsupported)
        #expect(jwtReport.checks.map(\.check) == [.parse])
        #expect(brokenReport.failures.map(\.check) == [.parse])
        #expect(arrayReport.failures.map(\.check) == [.parse])
    }

    @Test("the status list decides: set bit revokes or suspends, clear bit passes", arguments: [
        (7, "revocation", [7], VerificationReport.Status.revoked),
        (8, "revocation", [7], .valid),
        (131_071, "suspension", [131_071], .suspended),
    ])
    func statusList(index: Int, purpose: String, set: [Int], expected: VerificationReport.Status) throws {
        // setup
        let (credential, _) = try signedCredential(extra: ["credentialStatus": statusEntry(index: index, purpose: purpose)])
        let lists = [Self.listURL: try listCredential(setting: set, purpose: purpose)]
        // act
        let report = verify(credential, lists: lists)
        // check
        #expect(report.status == expected, "\(report)")
        let status = report.checks.first { $0.check == .status }
        #expect(status?.status == (expected == .valid ? .passed : .failed))
    }

    @Test("a status list that is not available offline leaves the status unknown, as a warning")
    func statusUnknown() throws {
        // setup
        let (credential, _) = try signedCredential(extra: ["credentialStatus": statusEntry(index: 7)])
        // act
        let report = verify(credential)
        // check
        #expect(report.status == .valid)
        #expect(report.checks.last == CheckResult(check: .status, status: .warning,
                                                  message: "status unknown (not resolvable offline): no status list credential for \(Self.listURL)"))
    }

    @Test("a status list for another purpose, or an index past its end, fails the status check")
    func statusMisuse() throws {
        // setup
        let (mismatched, _) = try signedCredential(extra: ["credentialStatus": statusEntry(index: 7)])
        let (outOfRange, _) = try signedCredential(extra: ["credentialStatus": statusEntry(index: 131_072)])
        // act
        let mismatchReport = verify(mismatched, lists: [Self.listURL: try listCredential(setting: [7], purpose: "suspension")])
        let rangeReport = verify(outOfRange, lists: [Self.listURL: try listCredential(setting: [])])
        // check
        #expect(mismatchReport.status == .invalid)
        #expect(mismatchReport.failures.map(\.check) == [.status])
        #expect(rangeReport.failures.first?.message.contains("outside the list") == true)
    }

    @Test("simple-err-proof-value: with the issuer's second key its proof fails, and the untampered proofValue verifies")
    func proofValueFixtureKey() throws {
        // setup — z6Mkrvfzk... is named in the fixture's own verificationMethod; the same proofValue
        // with one character pair restored (LvNF -> LnVF) appears untampered in simple-err-context.json
        let url = "https://example.com/issuers/876543"
        let verifier = CredentialVerifier(controllerDocuments: [
            url: VectorIssuers.controllerDocument(url, keys: ["z6MkrvfzkMnvCroEUP2DVc9SHPE48CRsvHiVSusHioxTYu1x"]),
        ])
        var fixture = try Conformance.fixture("simple-err-proof-value.json").objectValue ?? [:]
        let tampered = verifier.verify(.object(fixture), now: Self.now)
        var proof = fixture["proof"]?.arrayValue?.first?.objectValue ?? [:]
        proof["proofValue"] = "z76jrNcyxHg5fV17h96yCRwqUaTQZD2QQivyNqHyLSvqu3aWGC3nLShzZEGbH3LnVFodwov9rPQxi3QRP7adCrzV"
        fixture["proof"] = [.object(proof)]
        // act
        let restored = verifier.verify(.object(fixture), now: Self.now)
        // check
        #expect(tampered.failures.map(\.check) == [.proof])
        #expect(restored.status == .valid, "\(restored)")
    }

    @Test("now is injected: the same credential is not yet valid before its validFrom")
    func injectedNow() throws {
        // setup
        let verifier = CredentialVerifier(controllerDocuments: try VectorIssuers.documents())
        let credential = try Conformance.fixture("simple-err-expired.json")
        // act
        let before = verifier.verify(credential, now: Date(timeIntervalSince1970: 1_262_303_999)) // 2009-12-31T23:59:59Z
        // check
        #expect(before.failures.map(\.check) == [.validFrom])
    }

    @Test("simple-did-key-method: the did:key resolves from the DID alone and the proof, which covers the extensions.json terms, verifies")
    func didKeyFixture() throws {
        // setup
        let fixture = try Conformance.fixture("simple-did-key-method.json")
        // act
        let report = CredentialVerifier().verify(fixture, now: Self.now)
        // check
        #expect(report.status == .valid, "\(report)")
        #expect(report.checks.contains { $0.check == .verificationMethod && $0.status == .passed })
        #expect(report.checks.contains { $0.check == .proof && $0.status == .passed })
    }
}
