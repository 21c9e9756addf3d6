import Foundation
import Testing
@testable import TanbaCredentials

/// What one validator fixture must come out as, offline, on 2025-06-01.
struct FixtureExpectation: Sendable, CustomTestStringConvertible {
    let fixture: String
    let status: VerificationReport.Status
    /// The fixture's own reason, and text its message must contain; nil for the valid ones.
    var reason: (check: CheckName, says: String)?
    /// Further checks that fail as a consequence of the same defect (see `why`).
    var alsoFailing: Set<CheckName> = []
    var unsupported: Set<CheckName> = []
    var warnings: Set<CheckName> = []
    /// Keys trusted for the issuer beyond the test vector's (see simple-err-proof-value).
    var extraIssuerKeys: [String] = []
    var why = ""

    var testDescription: String { fixture }
}

@Suite("CredentialVerifier on the 1EdTech validator fixtures")
struct CredentialVerifierFixtureTests {
    static let safeMode = "JSON-LD safe mode refuses the undefined term the wrong type brings, so the proof cannot cover it"

    static let expectations: [FixtureExpectation] = [
        // Valid, and verifiable offline with the test vector's key.
        FixtureExpectation(fixture: "simple.json", status: .valid),
        FixtureExpectation(fixture: "simple-context-alias.json", status: .valid),
        FixtureExpectation(fixture: "simple-context-version.json", status: .valid, why: "context 3.0.2 is bundled"),
        FixtureExpectation(fixture: "simple-did-web-method.json", status: .valid, warnings: [.schema],
                           why: "proof is a single object where the schema wants an array: valid as JSON-LD, warned for plain JSON"),
        FixtureExpectation(fixture: "simple-multiple-proofs.json", status: .valid, warnings: [.proof],
                           why: "SomeProofType is unsupported, but the eddsa-rdfc-2022 proof beside it verifies"),
        FixtureExpectation(fixture: "simple-did-key-method.json", status: .valid, why: "uses the bundled extensions.json"),
        // Not verifiable with only the documents this test trusts: said so explicitly, never passed.
        FixtureExpectation(fixture: "complete.json", status: .invalid,
                           reason: (.verificationMethod, "not found in the controller document https://1edtech.edu/issuers/565049"),
                           unsupported: [.status],
                           why: "signed by z6Mknyb2..., not the vector key; 1EdTechRevocationList is not checked offline"),
        FixtureExpectation(fixture: "endorsement-valid.json", status: .invalid,
                           reason: (.verificationMethod, "not resolvable offline"),
                           why: "signed by https://state.gov/issuers/565049#z6MkoMGF..., no document for it offline"),
        // VC 1.1 credentials: reported unsupported, with their dates still checked.
        FixtureExpectation(fixture: "simple_v1.json", status: .unsupported, unsupported: [.context, .schema, .proof]),
        FixtureExpectation(fixture: "simple-eddsa-2022.json", status: .unsupported, unsupported: [.context, .schema, .proof],
                           why: "VC 1.1 and the superseded eddsa-2022 cryptosuite"),
        FixtureExpectation(fixture: "complete_v1.json", status: .invalid, reason: (.expired, "expirationDate 2020-01-01T00:00:00Z"),
                           unsupported: [.context, .schema, .proof, .status]),
        FixtureExpectation(fixture: "credential-status-revoked.json", status: .unsupported,
                           unsupported: [.context, .schema, .proof, .status],
                           why: "revoked through a 1EdTechRevocationList that is not embedded; VC 1.1; Ed25519Signature2020"),
        FixtureExpectation(fixture: "endorsement-err-schema-status-refresh.json", status: .unsupported,
                           unsupported: [.context, .schema, .proof, .status],
                           why: "its defect is in VC 1.1 fields the bundled VC 2.0 schemas do not describe; never valid"),
        FixtureExpectation(fixture: "simple-noproof.json", status: .invalid, reason: (.proof, "no proof (missing)"),
                           unsupported: [.context, .schema]),
        // Errors, each for its own reason.
        FixtureExpectation(fixture: "simple-err-expired.json", status: .invalid, reason: (.expired, "validUntil 2010-01-01T00:00:00Z")),
        FixtureExpectation(fixture: "simple-err-issued.json", status: .invalid, reason: (.validFrom, "2040-01-01T00:00:00Z is in the future"),
                           alsoFailing: [.schema], why: "credentialSubject has no achievement"),
        FixtureExpectation(fixture: "simple-err-proof-value.json", status: .invalid, reason: (.proof, "signature does not match"),
                           extraIssuerKeys: ["z6MkrvfzkMnvCroEUP2DVc9SHPE48CRsvHiVSusHioxTYu1x"],
                           why: "the issuer's second key, which verifies the untampered proofValue (see CredentialVerifierTests)"),
        FixtureExpectation(fixture: "simple-err-proof-method.json", status: .invalid,
                           reason: (.verificationMethod, "not found in the controller document https://example.edu/issuers/565049"),
                           warnings: [.schema]),
        FixtureExpectation(fixture: "simple-err-proof-method-no-scheme.json", status: .invalid, reason: (.verificationMethod, "no scheme")),
        FixtureExpectation(fixture: "simple-err-proof-method-unknown-scheme.json", status: .invalid,
                           reason: (.verificationMethod, "unknown scheme \"xxx\"")),
        FixtureExpectation(fixture: "simple-err-proof-method-unknown-did-method.json", status: .invalid,
                           reason: (.verificationMethod, "unknown DID method \"example\"")),
        FixtureExpectation(fixture: "simple-err-context.json", status: .invalid,
                           reason: (.context, "first @context must be https://www.w3.org/ns/credentials/v2"),
                           alsoFailing: [.schema, .verificationMethod],
                           why: "schema checks @context too; signed by z6Mkrvfzk..., which the test does not trust here"),
        FixtureExpectation(fixture: "simple-err-type.json", status: .invalid, reason: (.type, "contains none of"),
                           alsoFailing: [.schema, .proof], why: "schema checks type too; " + safeMode),
        FixtureExpectation(fixture: "simple-err-issuer.json", status: .invalid, reason: (.schema, "required property \"issuer\" is missing")),
        FixtureExpectation(fixture: "simple-err-issuer-type.json", status: .invalid,
                           reason: (.schema, "/issuer/type contains: no item is one of [\"Profile\"]"), alsoFailing: [.proof], why: safeMode),
        FixtureExpectation(fixture: "simple-err-issuer-parentorg-type.json", status: .invalid,
                           reason: (.schema, "/issuer/parentOrg/type contains"), alsoFailing: [.proof], why: safeMode),
        FixtureExpectation(fixture: "simple-err-issuer-otheridentifier-type.json", status: .invalid,
                           reason: (.schema, "/issuer/otherIdentifier/1/type enum"), alsoFailing: [.proof], why: safeMode),
        FixtureExpectation(fixture: "simple-err-credential-subject-type.json", status: .invalid,
                           reason: (.schema, "/credentialSubject/type: contains"), alsoFailing: [.proof], why: safeMode),
        FixtureExpectation(fixture: "simple-err-credential-subject-identifier-type.json", status: .invalid,
                           reason: (.schema, "/credentialSubject/identifier/0/type: enum"), alsoFailing: [.proof], why: safeMode),
        FixtureExpectation(fixture: "simple-err-credential-subject-profile-type.json", status: .invalid,
                           reason: (.schema, "/credentialSubject/source/type: contains"), alsoFailing: [.proof], why: safeMode),
        FixtureExpectation(fixture: "simple-err-credential-subject-result-type.json", status: .invalid,
                           reason: (.schema, "/credentialSubject/result/1/type: contains"), alsoFailing: [.proof], why: safeMode),
        FixtureExpectation(fixture: "simple-err-credential-subject-achievement-result-description-type.json", status: .invalid,
                           reason: (.schema, "/credentialSubject/achievement/resultDescription/2/type: contains"),
                           alsoFailing: [.proof], why: safeMode),
        FixtureExpectation(fixture: "simple-err-evidence-type.json", status: .invalid,
                           reason: (.schema, "/evidence/1/type: contains"), alsoFailing: [.proof], why: safeMode),
    ]

    @Test("each fixture comes out as expected, failing only for its own reason", arguments: expectations)
    func fixture(_ expected: FixtureExpectation) throws {
        // setup
        var documents = try VectorIssuers.documents()
        if !expected.extraIssuerKeys.isEmpty {
            let url = "https://example.com/issuers/876543"
            documents[url] = VectorIssuers.controllerDocument(url, keys: [try Conformance.vector().string("publicKeyMultibase")] + expected.extraIssuerKeys)
        }
        let verifier = CredentialVerifier(controllerDocuments: documents)
        let data = try Data(contentsOf: Conformance.url("openbadges-3.0/validator-fixtures/\(expected.fixture)"))
        // act
        let report = verifier.verify(data, now: VectorIssuers.now)
        // check
        #expect(report.status == expected.status, "\(report)")
        let failing = Set(report.failures.map(\.check))
        #expect(failing == expected.alsoFailing.union(expected.reason.map { [$0.check] } ?? []), "\(report)")
        #expect(Set(report.checks.filter { $0.status == .unsupported }.map(\.check)) == expected.unsupported, "\(report)")
        #expect(Set(report.checks.filter { $0.status == .warning }.map(\.check)) == expected.warnings, "\(report)")
        if let reason = expected.reason {
            #expect(report.failures.contains { $0.check == reason.check && $0.message.contains(reason.says) }, "\(report)")
        }
    }

    @Test("the table covers every fixture in the directory")
    func coversEveryFixture() throws {
        // setup
        let directory = try Conformance.url("openbadges-3.0/validator-fixtures")
        // act
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }
        // check
        #expect(Set(files) == Set(Self.expectations.map(\.fixture)))
        #expect(files.count == Self.expectations.count)
    }
}
