import Foundation
import Testing
@testable import TanbaCredentials

@Suite("FragmentMultikeyResolver (controller#publicKeyMultibase)")
struct FragmentMultikeyResolverTests {
    let now = Date(timeIntervalSince1970: 1_748_736_000) // 2025-06-01

    func verifier(documents: [String: JSONValue] = [:]) -> CredentialVerifier {
        CredentialVerifier(keyResolvers: [DIDKeyResolver(), ControllerDocumentKeyResolver(documents: documents), FragmentMultikeyResolver()])
    }

    @Test("the 1EdTech simple.json verifies, with the key's ownership reported as a warning, not a pass")
    func simpleFixture() throws {
        // act
        let report = verifier().verify(try Conformance.fixture("simple.json"), now: now)
        // check
        #expect(report.status == .valid, "\(report)")
        let method = try #require(report.checks.first { $0.check == .verificationMethod })
        #expect(method.status == .warning)
        #expect(method.message.contains("https://example.com/issuers/876543"))
    }

    @Test("a key whose controller is not the issuer fails key resolution")
    func controllerMustBeIssuer() throws {
        // act
        let report = verifier().verify(try Conformance.fixture("simple-err-context.json"), now: now)
        // check
        let method = try #require(report.checks.first { $0.check == .verificationMethod })
        #expect(method.status == .failed)
        #expect(method.message.contains("is not the issuer https://example.edu/issuers/565049"))
    }

    @Test("a tampered credential still fails its proof with the fragment key")
    func tamperedProof() throws {
        let report = verifier().verify(try Conformance.fixture("simple-err-proof-value.json"), now: now)
        #expect(report.status == .invalid)
        #expect(report.failures.map(\.check) == [.proof])
    }

    @Test("an issuer whose document is known is judged by its document: a key it does not list fails")
    func documentTakesPrecedence() throws {
        // setup: the issuer's published document lists another key
        let issuer = "https://example.com/issuers/876543"
        let other = IssuerKeyStore.generateKey(profileURL: issuer)
        let document: JSONValue = ["id": .string(issuer), "verificationMethod": [["id": .string(other.id), "type": "Multikey",
                                    "controller": .string(issuer), "publicKeyMultibase": .string(other.publicKeyMultibase)]]]
        // act
        let report = verifier(documents: [issuer: document]).verify(try Conformance.fixture("simple.json"), now: now)
        // check
        #expect(report.failures.map(\.check) == [.verificationMethod])
    }

    @Test("ordinary key ids and non-Ed25519 fragments are left to other resolvers")
    func notHandled() throws {
        #expect(try FragmentMultikeyResolver().resolveKey(for: "https://tanba.example.kz/issuer#key-1") == nil)
        #expect(try FragmentMultikeyResolver().resolveKey(for: "https://example.edu/issuers/565049#z6MkjZRsdasZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi") == nil)
        #expect(try FragmentMultikeyResolver().resolveKey(for: "did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi") == nil)
    }
}
