import Testing
@testable import TanbaCredentials

@Suite("ControllerDocumentKeyResolver")
struct ControllerDocumentKeyResolverTests {
    let key = "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi"
    let issuer = "https://issuer.example/profile"

    @Test("finds a Multikey listed under verificationMethod by absolute or relative id")
    func verificationMethod() throws {
        // setup
        let absolute = ControllerDocumentKeyResolver(documents: [issuer: VectorIssuers.controllerDocument(issuer, keys: [key])])
        let relative = ControllerDocumentKeyResolver(documents: [issuer: [
            "id": .string(issuer),
            "verificationMethod": [["id": "#key-1", "type": "Multikey", "publicKeyMultibase": .string(key)]],
        ]])
        // act
        let fromAbsolute = try absolute.resolveKey(for: "\(issuer)#\(key)")
        let fromRelative = try relative.resolveKey(for: "\(issuer)#key-1")
        // check
        #expect(fromAbsolute?.controller == issuer)
        #expect(fromRelative?.publicKey.rawRepresentation == fromAbsolute?.publicKey.rawRepresentation)
    }

    @Test("finds a key embedded in assertionMethod, or a verification method keyed by its own URL")
    func embeddedAndDirect() throws {
        // setup
        let method: JSONValue = ["id": .string("\(issuer)#k"), "type": "Multikey", "controller": .string(issuer), "publicKeyMultibase": .string(key)]
        let embedded = ControllerDocumentKeyResolver(documents: [issuer: ["id": .string(issuer), "assertionMethod": [method]]])
        let direct = ControllerDocumentKeyResolver(documents: ["\(issuer)#k": method])
        // act / check
        #expect(try embedded.resolveKey(for: "\(issuer)#k") != nil)
        #expect(try direct.resolveKey(for: "\(issuer)#k")?.controller == issuer)
    }

    @Test("a key missing from the document is not found; one outside assertionMethod is not authorized")
    func refusals() {
        // setup
        var document = VectorIssuers.controllerDocument(issuer, keys: [key]).objectValue ?? [:]
        document["assertionMethod"] = []
        let unauthorized = ControllerDocumentKeyResolver(documents: [issuer: .object(document)])
        let resolver = ControllerDocumentKeyResolver(documents: [issuer: VectorIssuers.controllerDocument(issuer, keys: [key])])
        // act / check
        #expect(throws: KeyResolutionError.notFound(verificationMethod: "\(issuer)#other", controller: issuer)) {
            try resolver.resolveKey(for: "\(issuer)#other")
        }
        #expect(throws: KeyResolutionError.notAuthorized(verificationMethod: "\(issuer)#\(key)", controller: issuer)) {
            try unauthorized.resolveKey(for: "\(issuer)#\(key)")
        }
    }

    @Test("a method of another type or with a bad key is an invalid key")
    func invalidKey() {
        // setup
        let resolver = ControllerDocumentKeyResolver(documents: [issuer: [
            "id": .string(issuer),
            "verificationMethod": [
                ["id": "#jwk", "type": "JsonWebKey", "publicKeyJwk": [:]],
                ["id": "#bad", "type": "Multikey", "publicKeyMultibase": "z6Mk"],
            ],
        ]])
        // act / check
        #expect(throws: KeyResolutionError.self) { try resolver.resolveKey(for: "\(issuer)#jwk") }
        #expect(throws: KeyResolutionError.self) { try resolver.resolveKey(for: "\(issuer)#bad") }
    }

    @Test("documents it does not hold are left to other resolvers")
    func notMine() throws {
        // act / check
        #expect(try ControllerDocumentKeyResolver(documents: [:]).resolveKey(for: "\(issuer)#\(key)") == nil)
    }
}
