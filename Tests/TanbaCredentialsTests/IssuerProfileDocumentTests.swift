import Foundation
import Testing
@testable import TanbaCredentials

@Suite("IssuerProfileDocument")
struct IssuerProfileDocumentTests {
    private let first = IssuerKeyStore.generateKey(profileURL: TanbaFixtures.profileURL)
    private var second: IssuerSigningKey { IssuerKeyStore.generateKey(profileURL: TanbaFixtures.profileURL, existingKeyIDs: [first.id]) }

    @Test("the document validates against the conformance Profile schema")
    func schemaValid() throws {
        // setup
        let schema = try JSONSchema(try Conformance.json("openbadges-3.0/schema-profile.json"))
        // act
        let violations = schema.validate(try TanbaFixtures.profileDocument(keys: [first, second], active: second))
        // check
        #expect(violations.isEmpty, "\(violations)")
    }

    @Test("keys are Multikey verification methods controlled by the profile and listed under assertionMethod")
    func keys() throws {
        // act
        let document = try TanbaFixtures.profileDocument(keys: [first], active: first)
        // check
        #expect(document["@context"] == ["https://www.w3.org/ns/credentials/v2",
                                         "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
                                         "https://tanba.example.kz/contexts/tanba-v1.jsonld"])
        #expect(document["id"] == .string(TanbaFixtures.profileURL))
        #expect(document["type"] == ["Profile"])
        #expect(document["verificationMethod"] == [["id": .string(first.id), "type": "Multikey", "controller": .string(TanbaFixtures.profileURL),
                                                   "publicKeyMultibase": .string(first.publicKeyMultibase)]])
        #expect(document["assertionMethod"] == [.string(first.id)])
        #expect(try ControllerDocumentKeyResolver(documents: [TanbaFixtures.profileURL: document]).resolveKey(for: first.id)?
            .publicKey.rawRepresentation == first.privateKey.publicKey.rawRepresentation)
    }

    @Test("the document is JSON-LD that safe mode expands without dropping anything, keys included")
    func expands() throws {
        // setup
        let processor = JSONLDProcessor(loader: TanbaFixtures.loader, safeMode: true)
        // act
        let nquads = try processor.canonicalize(try TanbaFixtures.profileDocument(keys: [first, second], active: second))
        // check
        #expect(nquads.contains("<\(first.id)> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/security#Multikey>"))
        #expect(nquads.contains("<\(TanbaFixtures.profileURL)> <https://w3id.org/security#assertionMethod> <\(second.id)>"))
        #expect(nquads.contains("\"\(first.publicKeyMultibase)\"^^<https://w3id.org/security#multibase>"))
        #expect(nquads.contains("<\(first.id)> <https://w3id.org/security#controller> <\(TanbaFixtures.profileURL)>"))
    }

    @Test("exactly one active key, ids under the profile URL, no duplicates, valid Ed25519 multikeys")
    func rejects() throws {
        // setup
        let profile = TanbaFixtures.profile
        let context = TanbaFixtures.context
        let good = IssuerProfileDocument.Key(id: first.id, publicKeyMultibase: first.publicKeyMultibase, active: true)
        var inactive = good
        inactive.active = false
        var foreign = good
        foreign.id = "https://elsewhere.example/issuer#key-1"
        var broken = good
        broken.publicKeyMultibase = "z6Mk"
        // act / check
        for keys in [[inactive], [good, IssuerProfileDocument.Key(id: second.id, publicKeyMultibase: second.publicKeyMultibase, active: true)],
                     [foreign], [good, inactive], [broken], []] {
            #expect(throws: CredentialInputError.self, "\(keys)") {
                try IssuerProfileDocument.build(profile: profile, keys: keys, extensionContext: context)
            }
        }
    }
}
