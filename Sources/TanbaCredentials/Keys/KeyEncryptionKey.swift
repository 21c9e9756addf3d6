import Crypto
import Foundation

/// The 256-bit AES key, from configuration, under which issuer signing keys are stored encrypted.
/// It never leaves the process: the database holds only what it sealed.
public struct KeyEncryptionKey: Sendable {
    let key: SymmetricKey

    /// Reads the standard base64 form of exactly 32 bytes (what `base64` and
    /// `openssl rand -base64 32` produce). Surrounding whitespace, as config files leave, is ignored.
    public init(base64: String) throws {
        guard let data = Data(base64Encoded: base64.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw CredentialError.invalidKey("the key-encryption key is not valid base64")
        }
        try self.init(bytes: data)
    }

    public init(bytes: Data) throws {
        guard bytes.count == 32 else {
            throw CredentialError.invalidKey("the key-encryption key must be 32 bytes (AES-256), got \(bytes.count)")
        }
        key = SymmetricKey(data: bytes)
    }

    /// A fresh random key, for provisioning configuration.
    public static func generate() -> KeyEncryptionKey {
        KeyEncryptionKey(key: SymmetricKey(size: .bits256))
    }

    private init(key: SymmetricKey) {
        self.key = key
    }

    /// Encrypts a small secret (a user's TOTP secret) with AES-256-GCM; `context` is authenticated,
    /// so a sealed value copied to another row or purpose fails to open. Base64 of nonce || ciphertext || tag.
    public func seal(_ secret: [UInt8], context: String) throws -> String {
        let box = try AES.GCM.seal(secret, using: key, authenticating: Data(context.utf8))
        guard let combined = box.combined else { throw CredentialError.invalidKey("AES-GCM produced no combined output") }
        return combined.base64EncodedString()
    }

    /// Decrypts what `seal` produced for the same `context`; anything else throws.
    public func open(_ sealed: String, context: String) throws -> [UInt8] {
        do {
            guard let data = Data(base64Encoded: sealed) else { throw CredentialError.invalidKey("not base64") }
            let box = try AES.GCM.SealedBox(combined: data)
            return Array(try AES.GCM.open(box, using: key, authenticating: Data(context.utf8)))
        } catch {
            throw CredentialError.invalidKey("a sealed secret could not be decrypted: wrong key-encryption key, wrong context or corrupted data")
        }
    }

    /// The base64 form to put in configuration.
    public var base64: String {
        key.withUnsafeBytes { Data($0).base64EncodedString() }
    }
}
