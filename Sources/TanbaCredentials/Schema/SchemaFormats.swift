import Foundation

/// The `format` values this implementation asserts (draft 2019-09 leaves format to implementations;
/// the Open Badges schemas rely on date-time and date being checked) and `pattern` matching.
enum SchemaFormats {
    static let supported: Set<String> = ["date-time", "date", "uri", "uri-reference", "iri", "iri-reference"]

    static func isValid(_ text: String, format: String) -> Bool {
        switch format {
        case "date-time": RFC3339.date(from: text) != nil
        case "date": RFC3339.isFullDate(text)
        case "uri": isURI(text, allowRelative: false, allowNonASCII: false)
        case "uri-reference": isURI(text, allowRelative: true, allowNonASCII: false)
        case "iri": isURI(text, allowRelative: false, allowNonASCII: true)
        case "iri-reference": isURI(text, allowRelative: true, allowNonASCII: true)
        default: false
        }
    }

    /// ECMA-262 patterns are close enough to ICU's for the patterns in use; they are unanchored.
    static func regex(_ pattern: String) -> NSRegularExpression? {
        try? NSRegularExpression(pattern: pattern)
    }

    static func matches(_ text: String, pattern: String) -> Bool {
        matches(text, regex: regex(pattern))
    }

    static func matches(_ text: String, regex: NSRegularExpression?) -> Bool {
        guard let regex else { return false }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// RFC 3986 / 3987 syntax: a scheme (unless relative is allowed), no spaces or characters that
    /// must always be percent-encoded, and well-formed percent escapes.
    static func isURI(_ text: String, allowRelative: Bool, allowNonASCII: Bool) -> Bool {
        if !allowRelative, !hasScheme(text) { return false }
        let forbidden = Set(" \"<>\\^`{|}".unicodeScalars)
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if scalar.value < 0x21 || scalar.value == 0x7F || forbidden.contains(scalar) { return false }
            if !allowNonASCII, scalar.value > 0x7E { return false }
            if scalar == "%" {
                guard index + 2 < scalars.count, scalars[index + 1].properties.isASCIIHexDigit,
                      scalars[index + 2].properties.isASCIIHexDigit else { return false }
            }
        }
        return true
    }

    /// `^[A-Za-z][A-Za-z0-9+.-]*:`, scanned by hand: a regular expression here was compiled anew
    /// for every URI in every credential verified.
    static func hasScheme(_ text: String) -> Bool {
        func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        var bytes = text.utf8.makeIterator()
        guard let first = bytes.next(), isLetter(first) else { return false }
        while let byte = bytes.next() {
            if byte == UInt8(ascii: ":") { return true }
            guard isLetter(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "-")
            else { return false }
        }
        return false
    }
}
