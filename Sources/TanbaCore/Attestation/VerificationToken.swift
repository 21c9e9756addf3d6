import Foundation

/// The unguessable part of a certificate's verification link: 128 random bits, never derived from the number.
public struct VerificationToken: Hashable, Sendable, Codable, CustomStringConvertible {
    public let value: String

    /// 16 random bytes as 22 characters of base64url without padding.
    public static func random(from source: RandomSource) -> VerificationToken {
        VerificationToken(value: source.token(bytes: 16))
    }

    /// Accepts only the shape Tanba issues, so a lookup never runs on arbitrary input.
    public init?(parsing text: String) {
        guard text.count == 22, text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        else { return nil }
        value = text
    }

    init(value: String) {
        self.value = value
    }

    public var description: String { value }
}

/// Where an issued certificate stands; raw values are stored.
public enum CertificateStatus: String, CaseIterable, Sendable, Codable {
    case valid = "valid"
    /// Annulled with a reason (002 §9.2).
    case revoked = "revoked"
    /// Replaced by a corrected reissue.
    case superseded = "superseded"
}
