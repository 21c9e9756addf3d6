import Crypto
import Foundation
import Testing
@testable import TanbaCredentials

@Suite("IssuerKeyStore")
struct IssuerKeyStoreTests {
    private let profileURL = TanbaFixtures.profileURL

    @Test("a key sealed under the KEK opens to the same key, and signs verifiably")
    func roundTrip() throws {
        // setup
        let kek = try KeyEncryptionKey(base64: KeyEncryptionKey.generate().base64)
        let key = IssuerKeyStore.generateKey(profileURL: profileURL)
        // act
        let sealed = try IssuerKeyStore.seal(key, with: kek)
        let opened = try IssuerKeyStore.open(sealed, keyID: key.id, with: kek)
        let signature = try opened.privateKey.signature(for: Data("tanba".utf8))
        // check
        #expect(opened.privateKey.rawRepresentation == key.privateKey.rawRepresentation)
        #expect(opened.publicKeyMultibase == key.publicKeyMultibase)
        #expect(key.privateKey.publicKey.isValidSignature(signature, for: Data("tanba".utf8)))
        #expect(sealed.count == 1 + 12 + 32 + 16)
        #expect(sealed.range(of: key.privateKey.rawRepresentation) == nil)
    }

    @Test("sealing twice gives different ciphertexts (fresh nonce)")
    func freshNonce() throws {
        // setup
        let kek = KeyEncryptionKey.generate()
        let key = IssuerKeyStore.generateKey(profileURL: profileURL)
        // act / check
        #expect(try IssuerKeyStore.seal(key, with: kek) != IssuerKeyStore.seal(key, with: kek))
    }

    @Test("a wrong KEK, another key's id or a flipped byte fails to open")
    func wrongKEK() throws {
        // setup
        let kek = KeyEncryptionKey.generate()
        let key = IssuerKeyStore.generateKey(profileURL: profileURL)
        let sealed = try IssuerKeyStore.seal(key, with: kek)
        var flipped = sealed
        flipped[20] ^= 0x01
        // act / check
        #expect(throws: CredentialError.self) { try IssuerKeyStore.open(sealed, keyID: key.id, with: KeyEncryptionKey.generate()) }
        #expect(throws: CredentialError.self) { try IssuerKeyStore.open(sealed, keyID: profileURL + "#key-2", with: kek) }
        #expect(throws: CredentialError.self) { try IssuerKeyStore.open(flipped, keyID: key.id, with: kek) }
        #expect(throws: CredentialError.self) { try IssuerKeyStore.open(Data(), keyID: key.id, with: kek) }
    }

    @Test("the KEK must be base64 of exactly 32 bytes")
    func kekFormat() throws {
        // act / check
        #expect(throws: CredentialError.invalidKey("the key-encryption key must be 32 bytes (AES-256), got 16")) {
            try KeyEncryptionKey(base64: Data(repeating: 7, count: 16).base64EncodedString())
        }
        #expect(throws: CredentialError.invalidKey("the key-encryption key is not valid base64")) {
            try KeyEncryptionKey(base64: "not base64!")
        }
        _ = try KeyEncryptionKey(base64: " " + Data(repeating: 7, count: 32).base64EncodedString() + "\n")
    }

    @Test("key ids count up from #key-1 and are never reused")
    func keyIDs() {
        // act
        let first = IssuerKeyStore.generateKey(profileURL: profileURL)
        let second = IssuerKeyStore.generateKey(profileURL: profileURL, existingKeyIDs: [first.id])
        let afterGap = IssuerKeyStore.generateKey(profileURL: profileURL, existingKeyIDs: [profileURL + "#key-3", first.id, "https://other.example/#key-9"])
        // check
        #expect(first.id == profileURL + "#key-1")
        #expect(second.id == profileURL + "#key-2")
        #expect(afterGap.id == profileURL + "#key-4")
        #expect(IssuerKeyStore.keyNumber(of: profileURL + "#key-07", profileURL: profileURL) == nil)
        #expect(first.privateKey.rawRepresentation != second.privateKey.rawRepresentation)
    }
}
