import COATH
import Foundation
import TanbaCore

/// RFC 6238 time-based one-time codes (six digits, 30-second steps, HMAC-SHA1: what every
/// authenticator app reads from an `otpauth://` link), computed by liboath.
enum TOTP {
    static let digits = 6
    static let stepSeconds = 30
    /// Codes one step early or late are accepted: phones' clocks drift.
    static let window = 1
    static let secretBytes = 20

    private static let initialised: Bool = oath_init() == OATH_OK.rawValue

    /// A new random secret.
    static func newSecret(from random: RandomSource) -> [UInt8] {
        random.bytes(secretBytes)
    }

    /// The secret in base32, as people type it into an app.
    static func base32(_ secret: [UInt8]) -> String? {
        guard initialised else { return nil }
        var output: UnsafeMutablePointer<CChar>?
        var length = 0
        let result = secret.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                oath_base32_encode(chars.baseAddress, chars.count, &output, &length)
            }
        }
        guard result == OATH_OK.rawValue, let output else { return nil }
        defer { free(output) }
        return String(cString: output).replacingOccurrences(of: "=", with: "")
    }

    /// The link an authenticator app reads from a QR code.
    static func provisioningURI(secret: [UInt8], account: String, issuer: String) -> String? {
        guard let encoded = base32(secret) else { return nil }
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let label = "\(issuer):\(account)".addingPercentEncoding(withAllowedCharacters: allowed) ?? account
        let issuerParameter = issuer.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
        return "otpauth://totp/\(label)?secret=\(encoded)&issuer=\(issuerParameter)&algorithm=SHA1&digits=\(digits)&period=\(stepSeconds)"
    }

    /// The time step `code` belongs to when it is right for `secret` at `date` (within the
    /// window), else nil. A caller refuses a step it has accepted before.
    static func matchingStep(code: String, secret: [UInt8], at date: Date) -> Int64? {
        let digitsOnly = code.filter { !$0.isWhitespace }
        guard initialised, digitsOnly.count == digits, digitsOnly.allSatisfy(\.isASCII), digitsOnly.allSatisfy(\.isNumber) else {
            return nil
        }
        let now = time_t(date.timeIntervalSince1970.rounded(.down))
        var position: Int32 = 0
        let result = secret.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                oath_totp_validate2(chars.baseAddress, chars.count, now, UInt32(stepSeconds), 0, window, &position, digitsOnly)
            }
        }
        guard result >= 0 else { return nil }
        return Int64(now) / Int64(stepSeconds) + Int64(position)
    }

    /// The code for `secret` at `date` (tests and the setup page's check use it).
    static func code(secret: [UInt8], at date: Date) -> String? {
        guard initialised else { return nil }
        var output = [CChar](repeating: 0, count: digits + 1)
        let result = secret.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                oath_totp_generate(chars.baseAddress, chars.count, time_t(date.timeIntervalSince1970.rounded(.down)),
                                   UInt32(stepSeconds), 0, UInt32(digits), &output)
            }
        }
        guard result == OATH_OK.rawValue else { return nil }
        return String(decoding: output.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
