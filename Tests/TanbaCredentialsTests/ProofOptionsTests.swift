import Foundation
import Testing
@testable import TanbaCredentials

@Suite("ProofOptions and DataIntegrityProof")
struct ProofOptionsTests {
    @Test("proof options read from and write back to the vector's JSON")
    func jsonRoundTrip() throws {
        // setup
        let vector = try Conformance.vector()
        // act
        let options = try ProofOptions(json: vector.proofOptions)
        // check
        #expect(options.type == "DataIntegrityProof")
        #expect(options.cryptosuite == "eddsa-rdfc-2022")
        #expect(options.created == "2010-01-01T19:23:24Z")
        #expect(options.proofPurpose == "assertionMethod")
        #expect(options.additionalProperties.isEmpty)
        #expect(options.json == vector.proofOptions)
    }

    @Test("extra members such as expires are kept and signed")
    func additionalMembers() throws {
        // setup
        let json: JSONValue = [
            "type": "DataIntegrityProof", "cryptosuite": "eddsa-rdfc-2022", "proofPurpose": "assertionMethod",
            "verificationMethod": "did:key:z6Mk#z6Mk", "expires": "2030-01-01T00:00:00Z",
        ]
        // act
        let options = try ProofOptions(json: json)
        // check
        #expect(options.additionalProperties == ["expires": "2030-01-01T00:00:00Z"])
        #expect(options.json == json)
    }

    @Test("options with a proofValue or missing members are refused")
    func refusesMalformed() {
        // act / check
        #expect(throws: CredentialError.invalidProof("proof options must not contain proofValue")) {
            try ProofOptions(json: ["type": "DataIntegrityProof", "proofValue": "z1"])
        }
        #expect(throws: CredentialError.invalidProof("verificationMethod is missing or not a string")) {
            try ProofOptions(json: ["type": "DataIntegrityProof", "cryptosuite": "eddsa-rdfc-2022", "proofPurpose": "assertionMethod"])
        }
        #expect(throws: CredentialError.invalidProofValue("proofValue is missing")) {
            try DataIntegrityProof(json: ["type": "DataIntegrityProof"])
        }
    }

    @Test("dateTime formats UTC whole seconds; the validator accepts XML Schema dateTimes only")
    func dateTimes() {
        // act / check
        #expect(ProofOptions.dateTime(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
        #expect(ProofOptions.isXMLSchemaDateTime("2010-01-01T19:23:24Z"))
        #expect(ProofOptions.isXMLSchemaDateTime("2010-01-01T19:23:24.123+02:00"))
        #expect(ProofOptions.isXMLSchemaDateTime("2010-01-01T19:23:24"))
        #expect(!ProofOptions.isXMLSchemaDateTime("2010-01-01 19:23:24Z"))
        #expect(!ProofOptions.isXMLSchemaDateTime("2010-13-01T19:23:24Z"))
    }

    @Test("creating a proof with an invalid created value fails before signing")
    func invalidCreated() throws {
        // setup
        let vector = try Conformance.vector()
        var options = try ProofOptions(json: vector.proofOptions)
        options.created = "yesterday"
        let key = try Ed25519Multikey.privateKey(seed: vector.bytes("privateKeyHex"))
        // act / check
        #expect(throws: CredentialError.invalidProof("created is not an XML Schema dateTime: yesterday")) {
            try EdDSARDFC2022().createProof(document: vector.unsignedCredential, options: options, privateKey: key)
        }
    }
}
