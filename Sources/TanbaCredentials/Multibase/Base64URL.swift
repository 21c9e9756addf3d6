import Foundation

extension Multibase {
    /// Multibase base64url without padding, prefix 'u' (what Bitstring Status Lists use).
    public static func encodeBase64URL<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        let standard = Data(bytes).base64EncodedString()
        return "u" + standard.replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    public static func decodeBase64URL(_ text: String) throws -> [UInt8] {
        guard let first = text.first else { throw CredentialError.invalidMultibase("empty value") }
        guard first == "u" else {
            throw CredentialError.invalidMultibase("expected base64url prefix 'u', found '\(first)'")
        }
        let body = text.dropFirst()
        // Foundation only decodes the standard alphabet with padding, so translate; '+', '/' and '='
        // are not base64url and must not be accepted through the translation.
        guard body.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
            throw CredentialError.invalidMultibase("character outside the base64url alphabet")
        }
        var standard = body.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        guard standard.count % 4 != 1 else { throw CredentialError.invalidMultibase("base64url length is impossible") }
        standard += String(repeating: "=", count: (4 - standard.count % 4) % 4)
        guard let data = Data(base64Encoded: standard) else { throw CredentialError.invalidMultibase("invalid base64url") }
        return Array(data)
    }
}
