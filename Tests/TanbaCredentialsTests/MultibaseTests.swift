import Testing
@testable import TanbaCredentials

@Suite("Multibase")
struct MultibaseTests {
    @Test("base64url: 'u' prefix, URL alphabet, no padding", arguments: [
        ([UInt8](), "u"),
        ([0xFB, 0xFF], "u-_8"),
        (Array("f".utf8), "uZg"),
        (Array("foobar".utf8), "uZm9vYmFy"),
    ])
    func base64URL(bytes: [UInt8], encoded: String) throws {
        // act / check
        #expect(Multibase.encodeBase64URL(bytes) == encoded)
        #expect(try Multibase.decodeBase64URL(encoded) == bytes)
    }

    @Test("base64url refuses another prefix, the standard alphabet and padding", arguments: ["zZg", "u+/8", "uZg==", "uZ", ""])
    func base64URLRejects(encoded: String) {
        // act / check
        #expect(throws: CredentialError.self) { try Multibase.decodeBase64URL(encoded) }
    }
}
