/// Canonical N-Quads serialisation (as RDFC-1.0 requires) and a parser for N-Quads text.
public enum NQuads {
    /// One quad as a canonical N-Quads line, terminated by "\n".
    public static func line(for quad: Quad) -> String {
        var text = term(quad.subject) + " " + term(quad.predicate) + " " + term(quad.object)
        if let graph = quad.graph { text += " " + term(graph) }
        return text + " .\n"
    }

    /// The quads serialised one per line, in the given order.
    public static func serialize(_ quads: [Quad]) -> String {
        quads.map(line(for:)).joined()
    }

    static func term(_ term: RDFTerm) -> String {
        switch term {
        case .iri(let iri): return "<" + escapeIRI(iri) + ">"
        case .blankNode(let label): return "_:" + label
        case .literal(let literal):
            var text = "\"" + escapeLiteral(literal.lexicalForm) + "\""
            if let language = literal.language {
                text += "@" + language
            } else if literal.datatype != RDFVocabulary.string {
                text += "^^<" + escapeIRI(literal.datatype) + ">"
            }
            return text
        }
    }

    /// ECHAR for \b \t \n \f \r \" \\, UCHAR (upper-case hex) for other controls, everything else verbatim.
    static func escapeLiteral(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{08}": out += "\\b"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\u{0C}": out += "\\f"
            case "\r": out += "\\r"
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default:
                if scalar.value <= 0x1F || scalar.value == 0x7F {
                    out += "\\u" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Characters IRIREF forbids are written as UCHAR rather than breaking the line's syntax.
    static func escapeIRI(_ iri: String) -> String {
        var out = ""
        for scalar in iri.unicodeScalars {
            if scalar.value <= 0x20 || "<>\"{}|^`\\".unicodeScalars.contains(scalar) {
                out += "\\u" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Parses N-Quads text (one statement per line, comments and blank lines allowed).
    public static func parse(_ text: String) throws -> [Quad] {
        var quads: [Quad] = []
        for (number, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" }).enumerated() {
            var scanner = NQuadsLineScanner(Array(rawLine.unicodeScalars), lineNumber: number + 1)
            if let quad = try scanner.parseStatement() { quads.append(quad) }
        }
        return quads
    }
}
