/// The IRI tests JSON-LD applies: absolute, blank node, well-formed enough for N-Quads.
enum IRI {
    /// Has a scheme (RFC 3987 `scheme ":"`), which is what JSON-LD means by an absolute IRI.
    static func isAbsolute(_ value: String) -> Bool {
        if let result = asciiSchemeIsAbsolute(value) { return result }
        guard let colon = value.firstIndex(of: ":"), colon != value.startIndex else { return false }
        let scheme = value[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter else { return false }
        return scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
    }

    /// `isAbsolute` on UTF-8 bytes, since every IRI of every quad comes through here and Character
    /// properties are slow. Before the first ":" Character every Character must be one ASCII scheme
    /// byte, so any other byte there means false. A ":" byte followed by ASCII (or nothing) is a
    /// Character of its own; followed by a non-ASCII byte it might not be, and nil defers to the
    /// Character-level test.
    private static func asciiSchemeIsAbsolute(_ value: String) -> Bool? {
        func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        var bytes = value.utf8.makeIterator()
        var index = 0
        while let byte = bytes.next() {
            if byte == UInt8(ascii: ":") {
                if let next = bytes.next(), next >= 0x80 { return nil }
                return index > 0
            }
            let allowed = index == 0
                ? isLetter(byte)
                : isLetter(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
                    || byte == UInt8(ascii: ".")
            if !allowed { return false }
            index += 1
        }
        return false
    }

    static func isBlankNode(_ value: String) -> Bool { value.hasPrefix("_:") }

    /// An absolute IRI with no character that N-Quads cannot carry inside `<...>`;
    /// JSON-LD's toRDF skips anything else.
    static func isWellFormed(_ value: String) -> Bool {
        guard isAbsolute(value) else { return false }
        return !value.utf8.contains { isForbiddenInIRIREF($0) }
    }

    /// The characters N-Quads' IRIREF cannot carry: controls, space and <>"{}|^`\. All are ASCII
    /// and no byte of a multi-byte UTF-8 sequence is, so IRIs are scanned as bytes, not scalars.
    @inline(__always)
    static func isForbiddenInIRIREF(_ byte: UInt8) -> Bool {
        switch byte {
        case 0...0x20, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "}"),
             UInt8(ascii: "|"), UInt8(ascii: "^"), UInt8(ascii: "`"), UInt8(ascii: "\\"):
            true
        default:
            false
        }
    }

    static let gendelims: Set<Character> = [":", "/", "?", "#", "[", "]", "@"]
}
