import Foundation
import Testing
@testable import TanbaCredentials

@Suite struct CredentialSummaryTests {
    @Test func theHolderIssuerAndAchievementAreReadAsWritten() throws {
        let credential = Data(#"""
        {"issuer": {"id": "https://edu.example", "name": "Coursera"}, "validFrom": "2026-03-01T00:00:00Z",
         "credentialSubject": {"name": "Aliya Nurlanova", "achievement": {"name": "Machine Learning"}}}
        """#.utf8)
        let summary = try #require(CredentialSummary(credential))
        #expect(summary.holder == "Aliya Nurlanova")
        #expect(summary.issuer == "Coursera")
        #expect(summary.achievement == "Machine Learning")
        #expect(summary.issuedOn == "2026-03-01T00:00:00Z")
    }

    @Test func aPlainIdentifierNamesTheHolderAndAHashedOneDoesNot() throws {
        let plain = Data(#"{"issuer": "did:web:x", "credentialSubject": {"identifier": [{"hashed": false, "identityHash": "a.b@x.kz"}]}}"#.utf8)
        #expect(CredentialSummary(plain)?.holder == "a.b@x.kz")
        #expect(CredentialSummary(plain)?.issuer == "did:web:x")
        let hashed = Data(#"{"issuer": "did:web:x", "credentialSubject": {"identifier": [{"hashed": true, "identityHash": "sha256$ab"}]}}"#.utf8)
        #expect(CredentialSummary(hashed)?.holder == nil)
    }

    @Test func somethingThatIsNotACredentialHasNoSummary() {
        #expect(CredentialSummary(Data("[1, 2]".utf8)) == nil)
        #expect(CredentialSummary(Data("not json".utf8)) == nil)
        #expect(CredentialSummary(Data("{}".utf8)) == nil)
    }
}
