/// Scans one line of N-Quads into a quad.
struct NQuadsLineScanner {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private let lineNumber: Int

    init(_ scalars: [Unicode.Scalar], lineNumber: Int) {
        self.scalars = scalars
        self.lineNumber = lineNumber
    }

    private func error(_ message: String) -> CredentialError {
        .invalidNQuads("line \(lineNumber): \(message)")
    }

    private mutating func skipSpace() {
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
    }

    mutating func parseStatement() throws -> Quad? {
        skipSpace()
        if index >= scalars.count || scalars[index] == "#" { return nil }
        let subject = try parseTerm()
        skipSpace()
        let predicate = try parseTerm()
        skipSpace()
        let object = try parseTerm()
        skipSpace()
        var graph: RDFTerm?
        if index < scalars.count, scalars[index] != "." {
            graph = try parseTerm()
            skipSpace()
        }
        guard index < scalars.count, scalars[index] == "." else { throw error("expected '.'") }
        index += 1
        skipSpace()
        guard index >= scalars.count || scalars[index] == "#" else { throw error("unexpected text after '.'") }
        guard case .iri = predicate else { throw error("predicate must be an IRI") }
        if case .literal = subject { throw error("subject cannot be a literal") }
        if case .literal? = graph { throw error("graph name cannot be a literal") }
        return Quad(subject: subject, predicate: predicate, object: object, graph: graph)
    }

    private mutating func parseTerm() throws -> RDFTerm {
        guard index < scalars.count else { throw error("unexpected end of line") }
        switch scalars[index] {
        case "<":
            return .iri(try parseIRI())
        case "_":
            guard index + 1 < scalars.count, scalars[index + 1] == ":" else { throw error("invalid blank node") }
            index += 2
            let start = index
            while index < scalars.count, scalars[index] != " ", scalars[index] != "\t" { index += 1 }
            var label = String(String.UnicodeScalarView(scalars[start..<index]))
            // A label may not end with '.', so a '.' directly after it ends the statement.
            while label.hasSuffix(".") {
                label.removeLast()
                index -= 1
            }
            guard !label.isEmpty else { throw error("empty blank node label") }
            return .blankNode(label)
        case "\"":
            return try parseLiteral()
        default:
            throw error("unexpected character '\(scalars[index])'")
        }
    }

    private mutating func parseIRI() throws -> String {
        index += 1
        var out = String.UnicodeScalarView()
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == ">" {
                index += 1
                return String(out)
            }
            if scalar == "\\" {
                index += 1
                out.append(try parseUCHAR())
                continue
            }
            out.append(scalar)
            index += 1
        }
        throw error("unterminated IRI")
    }

    private mutating func parseUCHAR() throws -> Unicode.Scalar {
        guard index < scalars.count else { throw error("unterminated escape") }
        let length: Int
        switch scalars[index] {
        case "u": length = 4
        case "U": length = 8
        default: throw error("invalid escape")
        }
        index += 1
        guard index + length <= scalars.count,
              let value = UInt32(String(String.UnicodeScalarView(scalars[index..<index + length])), radix: 16),
              let scalar = Unicode.Scalar(value)
        else { throw error("invalid \\u escape") }
        index += length
        return scalar
    }

    private mutating func parseLiteral() throws -> RDFTerm {
        index += 1
        var out = String.UnicodeScalarView()
        var closed = false
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\"" {
                index += 1
                closed = true
                break
            }
            if scalar == "\\" {
                index += 1
                guard index < scalars.count else { throw error("unterminated escape") }
                switch scalars[index] {
                case "t": out.append("\t"); index += 1
                case "b": out.append("\u{08}"); index += 1
                case "n": out.append("\n"); index += 1
                case "r": out.append("\r"); index += 1
                case "f": out.append("\u{0C}"); index += 1
                case "\"": out.append("\""); index += 1
                case "'": out.append("'"); index += 1
                case "\\": out.append("\\"); index += 1
                default: out.append(try parseUCHAR())
                }
                continue
            }
            out.append(scalar)
            index += 1
        }
        guard closed else { throw error("unterminated literal") }
        let lexical = String(out)
        if index < scalars.count, scalars[index] == "@" {
            index += 1
            let start = index
            while index < scalars.count, scalars[index] != " ", scalars[index] != "\t" { index += 1 }
            let language = String(String.UnicodeScalarView(scalars[start..<index]))
            guard !language.isEmpty else { throw error("empty language tag") }
            return .literal(RDFLiteral(lexicalForm: lexical, language: language))
        }
        if index + 1 < scalars.count, scalars[index] == "^", scalars[index + 1] == "^" {
            index += 2
            guard index < scalars.count, scalars[index] == "<" else { throw error("expected datatype IRI") }
            return .literal(RDFLiteral(lexicalForm: lexical, datatype: try parseIRI()))
        }
        return .literal(RDFLiteral(lexicalForm: lexical))
    }
}
