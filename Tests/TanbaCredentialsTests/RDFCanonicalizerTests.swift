import Testing
@testable import TanbaCredentials

// Expected outputs were produced independently with pyld's URDNA2015 (identical to RDFC-1.0
// for these inputs); the "shared hashes" case is the worked example of the RDFC-1.0 spec.
@Suite("RDFCanonicalizer")
struct RDFCanonicalizerTests {
    private func canonicalize(_ nquads: String) throws -> String {
        try RDFCanonicalizer.canonicalize(try NQuads.parse(nquads))
    }

    @Test("the RDFC-1.0 shared-hashes example needs Hash N-Degree Quads")
    func sharedHashesExample() throws {
        // setup
        let input = """
            <http://example.com/#p> <http://example.com/#q> _:e0 .
            <http://example.com/#p> <http://example.com/#q> _:e1 .
            _:e0 <http://example.com/#p> _:e2 .
            _:e1 <http://example.com/#p> _:e3 .
            _:e2 <http://example.com/#r> _:e3 .

            """
        let expected = """
            <http://example.com/#p> <http://example.com/#q> _:c14n2 .
            <http://example.com/#p> <http://example.com/#q> _:c14n3 .
            _:c14n0 <http://example.com/#r> _:c14n1 .
            _:c14n2 <http://example.com/#p> _:c14n1 .
            _:c14n3 <http://example.com/#p> _:c14n0 .

            """
        // act
        let canonical = try canonicalize(input)
        // check
        #expect(canonical == expected)
    }

    @Test("two blank nodes in a cycle, identical at first degree")
    func twoNodeCycle() throws {
        // setup
        let input = """
            _:x <http://example.com/#knows> _:y .
            _:y <http://example.com/#knows> _:x .

            """
        // act
        let canonical = try canonicalize(input)
        // check
        #expect(canonical == """
            _:c14n0 <http://example.com/#knows> _:c14n1 .
            _:c14n1 <http://example.com/#knows> _:c14n0 .

            """)
    }

    @Test("two three-node circles joined by a peer link (double circle)")
    func doubleCircle() throws {
        // setup
        let input = """
            _:a <http://example.com/#next> _:b .
            _:b <http://example.com/#next> _:c .
            _:c <http://example.com/#next> _:a .
            _:d <http://example.com/#next> _:e .
            _:e <http://example.com/#next> _:f .
            _:f <http://example.com/#next> _:d .
            _:a <http://example.com/#peer> _:d .
            _:d <http://example.com/#peer> _:a .

            """
        let expected = """
            _:c14n0 <http://example.com/#next> _:c14n2 .
            _:c14n1 <http://example.com/#next> _:c14n0 .
            _:c14n2 <http://example.com/#next> _:c14n1 .
            _:c14n2 <http://example.com/#peer> _:c14n3 .
            _:c14n3 <http://example.com/#next> _:c14n4 .
            _:c14n3 <http://example.com/#peer> _:c14n2 .
            _:c14n4 <http://example.com/#next> _:c14n5 .
            _:c14n5 <http://example.com/#next> _:c14n3 .

            """
        // act
        let canonical = try canonicalize(input)
        // check
        #expect(canonical == expected)
    }

    @Test("blank node graph names and escaped literals")
    func blankGraphNamesAndLiterals() throws {
        // setup
        let input = #"""
            _:s <http://example.com/#p> "tab\there \"quoted\" back\\slash\nnew" _:g .
            _:g <http://example.com/#p> _:s .
            _:t <http://example.com/#p> "x"@en-GB _:g .
            _:t <http://example.com/#q> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .

            """#
        let expected = #"""
            _:c14n0 <http://example.com/#p> "x"@en-GB _:c14n2 .
            _:c14n0 <http://example.com/#q> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .
            _:c14n1 <http://example.com/#p> "tab\there \"quoted\" back\\slash\nnew" _:c14n2 .
            _:c14n2 <http://example.com/#p> _:c14n1 .

            """#
        // act
        let canonical = try canonicalize(input)
        // check
        #expect(canonical == expected)
    }

    @Test("the result does not depend on input order or blank node labels")
    func invariantUnderRelabelling() throws {
        // setup
        let original = """
            _:a <http://example.com/#next> _:b .
            _:b <http://example.com/#next> _:c .
            _:c <http://example.com/#next> _:a .
            _:d <http://example.com/#next> _:e .
            _:e <http://example.com/#next> _:f .
            _:f <http://example.com/#next> _:d .
            _:a <http://example.com/#peer> _:d .
            _:d <http://example.com/#peer> _:a .

            """
        let relabelled = """
            _:n9 <http://example.com/#peer> _:n3 .
            _:n5 <http://example.com/#next> _:n9 .
            _:n3 <http://example.com/#next> _:n1 .
            _:n1 <http://example.com/#next> _:n7 .
            _:n9 <http://example.com/#next> _:n2 .
            _:n7 <http://example.com/#next> _:n3 .
            _:n3 <http://example.com/#peer> _:n9 .
            _:n2 <http://example.com/#next> _:n5 .

            """
        // act
        let first = try canonicalize(original)
        let second = try canonicalize(relabelled)
        // check
        #expect(first == second)
    }

    @Test("duplicate quads collapse and lines are in code point order")
    func deduplicatesAndSorts() throws {
        // setup
        let quad = Quad(subject: .iri("http://example.com/é"), predicate: .iri("http://example.com/p"), object: .literal(RDFLiteral(lexicalForm: "v")))
        let other = Quad(subject: .iri("http://example.com/z"), predicate: .iri("http://example.com/p"), object: .literal(RDFLiteral(lexicalForm: "v")))
        // act
        let canonical = try RDFCanonicalizer.canonicalize([quad, other, quad])
        // check
        #expect(canonical == "<http://example.com/z> <http://example.com/p> \"v\" .\n<http://example.com/é> <http://example.com/p> \"v\" .\n")
    }

    @Test("a fully symmetric graph canonicalises, and the work limit stops runaway input")
    func workLimit() throws {
        // setup
        var lines = ""
        let nodes = (0..<4).map { "k\($0)" }
        for a in nodes {
            for b in nodes where a != b { lines += "_:\(a) <http://example.com/#linked> _:\(b) .\n" }
        }
        let quads = try NQuads.parse(lines)
        // act
        let canonical = try RDFCanonicalizer.canonicalize(quads)
        // check
        #expect(canonical.split(separator: "\n").count == 12)
        #expect(canonical.hasPrefix("_:c14n0 <http://example.com/#linked> _:c14n1 .\n"))
        #expect(throws: CredentialError.canonicalizationLimitExceeded(limit: 10)) {
            try RDFCanonicalizer.canonicalize(quads, workLimit: 10)
        }
    }

    @Test("canonical labels are issued as c14n0, c14n1, ...")
    func canonicalLabels() throws {
        // setup
        let quads = try NQuads.parse("_:only <http://example.com/#p> \"v\" .\n")
        // act
        let labels = try RDFCanonicalizer.canonicalLabels(for: quads)
        // check
        #expect(labels == ["only": "c14n0"])
    }
}
