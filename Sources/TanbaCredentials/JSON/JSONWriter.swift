import Foundation

/// Writes JSON text with keys in code point order; the compact form doubles as the
/// JSON Canonicalization Scheme (RFC 8785) output for the strings and integers credentials hold.
///
/// Writes UTF-8 bytes: every issued certificate serialises its signed credential, and appending
/// scalar by scalar to a `String` was a tenth of the signing time.
struct JSONWriter {
    let pretty: Bool
    private(set) var bytes: [UInt8] = []

    init(pretty: Bool) {
        self.pretty = pretty
        bytes.reserveCapacity(4096)
    }

    /// The text written so far.
    var output: String { String(decoding: bytes, as: UTF8.self) }

    mutating func write(_ value: JSONValue, depth: Int) {
        switch value {
        case .null: append("null")
        case .bool(let flag): append(flag ? "true" : "false")
        case .number(let number): append(number.lexical)
        case .string(let text): writeString(text)
        case .array(let items):
            if items.isEmpty {
                append("[]")
                return
            }
            bytes.append(UInt8(ascii: "["))
            for (offset, item) in items.enumerated() {
                if offset > 0 { bytes.append(UInt8(ascii: ",")) }
                newline(depth + 1)
                write(item, depth: depth + 1)
            }
            newline(depth)
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty {
                append("{}")
                return
            }
            bytes.append(UInt8(ascii: "{"))
            for (offset, key) in members.keys.sortedByCodePoint().enumerated() {
                if offset > 0 { bytes.append(UInt8(ascii: ",")) }
                newline(depth + 1)
                writeString(key)
                append(pretty ? ": " : ":")
                if let member = members[key] { write(member, depth: depth + 1) }
            }
            newline(depth)
            bytes.append(UInt8(ascii: "}"))
        }
    }

    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    private mutating func newline(_ depth: Int) {
        guard pretty else { return }
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    /// Escapes only what JSON requires (quote, backslash, control characters), as RFC 8785 does;
    /// every other byte, multi-byte UTF-8 included, is copied as it is.
    private mutating func writeString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case 0x08: append("\\b")
            case 0x0C: append("\\f")
            case UInt8(ascii: "\n"): append("\\n")
            case UInt8(ascii: "\r"): append("\\r")
            case UInt8(ascii: "\t"): append("\\t")
            case 0..<0x20: append("\\u" + String(byte, radix: 16).leftPadded(to: 4))
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
