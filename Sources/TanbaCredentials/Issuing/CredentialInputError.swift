import Foundation

/// An input value the credential builders refuse, naming the field and why: a credential is signed
/// and handed out, so a malformed value must stop issuance rather than be published.
public struct CredentialInputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Dotted path of the offending input field, e.g. "achievement.creditsAvailable".
    public let field: String
    public let reason: String

    public init(field: String, reason: String) {
        self.field = field
        self.reason = reason
    }

    public var description: String { "invalid credential input \(field): \(reason)" }
}

/// Checks shared by the builders.
enum InputCheck {
    static func nonEmpty(_ value: String, _ field: String) throws {
        // Scalar properties, not Foundation's trimming: every field of every issued credential
        // passes here, and bridging to NSString cost a twentieth of the signing time.
        guard value.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw CredentialInputError(field: field, reason: "must not be empty")
        }
    }

    /// An absolute http(s) URL: ids are dereferenced by wallets and verifiers, and a relative or
    /// schemeless one would be dropped by JSON-LD (and refused by safe mode at signing time).
    static func httpURL(_ value: String, _ field: String) throws {
        let scheme = value.utf8.prefix(8).map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 } // ASCII lower case
        let prefixLength = scheme.starts(with: Array("https://".utf8)) ? 8 : scheme.starts(with: Array("http://".utf8)) ? 7 : 0
        guard prefixLength > 0, value.utf8.count > prefixLength,
              !value.unicodeScalars.contains(where: { $0.properties.isWhitespace }) else {
            throw CredentialInputError(field: field, reason: "must be an absolute http(s) URL, got \"\(value)\"")
        }
    }

    /// A non-negative decimal in JSON number syntax ("5", "2.5"), kept as written so the signed
    /// value is exactly what the app stored.
    static func decimal(_ value: String, _ field: String) throws -> JSONNumber {
        guard let number = JSONNumber(lexical: value), !value.hasPrefix("-"), !value.contains(where: { $0 == "e" || $0 == "E" }) else {
            throw CredentialInputError(field: field, reason: "must be a non-negative decimal such as \"5\" or \"2.5\", got \"\(value)\"")
        }
        return number
    }
}
