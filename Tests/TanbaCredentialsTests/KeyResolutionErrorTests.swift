import Testing
@testable import TanbaCredentials

@Suite("KeyResolutionError")
struct KeyResolutionErrorTests {
    static let cases: [(String, KeyResolutionError)] = [
        ("z6MkrvfzkMnvCroEUP2DVc9SHPE48CRsvHiVSusHioxTYu1x", .noScheme("z6MkrvfzkMnvCroEUP2DVc9SHPE48CRsvHiVSusHioxTYu1x")),
        ("xxx:z6Mk", .unknownScheme(scheme: "xxx", verificationMethod: "xxx:z6Mk")),
        ("did:example:z6Mk", .unknownDIDMethod(method: "example", verificationMethod: "did:example:z6Mk")),
        ("did:web:issuer.example#key-1", .notResolvableOffline("did:web:issuer.example#key-1")),
        ("https://issuer.example/p#key-1", .notResolvableOffline("https://issuer.example/p#key-1")),
    ]

    @Test("an identifier no resolver handled is explained from its syntax", arguments: cases)
    func unresolved(method: String, expected: KeyResolutionError) {
        // act / check
        #expect(KeyResolutionError.unresolved(method) == expected)
    }

    @Test("the reasons read as the verifier reports them")
    func descriptions() {
        // act / check
        #expect(KeyResolutionError.unknownDIDMethod(method: "example", verificationMethod: "did:example:1").description
            == "unknown DID method \"example\" in did:example:1 (only did:key resolves offline)")
        #expect(KeyResolutionError.notResolvableOffline("https://a.example#k").description.contains("not resolvable offline"))
    }
}
