import Testing
@testable import TanbaCredentials

@Suite("NQuads")
struct NQuadsTests {
    @Test("literals use ECHAR for \\b \\t \\n \\f \\r \\\" \\\\ and UCHAR for other control characters")
    func literalEscaping() {
        // setup
        let literal = RDFLiteral(lexicalForm: "a\u{08}b\tc\nd\u{0C}e\rf\"g\\h\u{01}i\u{1F}j\u{7F}k é ✓")
        let quad = Quad(subject: .iri("http://example.com/s"), predicate: .iri("http://example.com/p"), object: .literal(literal))
        // act
        let line = NQuads.line(for: quad)
        // check
        #expect(line == #"<http://example.com/s> <http://example.com/p> "a\bb\tc\nd\fe\rf\"g\\h\u0001i\u001Fj\u007Fk é ✓" ."# + "\n")
    }

    @Test("IRIs escape characters IRIREF forbids instead of breaking the line")
    func iriEscaping() {
        // setup
        let quad = Quad(subject: .iri("http://example.com/a b>c"), predicate: .iri("http://example.com/p"), object: .iri("http://example.com/o"))
        // act
        let line = NQuads.line(for: quad)
        // check
        #expect(line == #"<http://example.com/a\u0020b\u003Ec> <http://example.com/p> <http://example.com/o> ."# + "\n")
    }

    @Test("language tags, datatypes and xsd:string literals serialise canonically")
    func literalForms() {
        // setup
        let subject = RDFTerm.iri("http://example.com/s")
        let predicate = RDFTerm.iri("http://example.com/p")
        let quads = [
            Quad(subject: subject, predicate: predicate, object: .literal(RDFLiteral(lexicalForm: "plain"))),
            Quad(subject: subject, predicate: predicate, object: .literal(RDFLiteral(lexicalForm: "hallo", language: "de"))),
            Quad(subject: subject, predicate: predicate, object: .literal(RDFLiteral(lexicalForm: "1", datatype: "http://www.w3.org/2001/XMLSchema#integer")), graph: .blankNode("g")),
        ]
        // act
        let text = NQuads.serialize(quads)
        // check
        #expect(text == """
            <http://example.com/s> <http://example.com/p> "plain" .
            <http://example.com/s> <http://example.com/p> "hallo"@de .
            <http://example.com/s> <http://example.com/p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> _:g .

            """)
    }

    @Test("parsing and serialising round-trips, escapes included")
    func roundTrip() throws {
        // setup
        let text = #"""
            _:b0 <http://example.com/p> "x\ty\"z\\\n\u0001" _:g1 .
            <http://example.com/s> <http://example.com/p> "chat"@fr .
            <http://example.com/s> <http://example.com/q> _:b0.

            """#
        // act
        let quads = try NQuads.parse(text)
        let reparsed = try NQuads.parse(NQuads.serialize(quads))
        // check
        #expect(quads.count == 3)
        #expect(quads == reparsed)
        #expect(quads[2].object == .blankNode("b0"))
    }

    @Test("malformed lines are rejected with the line number")
    func rejectsMalformed() {
        // setup
        let text = "<http://example.com/s> \"literal predicate\" <http://example.com/o> .\n"
        // act / check
        #expect(throws: CredentialError.invalidNQuads("line 1: predicate must be an IRI")) {
            try NQuads.parse(text)
        }
    }
}
