import Foundation
import Testing
@testable import TanbaCredentials

/// Issue, publish and verify end to end, offline: the credential signed with the institution's key,
/// the issuer profile document and the signed status list supplied to `CredentialVerifier`.
@Suite("Issuance round trip")
struct IssuanceRoundTripTests {
    private let key = IssuerKeyStore.generateKey(profileURL: TanbaFixtures.profileURL)

    private func issue(with signingKey: IssuerSigningKey? = nil) throws -> JSONValue {
        try TanbaFixtures.sign(try TanbaFixtures.unsigned(), with: signingKey ?? key)
    }

    @Test("a signed credential is valid with every check passing, and its proof is an array")
    func valid() throws {
        // setup
        let credential = try issue()
        let verifier = TanbaFixtures.verifier(profileDocument: try TanbaFixtures.profileDocument(keys: [key], active: key),
                                              list: try TanbaFixtures.signedList(revoking: [], key: key))
        // act
        let report = verifier.verify(credential, now: TanbaFixtures.now)
        // check
        #expect(report.status == .valid, "\(report)")
        #expect(report.checks.allSatisfy { $0.status == .passed }, "\(report)")
        #expect(credential["proof"]?.arrayValue?.count == 1)
        #expect(credential["proof"]?.arrayValue?.first?["verificationMethod"] == .string(TanbaFixtures.profileURL + "#key-1"))
    }

    @Test("the signed credential still validates against the conformance schema")
    func signedSchemaValid() throws {
        // setup
        let schema = try JSONSchema(try Conformance.json("openbadges-3.0/schema-achievementcredential.json"))
        // act
        let violations = schema.validate(try issue())
        // check
        #expect(violations.isEmpty, "\(violations)")
    }

    @Test("setting the credential's bit and re-signing the list makes it revoked")
    func revoked() throws {
        // setup
        let credential = try issue()
        let profile = try TanbaFixtures.profileDocument(keys: [key], active: key)
        let list = try TanbaFixtures.signedList(revoking: [TanbaFixtures.statusIndex], key: key)
        // act
        let report = TanbaFixtures.verifier(profileDocument: profile, list: list).verify(credential, now: TanbaFixtures.now)
        let listProof = try TanbaFixtures.suite.verify(securedDocument: list, publicKey: key.privateKey.publicKey)
        // check
        #expect(report.status == .revoked, "\(report)")
        #expect(report.failures.map(\.check) == [.status])
        #expect(listProof.isVerified)
    }

    @Test("another credential's bit being set leaves this one valid")
    func neighbourRevoked() throws {
        // setup
        let credential = try issue()
        let list = try TanbaFixtures.signedList(revoking: [TanbaFixtures.statusIndex - 1, TanbaFixtures.statusIndex + 1], key: key)
        // act
        let report = TanbaFixtures.verifier(profileDocument: try TanbaFixtures.profileDocument(keys: [key], active: key), list: list)
            .verify(credential, now: TanbaFixtures.now)
        // check
        #expect(report.status == .valid, "\(report)")
    }

    @Test("changing the learner's name after signing makes the proof fail")
    func tamperedName() throws {
        // setup
        var credential = try issue().objectValue ?? [:]
        var subject = credential["credentialSubject"]?.objectValue ?? [:]
        subject["name"] = "Нұрланова Әлия Қанатовна"
        credential["credentialSubject"] = .object(subject)
        let verifier = TanbaFixtures.verifier(profileDocument: try TanbaFixtures.profileDocument(keys: [key], active: key),
                                              list: try TanbaFixtures.signedList(revoking: [], key: key))
        // act
        let report = verifier.verify(.object(credential), now: TanbaFixtures.now)
        // check
        #expect(report.status == .invalid)
        #expect(report.failures.map(\.check) == [.proof])
    }

    @Test("changing an extension term (assessment type) after signing makes the proof fail")
    func tamperedExtensionTerm() throws {
        // setup
        var credential = try issue().objectValue ?? [:]
        var subject = credential["credentialSubject"]?.objectValue ?? [:]
        var achievement = subject["achievement"]?.objectValue ?? [:]
        achievement["assessmentType"] = "None"
        subject["achievement"] = .object(achievement)
        credential["credentialSubject"] = .object(subject)
        // act
        let report = TanbaFixtures.verifier(profileDocument: try TanbaFixtures.profileDocument(keys: [key], active: key),
                                            list: try TanbaFixtures.signedList(revoking: [], key: key))
            .verify(.object(credential), now: TanbaFixtures.now)
        // check
        #expect(report.failures.map(\.check) == [.proof])
    }

    @Test("after rotation the profile keeps the old key, and credentials signed with either key verify")
    func rotation() throws {
        // setup
        let oldCredential = try issue(with: key)
        let newKey = IssuerKeyStore.generateKey(profileURL: TanbaFixtures.profileURL, existingKeyIDs: [key.id])
        let newCredential = try issue(with: newKey)
        let profile = try TanbaFixtures.profileDocument(keys: [key, newKey], active: newKey)
        let verifier = TanbaFixtures.verifier(profileDocument: profile, list: try TanbaFixtures.signedList(revoking: [], key: newKey))
        // act
        let oldReport = verifier.verify(oldCredential, now: TanbaFixtures.now)
        let newReport = verifier.verify(newCredential, now: TanbaFixtures.now)
        // check
        #expect(newKey.id == TanbaFixtures.profileURL + "#key-2")
        #expect(profile["verificationMethod"]?.arrayValue?.compactMap { $0["id"]?.stringValue } == [newKey.id, key.id])
        #expect(profile["assertionMethod"] == [.string(newKey.id), .string(key.id)])
        #expect(oldReport.status == .valid, "\(oldReport)")
        #expect(newReport.status == .valid, "\(newReport)")
    }

    @Test("a credential naming a key the profile does not publish fails key resolution")
    func unpublishedKey() throws {
        // setup
        let stranger = IssuerKeyStore.generateKey(profileURL: TanbaFixtures.profileURL, existingKeyIDs: [key.id])
        let credential = try issue(with: stranger)
        // act
        let report = TanbaFixtures.verifier(profileDocument: try TanbaFixtures.profileDocument(keys: [key], active: key),
                                            list: try TanbaFixtures.signedList(revoking: [], key: key))
            .verify(credential, now: TanbaFixtures.now)
        // check
        #expect(report.failures.map(\.check) == [.verificationMethod])
    }

    @Test("a verifier without the Tanba context reports the credential unsupported, never valid")
    func verifierWithoutContext() throws {
        // setup
        let verifier = CredentialVerifier(controllerDocuments: [TanbaFixtures.profileURL: try TanbaFixtures.profileDocument(keys: [key], active: key)])
        // act
        let report = verifier.verify(try issue(), now: TanbaFixtures.now)
        // check
        #expect(report.status == .unsupported)
    }
}
