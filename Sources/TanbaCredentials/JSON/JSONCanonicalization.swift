import Foundation

extension JSONValue {
    /// RFC 8785 canonical JSON, the lexical form of rdf:JSON literals.
    /// Object keys are ordered by UTF-16 code units as JCS requires, numbers in ECMAScript form.
    var canonicalJSONText: String {
        switch self {
        case .null, .bool, .string:
            var writer = JSONWriter(pretty: false)
            writer.write(self, depth: 0)
            return writer.output
        case .number(let number):
            return Self.ecmaScriptNumber(number)
        case .array(let items):
            return "[" + items.map(\.canonicalJSONText).joined(separator: ",") + "]"
        case .object(let members):
            let keys = members.keys.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }
            let parts = keys.map { key -> String in
                JSONValue.string(key).canonicalJSONText + ":" + (members[key] ?? .null).canonicalJSONText
            }
            return "{" + parts.joined(separator: ",") + "}"
        }
    }

    /// ECMAScript Number::toString, which RFC 8785 prescribes: shortest round-trip digits,
    /// fixed notation for 1e-6 <= |x| < 1e21, exponent notation otherwise.
    static func ecmaScriptNumber(_ number: JSONNumber) -> String {
        let value = number.doubleValue
        guard value.isFinite else { return "null" }
        if value == 0 { return "0" }
        let (digits, exponent) = shortestDigits(abs(value))
        let k = digits.count
        let n = exponent
        var text: String
        if k <= n, n <= 21 {
            text = digits + String(repeating: "0", count: n - k)
        } else if 0 < n, n <= 21 {
            text = String(digits.prefix(n)) + "." + String(digits.dropFirst(n))
        } else if -6 < n, n <= 0 {
            text = "0." + String(repeating: "0", count: -n) + digits
        } else {
            let mantissa = k == 1 ? digits : String(digits.prefix(1)) + "." + String(digits.dropFirst())
            text = mantissa + "e" + (n - 1 >= 0 ? "+" : "-") + String(abs(n - 1))
        }
        return value < 0 ? "-" + text : text
    }

    /// Decimal digits d1...dk (no leading or trailing zeros) and n with value = 0.d1...dk x 10^n,
    /// taken from Swift's shortest round-trip description.
    private static func shortestDigits(_ value: Double) -> (String, Int) {
        let description = "\(value)"
        let parts = description.split(separator: "e", maxSplits: 1)
        let exponent = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
        let mantissa = parts[0]
        let pieces = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integerPart = String(pieces[0])
        let fractionPart = pieces.count == 2 ? String(pieces[1]) : ""
        var digits = integerPart + fractionPart
        var pointPosition = integerPart.count + exponent
        while digits.hasPrefix("0") {
            digits.removeFirst()
            pointPosition -= 1
        }
        while digits.hasSuffix("0") { digits.removeLast() }
        return (digits, pointPosition)
    }
}
