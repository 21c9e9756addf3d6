import Testing
@testable import TanbaCredentials

@Suite("BundledContextLoader")
struct BundledContextLoaderTests {
    @Test("every bundled context URL loads a document with an @context", arguments: Array(BundledContextLoader.bundledContextFiles.keys))
    func bundledContextsLoad(url: String) throws {
        // act
        let document = try BundledContextLoader().loadContext(url)
        // check
        #expect(document["@context"]?.objectValue != nil)
    }

    @Test("the bundled resources are byte-identical to the conformance contexts")
    func matchesConformanceCopies() throws {
        // setup
        let loader = BundledContextLoader()
        // act / check
        for (url, file) in BundledContextLoader.bundledContextFiles where file != "ob-v3p0-extensions.json" {
            #expect(try loader.loadContext(url) == Conformance.json("contexts/\(file)"))
        }
    }

    @Test("an unknown URL fails with unknownContext and is never fetched")
    func unknownURL() {
        // act / check
        #expect(throws: CredentialError.unknownContext(url: "https://www.w3.org/2018/credentials/v1")) {
            try BundledContextLoader().loadContext("https://www.w3.org/2018/credentials/v1")
        }
    }

    @Test("contexts registered by the app are served and take precedence")
    func additionalContexts() throws {
        // setup
        let custom: JSONValue = ["@context": ["level": "https://tanba.example/vocab#level"]]
        let loader = BundledContextLoader(additionalContexts: [
            "https://tanba.example/context/v1": custom,
            "https://www.w3.org/ns/credentials/v2": custom,
        ])
        // act / check
        #expect(try loader.loadContext("https://tanba.example/context/v1") == custom)
        #expect(try loader.loadContext("https://www.w3.org/ns/credentials/v2") == custom)
    }
}
