import Testing
@testable import TanbaCredentials

@Suite("ContextProcessor")
struct ContextProcessorTests {
    let processor = ContextProcessor(loader: BundledContextLoader())

    private func process(_ context: JSONValue) throws -> ActiveContext {
        try processor.process(ActiveContext(), localContext: context, baseURL: nil)
    }

    @Test("VC v2 + OB 3.0.3: protected terms, aliases and a term defined through another term")
    func credentialContexts() throws {
        // act
        let context = try process(["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"])
        // check
        #expect(context.terms["id"]?.iri == "@id")
        #expect(context.terms["type"]?.iri == "@type")
        #expect(context.terms["name"]?.isProtected == true)
        #expect(context.terms["AchievementCredential"]?.iri == "https://purl.imsglobal.org/spec/vc/ob/vocab.html#OpenBadgeCredential")
        #expect(context.terms["awardedDate"]?.typeMapping == "xsd:dateTime")
        #expect(context.terms["VerifiableCredential"]?.localContext != nil)
        #expect(context.vocabularyMapping == nil)
    }

    @Test("a type-scoped context remembers the context to revert to")
    func typeScopedKeepsPrevious() throws {
        // setup
        let base = try process(["https://www.w3.org/ns/credentials/v2"])
        let scoped = try #require(base.terms["VerifiableCredential"]?.localContext)
        // act
        let applied = try processor.process(base, localContext: scoped, baseURL: nil, propagate: false)
        // check
        #expect(applied.previousContext != nil)
        #expect(applied.terms["credentialSubject"]?.typeMapping == "@id")
        #expect(applied.previousContext?.context.terms["credentialSubject"] == nil)
    }

    @Test("compact IRIs expand through prefix terms")
    func compactIRIs() throws {
        // setup
        let context = try process(["ex": "http://example.org/ns#", "knows": "ex:knows"])
        // act / check
        #expect(context.terms["knows"]?.iri == "http://example.org/ns#knows")
        #expect(try context.expandIRI("ex:Thing", vocab: true) == "http://example.org/ns#Thing")
        #expect(try context.expandIRI("did:example:123", documentRelative: true) == "did:example:123")
        #expect(try context.expandIRI("_:b1") == "_:b1")
    }

    static let invalidContextCases: [JSONValue] = [
        ["a": "b:x", "b": "a:y"],
        ["@id": "http://example.org/id"],
        ["t": 5],
        ["t": ["@id": "http://example.org/t", "@container": "@bogus"]],
        ["t": ["@id": "http://example.org/t", "@type": "notAnIRI"]],
        ["noVocab": ["@type": "@id"]],
        ["@version": 1],
    ]

    @Test("cyclic definitions, keyword redefinition and bad values are invalid contexts", arguments: invalidContextCases)
    func invalidContexts(context: JSONValue) {
        // act / check
        #expect(throws: CredentialError.self) { try process(context) }
    }

    @Test("terms of keyword form are ignored, as JSON-LD requires")
    func keywordFormTermsIgnored() throws {
        // act
        let context = try process(["@ignoreMe": "http://example.org/x", "@vocab": "http://example.org/"])
        // check
        #expect(context.terms["@ignoreMe"] == nil)
        #expect(context.vocabularyMapping == "http://example.org/")
    }
}
