import Foundation
import Testing
@testable import TanbaCredentials

// Expected N-Quads for the inline-context documents were cross-checked with pyld (JSON-LD 1.1).
@Suite("JSONLDProcessor")
struct JSONLDProcessorTests {
    let processor = JSONLDProcessor()

    @Test("the test vector credential canonicalises to document-canon.txt")
    func vectorDocumentCanonicalForm() throws {
        // setup
        let vector = try Conformance.vector()
        let expected = try Conformance.text("openbadges-3.0/test-vectors/document-canon.txt")
        // act
        let canonical = try processor.canonicalize(vector.unsignedCredential)
        // check
        #expect(canonical == expected)
    }

    @Test("valid fixtures expand and canonicalise without error, in safe mode too", arguments: [
        "simple.json", "simple-context-alias.json", "simple-context-version.json", "simple-did-web-method.json",
        "simple-err-expired.json", "simple-err-proof-value.json",
    ])
    func fixturesProcess(name: String) throws {
        // setup
        let fixture = try Conformance.fixture(name)
        // act
        let expanded = try processor.expand(fixture)
        let canonical = try JSONLDProcessor(safeMode: true).canonicalize(fixture)
        // check
        #expect(expanded.arrayValue?.count == 1)
        #expect(canonical.contains("<https://purl.imsglobal.org/spec/vc/ob/vocab.html#AchievementSubject>"))
    }

    @Test("fixtures with lists, proof sets and undefined types canonicalise in standard mode", arguments: [
        "simple-multiple-proofs.json", "simple-err-credential-subject-achievement-result-description-type.json",
        "simple-err-credential-subject-identifier-type.json", "simple-err-type.json",
    ])
    func richerFixturesProcess(name: String) throws {
        // setup
        let fixture = try Conformance.fixture(name)
        // act
        let quads = try processor.toRDF(fixture)
        let canonical = try RDFCanonicalizer.canonicalize(quads)
        // check
        #expect(!quads.isEmpty)
        #expect(canonical.hasSuffix(" .\n"))
    }

    @Test("safe mode reports what an undefined type would have dropped")
    func safeModeOnUndefinedType() throws {
        // setup
        let fixture = try Conformance.fixture("simple-err-type.json")
        // act / check
        #expect(throws: CredentialError.droppedData("type OtherCredential is not defined by any context")) {
            try JSONLDProcessor(safeMode: true).canonicalize(fixture)
        }
    }

    @Test("the expanded credential holds its proof in a named graph and full type IRIs")
    func expandedShape() throws {
        // setup
        let fixture = try Conformance.fixture("simple.json")
        // act
        let node = try #require(try processor.expand(fixture).arrayValue?.first)
        // check
        #expect(node["@type"] == ["https://www.w3.org/2018/credentials#VerifiableCredential", "https://purl.imsglobal.org/spec/vc/ob/vocab.html#OpenBadgeCredential"])
        let proof = try #require(node["https://w3id.org/security#proof"]?.arrayValue?.first)
        let proofNode = try #require(proof["@graph"]?.arrayValue?.first)
        #expect(proofNode["@type"] == ["https://w3id.org/security#DataIntegrityProof"])
        #expect(proofNode["https://w3id.org/security#proofPurpose"] == [["@id": "https://w3id.org/security#assertionMethod"]])
    }

    @Test("an unknown @context URL fails with a clear unknownContext error")
    func unknownContext() throws {
        // setup
        let document: JSONValue = ["@context": ["https://www.w3.org/ns/credentials/v2", "https://example.org/never-fetched.jsonld"], "name": "x"]
        // act / check
        #expect(throws: CredentialError.unknownContext(url: "https://example.org/never-fetched.jsonld")) {
            try processor.expand(document)
        }
        #expect(CredentialError.unknownContext(url: "https://example.org/x").description.contains("https://example.org/x"))
    }

    @Test("type-scoped contexts do not propagate to nested nodes; property-scoped ones do")
    func scopedContextPropagation() throws {
        // setup
        let document = try JSONValue(parsing: """
            {"@context": {"@vocab": "http://ex.org/",
               "T": {"@id": "http://ex.org/T", "@context": {"q": "http://other.org/q"}},
               "p": {"@id": "http://ex.org/p", "@context": {"q": "http://prop.org/q"}}},
             "@id": "http://ex.org/s", "@type": "T", "q": "typed",
             "child": {"@id": "http://ex.org/c", "q": "reverted"},
             "p": {"@id": "http://ex.org/d", "q": "prop", "deeper": {"@id": "http://ex.org/e", "q": "still prop"}}}
            """)
        let expected = """
            <http://ex.org/c> <http://ex.org/q> "reverted" .
            <http://ex.org/d> <http://ex.org/deeper> <http://ex.org/e> .
            <http://ex.org/d> <http://prop.org/q> "prop" .
            <http://ex.org/e> <http://prop.org/q> "still prop" .
            <http://ex.org/s> <http://ex.org/child> <http://ex.org/c> .
            <http://ex.org/s> <http://ex.org/p> <http://ex.org/d> .
            <http://ex.org/s> <http://other.org/q> "typed" .
            <http://ex.org/s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://ex.org/T> .

            """
        // act
        let canonical = try processor.canonicalize(document)
        // check
        #expect(canonical == expected)
    }

    @Test("lists, @json, language maps, datatypes, @id/@vocab coercion, @nest, @set and numbers")
    func featureCoverage() throws {
        // setup
        let document = try JSONValue(parsing: #"""
            {"@context": {"@version": 1.1, "@vocab": "http://ex.org/", "xsd": "http://www.w3.org/2001/XMLSchema#",
              "items": {"@id": "http://ex.org/items", "@container": "@list"},
              "data": {"@id": "http://ex.org/data", "@type": "@json"},
              "label": {"@id": "http://ex.org/label", "@container": "@language"},
              "when": {"@id": "http://ex.org/when", "@type": "xsd:date"},
              "link": {"@id": "http://ex.org/link", "@type": "@id"},
              "kind": {"@id": "http://ex.org/kind", "@type": "@vocab"},
              "meta": "@nest",
              "tags": {"@id": "http://ex.org/tags", "@container": "@set"}},
             "@id": "http://ex.org/s",
             "items": ["a", 2, {"n": 1}, []],
             "data": {"z": [1, 2.5, "x"], "a": true, "m": null},
             "label": {"en": "Hello", "fr-CA": ["Bonjour", "Salut"]},
             "when": "2024-01-31",
             "link": "http://ex.org/other",
             "kind": "Gold",
             "meta": {"nested": "inside nest"},
             "tags": ["x", "x", "y"],
             "numbers": [42, 5.0, 1.1, 0.5, -0, 1e3, 1.5e-7, 123456.789, true],
             "escaped": "tab\there \"q\" back\\slash\nline"
            }
            """#)
        let expected = #"""
            <http://ex.org/s> <http://ex.org/data> "{\"a\":true,\"m\":null,\"z\":[1,2.5,\"x\"]}"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON> .
            <http://ex.org/s> <http://ex.org/escaped> "tab\there \"q\" back\\slash\nline" .
            <http://ex.org/s> <http://ex.org/items> _:c14n3 .
            <http://ex.org/s> <http://ex.org/kind> <http://ex.org/Gold> .
            <http://ex.org/s> <http://ex.org/label> "Bonjour"@fr-ca .
            <http://ex.org/s> <http://ex.org/label> "Hello"@en .
            <http://ex.org/s> <http://ex.org/label> "Salut"@fr-ca .
            <http://ex.org/s> <http://ex.org/link> <http://ex.org/other> .
            <http://ex.org/s> <http://ex.org/nested> "inside nest" .
            <http://ex.org/s> <http://ex.org/numbers> "0"^^<http://www.w3.org/2001/XMLSchema#integer> .
            <http://ex.org/s> <http://ex.org/numbers> "1.1E0"^^<http://www.w3.org/2001/XMLSchema#double> .
            <http://ex.org/s> <http://ex.org/numbers> "1.23456789E5"^^<http://www.w3.org/2001/XMLSchema#double> .
            <http://ex.org/s> <http://ex.org/numbers> "1.5E-7"^^<http://www.w3.org/2001/XMLSchema#double> .
            <http://ex.org/s> <http://ex.org/numbers> "1000"^^<http://www.w3.org/2001/XMLSchema#integer> .
            <http://ex.org/s> <http://ex.org/numbers> "42"^^<http://www.w3.org/2001/XMLSchema#integer> .
            <http://ex.org/s> <http://ex.org/numbers> "5"^^<http://www.w3.org/2001/XMLSchema#integer> .
            <http://ex.org/s> <http://ex.org/numbers> "5.0E-1"^^<http://www.w3.org/2001/XMLSchema#double> .
            <http://ex.org/s> <http://ex.org/numbers> "true"^^<http://www.w3.org/2001/XMLSchema#boolean> .
            <http://ex.org/s> <http://ex.org/tags> "x" .
            <http://ex.org/s> <http://ex.org/tags> "y" .
            <http://ex.org/s> <http://ex.org/when> "2024-01-31"^^<http://www.w3.org/2001/XMLSchema#date> .
            _:c14n0 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> .
            _:c14n0 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> .
            _:c14n1 <http://ex.org/n> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .
            _:c14n2 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> _:c14n1 .
            _:c14n2 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> _:c14n0 .
            _:c14n3 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> "a" .
            _:c14n3 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> _:c14n4 .
            _:c14n4 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> "2"^^<http://www.w3.org/2001/XMLSchema#integer> .
            _:c14n4 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> _:c14n2 .

            """#
        // act
        let canonical = try processor.canonicalize(document)
        // check
        #expect(canonical == expected)
    }

    @Test("explicit value objects keep their datatype and language; a string @type on a node becomes an array")
    func explicitValueObjects() throws {
        // setup
        let document = try JSONValue(parsing: """
            {"@context": {"@vocab": "http://ex.org/", "xsd": "http://www.w3.org/2001/XMLSchema#"},
             "@id": "http://ex.org/s", "@type": "Thing",
             "d": {"@value": "2010-01-01", "@type": "xsd:date"}, "l": {"@value": "hi", "@language": "EN"},
             "n": {"@value": 3, "@type": "xsd:decimal"}}
            """)
        let expected = """
            <http://ex.org/s> <http://ex.org/d> "2010-01-01"^^<http://www.w3.org/2001/XMLSchema#date> .
            <http://ex.org/s> <http://ex.org/l> "hi"@en .
            <http://ex.org/s> <http://ex.org/n> "3"^^<http://www.w3.org/2001/XMLSchema#decimal> .
            <http://ex.org/s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://ex.org/Thing> .

            """
        // act
        let expanded = try processor.expand(document)
        let canonical = try processor.canonicalize(document)
        // check
        #expect(expanded.arrayValue?.first?["@type"] == ["http://ex.org/Thing"])
        #expect(canonical == expected)
    }

    @Test("features outside the supported set fail explicitly", arguments: [
        (#"{"@context": {"@base": "http://ex.org/"}, "@id": "a"}"#, "@base with a non-null value"),
        (#"{"@context": {"@import": "http://ex.org/c"}}"#, "@import in a context"),
        (#"{"@context": {"r": {"@reverse": "http://ex.org/p"}}}"#, "@reverse term definition (r)"),
        (#"{"@context": {"@vocab": "http://ex.org/"}, "@reverse": {"p": {"@id": "http://ex.org/x"}}}"#, "@reverse in a document"),
        (#"{"@context": {"@vocab": "http://ex.org/", "m": {"@id": "http://ex.org/m", "@container": "@index"}}, "m": {"k": "v"}}"#, "index, type or id maps (property m)"),
        (#"{"@context": "relative.jsonld"}"#, "relative context reference relative.jsonld"),
    ])
    func unsupportedFeatures(json: String, feature: String) throws {
        // setup
        let document = try JSONValue(parsing: json)
        // act / check
        #expect(throws: CredentialError.unsupportedJSONLDFeature(feature)) { try processor.expand(document) }
    }

    @Test("redefining a protected term differently is an error; identically is allowed")
    func protectedTerms() throws {
        // setup
        let differently: JSONValue = ["@context": ["https://www.w3.org/ns/credentials/v2", ["name": "https://example.org/other-name"]], "name": "x"]
        let identically: JSONValue = ["@context": ["https://www.w3.org/ns/credentials/v2", ["name": "https://schema.org/name"]], "name": "x"]
        // act / check
        #expect(throws: CredentialError.protectedTermRedefinition(term: "name")) { try processor.expand(differently) }
        #expect(try processor.canonicalize(identically) == "_:c14n0 <https://schema.org/name> \"x\" .\n")
    }

    @Test("a null context cannot wipe out protected terms")
    func protectedNullification() {
        // setup
        let document: JSONValue = ["@context": ["https://www.w3.org/ns/credentials/v2", nil], "name": "x"]
        // act / check
        #expect(throws: CredentialError.self) { try processor.expand(document) }
    }

    @Test("blank node subjects, @graph at top level and free-floating values")
    func blankNodesAndGraphs() throws {
        // setup
        let document = try JSONValue(parsing: """
            {"@context": {"@vocab": "http://ex.org/"},
             "@graph": [{"@id": "_:x", "p": {"@id": "_:y"}}, {"@id": "_:y", "p": {"@id": "_:x"}}, {"@id": "http://ex.org/only-id"}]}
            """)
        // act
        let canonical = try processor.canonicalize(document)
        // check
        #expect(canonical == "_:c14n0 <http://ex.org/p> _:c14n1 .\n_:c14n1 <http://ex.org/p> _:c14n0 .\n")
    }
}
