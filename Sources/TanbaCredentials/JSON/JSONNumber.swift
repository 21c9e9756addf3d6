import Foundation

/// A JSON number kept in its exact lexical form, so no precision is lost before JSON-LD turns it into an RDF literal.
public struct JSONNumber: Sendable, Hashable, CustomStringConvertible {
    /// The number exactly as it appeared in (or will be written to) JSON text.
    public let lexical: String

    /// Accepts only text matching the JSON number grammar (RFC 8259).
    public init?(lexical: String) {
        guard JSONNumber.isValidLexical(lexical) else { return nil }
        self.lexical = lexical
    }

    public init(_ value: Int) {
        lexical = String(value)
    }

    /// Nil for NaN and infinities, which JSON cannot represent.
    public init?(_ value: Double) {
        guard value.isFinite else { return nil }
        if value == value.rounded(), abs(value) < 1e15 {
            lexical = String(Int64(value))
        } else {
            lexical = "\(value)"
        }
    }

    public var description: String { lexical }

    public var doubleValue: Double { Double(lexical) ?? .nan }

    /// JSON-LD treats a number as an integer when its value is integral, whatever its spelling.
    var isIntegral: Bool {
        if !lexical.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) { return true }
        let value = doubleValue
        return value.isFinite && value == value.rounded()
    }

    /// Canonical xsd:integer lexical form: no leading zeros, no plus sign, no negative zero.
    var canonicalIntegerLexical: String {
        if !lexical.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) {
            let negative = lexical.hasPrefix("-")
            let digits = negative ? String(lexical.dropFirst()) : lexical
            let trimmed = String(digits.drop(while: { $0 == "0" }))
            if trimmed.isEmpty { return "0" }
            return negative ? "-" + trimmed : trimmed
        }
        let formatted = String(format: "%.0f", doubleValue)
        return formatted == "-0" ? "0" : formatted
    }

    /// Canonical xsd:double lexical form as JSON-LD specifies it: one digit before the point,
    /// at least one after, no trailing zeros, and an exponent without plus sign or leading zeros.
    var canonicalDoubleLexical: String {
        Self.canonicalDouble(doubleValue)
    }

    static func canonicalDouble(_ value: Double) -> String {
        let formatted = String(format: "%.15E", value)
        guard let eIndex = formatted.firstIndex(of: "E") else { return formatted }
        var mantissa = String(formatted[..<eIndex])
        let exponentText = formatted[formatted.index(after: eIndex)...]
        let exponent = Int(exponentText) ?? 0
        if mantissa.contains(".") {
            while mantissa.hasSuffix("0") { mantissa.removeLast() }
            if mantissa.hasSuffix(".") { mantissa += "0" }
        }
        return "\(mantissa)E\(exponent)"
    }

    static func isValidLexical(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var index = 0
        func isDigit(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 }
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard isDigit(index) else { return false }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            while isDigit(index) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard isDigit(index) else { return false }
            while isDigit(index) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard isDigit(index) else { return false }
            while isDigit(index) { index += 1 }
        }
        return index == bytes.count
    }
}
