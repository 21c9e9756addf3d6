import Testing
@testable import TanbaCredentials

@Suite("TanbaExtensionContext")
struct TanbaExtensionContextTests {
    @Test("served under the public URL, terms under the context's own IRI by default")
    func urls() {
        // act
        let context = TanbaExtensionContext(publicURL: "https://tanba.example.kz/")
        let custom = TanbaExtensionContext(publicURL: "https://tanba.example.kz", vocabulary: "https://w3id.org/tanba/v1#")
        // check
        #expect(context.url == "https://tanba.example.kz/contexts/tanba-v1.jsonld")
        #expect(context.iri(of: "assessmentType") == "https://tanba.example.kz/contexts/tanba-v1.jsonld#assessmentType")
        #expect(custom.iri(of: "qualityAssurance") == "https://w3id.org/tanba/v1#qualityAssurance")
    }

    @Test("the document is protected and defines every extension term")
    func document() {
        // act
        let terms = TanbaFixtures.context.document["@context"]
        // check
        #expect(terms?["@protected"] == true)
        for term in TanbaExtensionContext.extensionTerms {
            #expect(terms?[term]?["@id"] == .string(TanbaFixtures.context.iri(of: term)), "\(term)")
        }
        #expect(terms?["Multikey"]?["@context"]?["publicKeyMultibase"] != nil)
    }

    @Test("registered in the loader it is served offline beside the bundled contexts")
    func loader() throws {
        // setup
        let loader = TanbaFixtures.context.documentLoader()
        // act / check
        #expect(try loader.loadContext(TanbaFixtures.context.url) == TanbaFixtures.context.document)
        #expect(try loader.loadContext("https://www.w3.org/ns/credentials/v2")["@context"] != nil)
        #expect(TanbaFixtures.context.additionalContexts.keys.sorted() == [TanbaFixtures.context.url])
    }

    @Test("a later context cannot redefine a protected Tanba term")
    func protectedTerms() throws {
        // setup
        let processor = JSONLDProcessor(loader: TanbaFixtures.loader, safeMode: true)
        let document: JSONValue = [
            "@context": [.string(TanbaFixtures.context.url), ["assessmentType": "https://evil.example/assessmentType"]],
            "assessmentType": "none",
        ]
        // act / check
        #expect(throws: CredentialError.protectedTermRedefinition(term: "assessmentType")) { try processor.expand(document) }
    }
}
