import Testing
@testable import TanbaCredentials

@Suite("DIDKeyResolver")
struct DIDKeyResolverTests {
    let key = "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi"

    @Test("derives the Ed25519 key from the DID, with or without the matching fragment")
    func resolves() throws {
        // setup
        let expected = try Ed25519Multikey(publicKeyMultibase: key).publicKey.rawRepresentation
        // act
        let bare = try DIDKeyResolver().resolveKey(for: "did:key:\(key)")
        let withFragment = try DIDKeyResolver().resolveKey(for: "did:key:\(key)#\(key)")
        // check
        #expect(bare?.publicKey.rawRepresentation == expected)
        #expect(withFragment?.publicKey.rawRepresentation == expected)
        #expect(withFragment?.controller == "did:key:\(key)")
    }

    @Test("a fragment naming another key is not found")
    func fragmentMismatch() {
        // act / check
        #expect(throws: KeyResolutionError.notFound(verificationMethod: "did:key:\(key)#key-1", controller: "did:key:\(key)")) {
            try DIDKeyResolver().resolveKey(for: "did:key:\(key)#key-1")
        }
    }

    @Test("a did:key that is not an Ed25519 multikey is an invalid key")
    func notEd25519() {
        // act / check — zQ3s... is a secp256k1 did:key
        #expect(throws: KeyResolutionError.self) {
            try DIDKeyResolver().resolveKey(for: "did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme")
        }
    }

    @Test("other identifiers are left to other resolvers")
    func notMine() throws {
        // act / check
        #expect(try DIDKeyResolver().resolveKey(for: "did:web:example.com#key-1") == nil)
        #expect(try DIDKeyResolver().resolveKey(for: "https://example.com/issuers/1#\(key)") == nil)
    }
}
