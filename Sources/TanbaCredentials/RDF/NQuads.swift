/// Canonical N-Quads serialisation (as RDFC-1.0 requires) and a parser for N-Quads text.
public enum NQuads {
    /// One quad as a canonical N-Quads line, terminated by "\n".
    public static func line(for quad: Quad) -> String {
        // One buffer per line: concatenating term strings allocated several per quad, and
        // canonicalisation serialises every quad at least twice.
        var text = ""
        text.reserveCapacity(160)
        append(quad.subject, to: &text)
        text += " "
        append(quad.predicate, to: &text)
        text += " "
        append(quad.object, to: &text)
        if let graph = quad.graph {
            text += " "
            append(graph, to: &text)
        }
        text += " .\n"
        return text
    }

    /// The quads serialised one per line, in the given order.
    public static func serialize(_ quads: [Quad]) -> String {
        quads.map(line(for:)).joined()
    }

    static func term(_ term: RDFTerm) -> String {
        var text = ""
        append(term, to: &text)
        return text
    }

    static func append(_ term: RDFTerm, to text: inout String) {
        switch term {
        case .iri(let iri):
            text += "<"
            appendEscapedIRI(iri, to: &text)
            text += ">"
        case .blankNode(let label):
            text += "_:"
            text += label
        case .literal(let literal):
            text += "\""
            appendEscapedLiteral(literal.lexicalForm, to: &text)
            text += "\""
            if let language = literal.language {
                text += "@"
                text += language
            } else if literal.datatype != RDFVocabulary.string {
                text += "^^<"
                appendEscapedIRI(literal.datatype, to: &text)
                text += ">"
            }
        }
    }

    /// ECHAR for \b \t \n \f \r \" \\, UCHAR (upper-case hex) for other controls, everything else verbatim.
    static func escapeLiteral(_ text: String) -> String {
        var out = ""
        appendEscapedLiteral(text, to: &out)
        return out
    }

    private static func appendEscapedLiteral(_ text: String, to out: inout String) {
        // Every byte of a multi-byte UTF-8 sequence is >= 0x80, so a byte scan finds exactly the
        // scalars that need escaping; almost no literal has any, and is then copied whole.
        guard text.utf8.contains(where: { $0 <= 0x1F || $0 == 0x7F || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") })
        else {
            out += text
            return
        }
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
    }

    /// Characters IRIREF forbids are written as UCHAR rather than breaking the line's syntax.
    static func escapeIRI(_ iri: String) -> String {
        var out = ""
        appendEscapedIRI(iri, to: &out)
        return out
    }

    private static func appendEscapedIRI(_ iri: String, to out: inout String) {
        // As for literals: only ASCII needs escaping, so a byte scan decides; usually nothing does.
        let needsEscaping = iri.utf8.withContiguousStorageIfAvailable { $0.contains(where: { IRI.isForbiddenInIRIREF($0) }) }
            ?? iri.utf8.contains(where: { IRI.isForbiddenInIRIREF($0) })
        guard needsEscaping else {
            out += iri
            return
        }
        for scalar in iri.unicodeScalars {
            if scalar.isASCII, IRI.isForbiddenInIRIREF(UInt8(scalar.value)) {
                out += "\\u" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
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
