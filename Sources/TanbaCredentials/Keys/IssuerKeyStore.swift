import Crypto
import Foundation

/// An institution's Ed25519 signing key with the verification method id that names it.
public struct IssuerSigningKey: Sendable {
    /// `{profileURL}#key-N`: the proof's `verificationMethod`.
    public let id: String
    public let privateKey: Curve25519.Signing.PrivateKey

    public init(id: String, privateKey: Curve25519.Signing.PrivateKey) {
        self.id = id
        self.privateKey = privateKey
    }

    /// The `publicKeyMultibase` published in the issuer profile.
    public var publicKeyMultibase: String {
        Ed25519Multikey(publicKey: privateKey.publicKey).publicKeyMultibase
    }

    /// Proof options for signing with this key (`created` defaults to now).
    public func proofOptions(created: Date = Date()) -> ProofOptions {
        ProofOptions(verificationMethod: id, created: ProofOptions.dateTime(created))
    }
}

/// Pure helpers for issuer keys: generation, key ids, rotation and encryption at rest.
/// Persistence is the app's: it stores `id`, the public multibase, the sealed private key and
/// whether the key is the active one, and never deletes a retired key's public half.
public enum IssuerKeyStore {
    /// Version byte of the sealed format, so a later algorithm or KEK scheme can be told apart.
    static let sealedFormatVersion: UInt8 = 1
    static let fragmentPrefix = "#key-"

    /// `{profileURL}#key-{number}`, numbers starting at 1.
    public static func keyID(profileURL: String, number: Int) -> String {
        "\(profileURL)\(fragmentPrefix)\(number)"
    }

    /// The number in a `{profileURL}#key-N` id, or nil for any other id.
    public static func keyNumber(of keyID: String, profileURL: String) -> Int? {
        let prefix = profileURL + fragmentPrefix
        guard keyID.hasPrefix(prefix) else { return nil }
        let digits = keyID.dropFirst(prefix.count)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), digits.first != "0" else { return nil }
        return Int(digits)
    }

    /// A new key for the profile, numbered one past the highest existing key: `#key-1` first,
    /// `#key-2` after the first rotation. Ids are never reused, since old credentials name them.
    public static func generateKey(profileURL: String, existingKeyIDs: [String] = []) -> IssuerSigningKey {
        let highest = existingKeyIDs.compactMap { keyNumber(of: $0, profileURL: profileURL) }.max() ?? 0
        return IssuerSigningKey(id: keyID(profileURL: profileURL, number: highest + 1), privateKey: Curve25519.Signing.PrivateKey())
    }

    /// Encrypts the private key (its 32-byte seed) with AES-256-GCM under `kek`:
    /// version byte || 12-byte nonce || ciphertext || 16-byte tag. The key id is authenticated as
    /// associated data, so a sealed key copied onto another key's row fails to open.
    public static func seal(_ key: IssuerSigningKey, with kek: KeyEncryptionKey) throws -> Data {
        let box = try AES.GCM.seal(key.privateKey.rawRepresentation, using: kek.key, authenticating: associatedData(key.id))
        guard let combined = box.combined else {
            throw CredentialError.invalidKey("AES-GCM produced no combined output")
        }
        return Data([sealedFormatVersion]) + combined
    }

    /// Decrypts what `seal` produced for the key `keyID`. A wrong KEK, another key's id or any
    /// altered byte throws `CredentialError.invalidKey`.
    public static func open(_ sealed: Data, keyID: String, with kek: KeyEncryptionKey) throws -> IssuerSigningKey {
        guard let version = sealed.first else { throw CredentialError.invalidKey("the sealed issuer key is empty") }
        guard version == sealedFormatVersion else {
            throw CredentialError.invalidKey("unknown sealed issuer key format version \(version)")
        }
        let seed: Data
        do {
            let box = try AES.GCM.SealedBox(combined: sealed.dropFirst())
            seed = try AES.GCM.open(box, using: kek.key, authenticating: associatedData(keyID))
        } catch {
            throw CredentialError.invalidKey("the issuer key \(keyID) could not be decrypted: wrong key-encryption key, wrong key id or corrupted data")
        }
        return IssuerSigningKey(id: keyID, privateKey: try Ed25519Multikey.privateKey(seed: Array(seed)))
    }

    private static func associatedData(_ keyID: String) -> Data {
        Data("tanba-issuer-key-v1\u{0}\(keyID)".utf8)
    }
}
