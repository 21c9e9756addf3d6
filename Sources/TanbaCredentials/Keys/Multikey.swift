import Crypto
import Foundation

/// An Ed25519 public key in Multikey form: 'z' + base58btc(0xed 0x01 || 32 key bytes).
public struct Ed25519Multikey: Sendable {
    /// Multicodec varint for ed25519-pub (0xed).
    public static let publicKeyPrefix: [UInt8] = [0xED, 0x01]
    /// Multicodec varint for ed25519-priv (0x1300).
    public static let secretKeyPrefix: [UInt8] = [0x80, 0x26]

    public let publicKey: Curve25519.Signing.PublicKey

    public init(publicKey: Curve25519.Signing.PublicKey) {
        self.publicKey = publicKey
    }

    /// Decodes a `publicKeyMultibase` value, checking the multicodec prefix and key length.
    public init(publicKeyMultibase: String) throws {
        let bytes = try Multibase.decodeBase58BTC(publicKeyMultibase)
        guard bytes.count == 34, bytes.starts(with: Self.publicKeyPrefix) else {
            throw CredentialError.invalidKey("publicKeyMultibase is not an Ed25519 Multikey (expected 0xed01 prefix and 32 key bytes)")
        }
        do {
            publicKey = try Curve25519.Signing.PublicKey(rawRepresentation: bytes.dropFirst(2))
        } catch {
            throw CredentialError.invalidKey("Ed25519 public key rejected: \(error)")
        }
    }

    public var publicKeyMultibase: String {
        Multibase.encodeBase58BTC(Self.publicKeyPrefix + Array(publicKey.rawRepresentation))
    }

    /// Decodes a `secretKeyMultibase` value (0x8026 prefix and the 32-byte seed).
    public static func privateKey(secretKeyMultibase: String) throws -> Curve25519.Signing.PrivateKey {
        let bytes = try Multibase.decodeBase58BTC(secretKeyMultibase)
        guard bytes.count == 34, bytes.starts(with: secretKeyPrefix) else {
            throw CredentialError.invalidKey("secretKeyMultibase is not an Ed25519 secret key (expected 0x8026 prefix and a 32-byte seed)")
        }
        return try privateKey(seed: bytes.dropFirst(2))
    }

    public static func secretKeyMultibase(for privateKey: Curve25519.Signing.PrivateKey) -> String {
        Multibase.encodeBase58BTC(secretKeyPrefix + Array(privateKey.rawRepresentation))
    }

    /// Accepts the 32-byte seed, or the 64-byte seed||public key form many tools (and the
    /// Open Badges vector) print, in which case the public half must match the seed.
    public static func privateKey<Bytes: Collection>(seed bytes: Bytes) throws -> Curve25519.Signing.PrivateKey where Bytes.Element == UInt8 {
        let raw = Array(bytes)
        guard raw.count == 32 || raw.count == 64 else {
            throw CredentialError.invalidKey("an Ed25519 private key is 32 bytes (or 64 with the public key), got \(raw.count)")
        }
        let key: Curve25519.Signing.PrivateKey
        do {
            key = try Curve25519.Signing.PrivateKey(rawRepresentation: raw.prefix(32))
        } catch {
            throw CredentialError.invalidKey("Ed25519 private key rejected: \(error)")
        }
        if raw.count == 64, Array(key.publicKey.rawRepresentation) != Array(raw.suffix(32)) {
            throw CredentialError.invalidKey("the public half of the 64-byte Ed25519 key does not match its seed")
        }
        return key
    }
}
