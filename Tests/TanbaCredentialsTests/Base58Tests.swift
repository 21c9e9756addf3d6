import Foundation
import Testing
@testable import TanbaCredentials

@Suite("Base58")
struct Base58Tests {
    @Test("known values from the base58btc alphabet", arguments: [
        ("", ""),
        ("Hello World!", "2NEpo7TZRRrLZSi2U"),
        ("The quick brown fox jumps over the lazy dog.", "USm3fpXnKG5EUBx2ndxBDMPVciP5hGey2Jh4NDv6gmeo1LkMeiKrLJUUBk6Z"),
    ])
    func knownStrings(input: String, encoded: String) throws {
        // setup
        let bytes = Array(input.utf8)
        // act
        let result = Base58.encode(bytes)
        // check
        #expect(result == encoded)
        #expect(try Base58.decode(encoded) == bytes)
    }

    @Test("leading zero bytes become leading '1's and back")
    func leadingZeros() throws {
        // setup
        let bytes: [UInt8] = [0x00, 0x00, 0x28, 0x7F, 0xB4, 0xCD]
        // act
        let encoded = Base58.encode(bytes)
        // check
        #expect(encoded == "11233QC4")
        #expect(try Base58.decode(encoded) == bytes)
        #expect(try Base58.decode("111") == [0, 0, 0])
    }

    @Test("random byte strings round-trip")
    func randomRoundTrips() throws {
        // setup
        var generator = SystemRandomNumberGenerator()
        for length in [1, 2, 31, 32, 33, 64, 65, 200] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            // act
            let decoded = try Base58.decode(Base58.encode(bytes))
            // check
            #expect(decoded == bytes)
        }
    }

    @Test("characters outside the alphabet (0, O, I, l) are rejected")
    func rejectsInvalidCharacters() {
        for text in ["0abc", "abcO", "I", "l1", "ab c"] {
            // act / check
            #expect(throws: CredentialError.self) { try Base58.decode(text) }
        }
    }

    @Test("multibase requires the 'z' prefix")
    func multibasePrefix() throws {
        // setup
        let bytes: [UInt8] = [1, 2, 3]
        // act
        let encoded = Multibase.encodeBase58BTC(bytes)
        // check
        #expect(encoded == "zLdp")
        #expect(try Multibase.decodeBase58BTC(encoded) == bytes)
        #expect(throws: CredentialError.invalidMultibase("expected base58btc prefix 'z', found 'u'")) {
            try Multibase.decodeBase58BTC("uAQID")
        }
    }

    @Test("the vector's signature encodes to its proofValue")
    func vectorProofValue() throws {
        // setup
        let vector = try Conformance.vector()
        let signature = try #require(Data(hexString: vector.expected("signatureHex")))
        // act
        let proofValue = Multibase.encodeBase58BTC(signature)
        // check
        #expect(proofValue == vector.expected("proofValue"))
    }
}
