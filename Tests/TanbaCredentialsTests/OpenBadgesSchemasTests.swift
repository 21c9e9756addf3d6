import Testing
@testable import TanbaCredentials

@Suite("OpenBadgesSchemas")
struct OpenBadgesSchemasTests {
    @Test("the bundled schemas load and are identical to the conformance copies")
    func bundledMatchConformance() throws {
        // act
        let bundled = [
            try OpenBadgesSchemas.achievementCredential().document,
            try OpenBadgesSchemas.endorsementCredential().document,
            try OpenBadgesSchemas.profile().document,
        ]
        // check
        #expect(bundled[0] == (try Conformance.json("openbadges-3.0/schema-achievementcredential.json")))
        #expect(bundled[1] == (try Conformance.json("openbadges-3.0/schema-endorsementcredential.json")))
        #expect(bundled[2] == (try Conformance.json("openbadges-3.0/schema-profile.json")))
    }

    @Test("the endorsement schema accepts endorsement-valid.json")
    func endorsementValid() throws {
        // act
        let found = try OpenBadgesSchemas.endorsementCredential().validate(try Conformance.fixture("endorsement-valid.json"))
        // check
        #expect(found.isEmpty)
    }

    @Test("the profile schema accepts complete.json's issuer and rejects one with a wrong type")
    func profile() throws {
        // setup
        let schema = try OpenBadgesSchemas.profile()
        let issuer = try Conformance.fixture("complete.json")["issuer"] ?? .null
        var wrong = issuer.objectValue ?? [:]
        wrong["type"] = ["Organization"]
        // act
        let valid = schema.validate(issuer)
        let invalid = schema.validate(.object(wrong))
        // check
        #expect(valid.isEmpty)
        #expect(invalid.map(\.instancePath) == ["/type"])
        #expect(invalid.map(\.keyword) == ["contains"])
    }
}
