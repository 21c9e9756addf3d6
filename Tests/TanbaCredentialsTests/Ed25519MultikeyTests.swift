import Crypto
import Foundation
import Testing
@testable import TanbaCredentials

@Suite("Ed25519Multikey")
struct Ed25519MultikeyTests {
    @Test("the vector's public key encodes to its publicKeyMultibase and decodes back")
    func vectorPublicKey() throws {
        // setup
        let vector = try Conformance.vector()
        let publicKey = try Curve25519.Signing.PublicKey(rawRepresentation: vector.bytes("publicKeyHex"))
        // act
        let encoded = Ed25519Multikey(publicKey: publicKey).publicKeyMultibase
        let decoded = try Ed25519Multikey(publicKeyMultibase: vector.string("publicKeyMultibase"))
        // check
        #expect(encoded == vector.string("publicKeyMultibase"))
        #expect(decoded.publicKey.rawRepresentation == publicKey.rawRepresentation)
    }

    @Test("the vector's 64-byte private key yields its public key")
    func vectorPrivateKey() throws {
        // setup
        let vector = try Conformance.vector()
        // act
        let key = try Ed25519Multikey.privateKey(seed: vector.bytes("privateKeyHex"))
        // check
        #expect(key.publicKey.rawRepresentation.hexString == vector.string("publicKeyHex"))
    }

    @Test("secretKeyMultibase round-trips and starts with the ed25519-priv codec")
    func secretKeyRoundTrip() throws {
        // setup
        let vector = try Conformance.vector()
        let key = try Ed25519Multikey.privateKey(seed: vector.bytes("privateKeyHex"))
        // act
        let secret = Ed25519Multikey.secretKeyMultibase(for: key)
        let decoded = try Ed25519Multikey.privateKey(secretKeyMultibase: secret)
        // check
        #expect(secret.hasPrefix("z3u2"))
        #expect(try Multibase.decodeBase58BTC(secret).prefix(2) == [0x80, 0x26])
        #expect(decoded.rawRepresentation == key.rawRepresentation)
    }

    @Test("the Data Integrity EdDSA spec's example key pair matches")
    func specExampleKeyPair() throws {
        // setup
        let secret = "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq"
        // act
        let key = try Ed25519Multikey.privateKey(secretKeyMultibase: secret)
        // check
        #expect(Ed25519Multikey(publicKey: key.publicKey).publicKeyMultibase == "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2")
    }

    @Test("wrong codec, wrong length and a mismatched 64-byte key are rejected")
    func rejectsMalformedKeys() throws {
        // setup
        let vector = try Conformance.vector()
        let secretAsPublic = Ed25519Multikey.secretKeyMultibase(for: try Ed25519Multikey.privateKey(seed: vector.bytes("privateKeyHex")))
        let short = Multibase.encodeBase58BTC([0xED, 0x01, 0x01, 0x02])
        var mismatched = Array(vector.bytes("privateKeyHex"))
        mismatched[63] ^= 0xFF
        // act / check
        #expect(throws: CredentialError.self) { try Ed25519Multikey(publicKeyMultibase: secretAsPublic) }
        #expect(throws: CredentialError.self) { try Ed25519Multikey(publicKeyMultibase: short) }
        #expect(throws: CredentialError.self) { try Ed25519Multikey.privateKey(seed: mismatched) }
        #expect(throws: CredentialError.self) { try Ed25519Multikey.privateKey(seed: [UInt8](repeating: 1, count: 31)) }
    }
}
