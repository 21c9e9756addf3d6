/// The IRI tests JSON-LD applies: absolute, blank node, well-formed enough for N-Quads.
enum IRI {
    /// Has a scheme (RFC 3987 `scheme ":"`), which is what JSON-LD means by an absolute IRI.
    static func isAbsolute(_ value: String) -> Bool {
        guard let colon = value.firstIndex(of: ":"), colon != value.startIndex else { return false }
        let scheme = value[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter else { return false }
        return scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
    }

    static func isBlankNode(_ value: String) -> Bool { value.hasPrefix("_:") }

    /// An absolute IRI with no character that N-Quads cannot carry inside `<...>`;
    /// JSON-LD's toRDF skips anything else.
    static func isWellFormed(_ value: String) -> Bool {
        guard isAbsolute(value) else { return false }
        return !value.unicodeScalars.contains { scalar in
            scalar.value <= 0x20 || "<>\"{}|^`\\".unicodeScalars.contains(scalar)
        }
    }

    static let gendelims: Set<Character> = [":", "/", "?", "#", "[", "]", "@"]
}
