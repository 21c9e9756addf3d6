import Crypto
import Foundation
import Testing
@testable import TanbaCredentials

@Suite("EdDSARDFC2022")
struct EdDSARDFC2022Tests {
    let suite = EdDSARDFC2022()

    private func vectorKey(_ vector: Conformance.Vector) throws -> Curve25519.Signing.PrivateKey {
        try Ed25519Multikey.privateKey(seed: vector.bytes("privateKeyHex"))
    }

    @Test("reproduces every intermediate value of the Open Badges 3.0 test vector")
    func reproducesVector() throws {
        // setup
        let vector = try Conformance.vector()
        let options = try ProofOptions(json: vector.proofOptions)
        let expectedDocument = try Conformance.text("openbadges-3.0/test-vectors/document-canon.txt")
        let expectedProof = try Conformance.text("openbadges-3.0/test-vectors/proof-canon.txt")
        // act
        let data = try suite.hashData(document: vector.unsignedCredential, options: options)
        let proof = try suite.createProof(document: vector.unsignedCredential, options: options, privateKey: try vectorKey(vector))
        // check
        #expect(data.canonicalDocument == expectedDocument)
        #expect(data.canonicalProofConfiguration == expectedProof)
        #expect(data.documentHash.hexString == vector.expected("documentHashHex"))
        #expect(data.proofConfigurationHash.hexString == vector.expected("proofHashHex"))
        let signature = try Multibase.decodeBase58BTC(proof.proofValue)
        #expect(signature.hexString == vector.expected("signatureHex"))
        #expect(proof.proofValue == vector.expected("proofValue"))
    }

    @Test("a suite that remembers its last proof configuration still canonicalises new options afresh")
    func proofConfigurationMemo() throws {
        // setup: one suite signs with the vector's options, then with another creation time.
        let vector = try Conformance.vector()
        let options = try ProofOptions(json: vector.proofOptions)
        var later = options
        later.created = "2030-05-06T07:08:09Z"
        let expectedProof = try Conformance.text("openbadges-3.0/test-vectors/proof-canon.txt")
        // act
        let first = try suite.hashData(document: vector.unsignedCredential, options: options)
        let second = try suite.hashData(document: vector.unsignedCredential, options: later)
        let again = try suite.hashData(document: vector.unsignedCredential, options: options)
        let fresh = try EdDSARDFC2022().hashData(document: vector.unsignedCredential, options: later)
        // check
        #expect(first.canonicalProofConfiguration == expectedProof)
        #expect(second.canonicalProofConfiguration == fresh.canonicalProofConfiguration)
        #expect(second.canonicalProofConfiguration.contains("2030-05-06T07:08:09Z"))
        #expect(second.proofConfigurationHash != first.proofConfigurationHash)
        #expect(again == first)
    }

    @Test("sign adds the proof as an array and the signed vector verifies")
    func signedVectorVerifies() throws {
        // setup
        let vector = try Conformance.vector()
        let options = try ProofOptions(json: vector.proofOptions)
        let publicKey = try Ed25519Multikey(publicKeyMultibase: vector.string("publicKeyMultibase")).publicKey
        // act
        let signed = try suite.sign(document: vector.unsignedCredential, options: options, privateKey: try vectorKey(vector))
        let outcome = try suite.verify(securedDocument: signed, publicKey: publicKey)
        // check
        #expect(signed["proof"]?.arrayValue?.count == 1)
        #expect(signed["proof"]?.arrayValue?.first?["proofValue"]?.stringValue == vector.expected("proofValue"))
        #expect(outcome.isVerified)
        try outcome.requireVerified()
    }

    @Test("changing one character of the credential name makes verification fail")
    func tamperedNameFails() throws {
        // setup
        let vector = try Conformance.vector()
        let options = try ProofOptions(json: vector.proofOptions)
        let publicKey = try Ed25519Multikey(publicKeyMultibase: vector.string("publicKeyMultibase")).publicKey
        let signed = try suite.sign(document: vector.unsignedCredential, options: options, privateKey: try vectorKey(vector))
        guard case .object(var members) = signed else { Issue.record("signed credential is not an object"); return }
        members["name"] = "Teamwork Badgf"
        // act
        let outcome = try suite.verify(securedDocument: .object(members), publicKey: publicKey)
        // check
        #expect(!outcome.isVerified)
        #expect(throws: CredentialError.signatureMismatch) { try outcome.requireVerified() }
    }

    @Test("a proof signed by another key does not verify")
    func wrongKeyFails() throws {
        // setup
        let vector = try Conformance.vector()
        let options = try ProofOptions(json: vector.proofOptions)
        let signed = try suite.sign(document: vector.unsignedCredential, options: options, privateKey: try vectorKey(vector))
        let otherKey = Curve25519.Signing.PrivateKey().publicKey
        // act
        let outcome = try suite.verify(securedDocument: signed, publicKey: otherKey)
        // check
        #expect(!outcome.isVerified)
    }

    @Test("a tampered proof option (created) makes verification fail")
    func tamperedProofOptionFails() throws {
        // setup
        let vector = try Conformance.vector()
        let options = try ProofOptions(json: vector.proofOptions)
        let publicKey = try Ed25519Multikey(publicKeyMultibase: vector.string("publicKeyMultibase")).publicKey
        var proof = try suite.createProof(document: vector.unsignedCredential, options: options, privateKey: try vectorKey(vector))
        proof.options.created = "2010-01-01T19:23:25Z"
        // act
        let outcome = try suite.verify(document: vector.unsignedCredential, proof: proof.json, publicKey: publicKey)
        // check
        #expect(!outcome.isVerified)
    }

    @Test("the simple.json fixture, signed with the vector's key, verifies offline")
    func fixtureSimpleVerifies() throws {
        // setup
        let vector = try Conformance.vector()
        let publicKey = try Ed25519Multikey(publicKeyMultibase: vector.string("publicKeyMultibase")).publicKey
        // act
        let simple = try suite.verify(securedDocument: try Conformance.fixture("simple.json"), publicKey: publicKey)
        let multiple = try suite.verify(securedDocument: try Conformance.fixture("simple-multiple-proofs.json"), publicKey: publicKey)
        // check
        #expect(simple.isVerified)
        #expect(multiple.isVerified)
    }

    @Test("the simple-err-proof-value fixture does not verify")
    func fixtureBadProofValueFails() throws {
        // setup
        let vector = try Conformance.vector()
        let publicKey = try Ed25519Multikey(publicKeyMultibase: vector.string("publicKeyMultibase")).publicKey
        let fixture = try Conformance.fixture("simple-err-proof-value.json")
        // act
        let outcome: VerificationOutcome
        do {
            outcome = try suite.verify(securedDocument: fixture, publicKey: publicKey)
        } catch let error as CredentialError {
            // a proofValue that is not even 64 base58 bytes is rejected before hashing
            guard case .invalidProofValue = error else { throw error }
            return
        }
        // check
        #expect(!outcome.isVerified)
    }

    @Test("a proof with another cryptosuite is refused with wrongCryptosuite")
    func wrongCryptosuite() throws {
        // setup
        let vector = try Conformance.vector()
        let publicKey = try Ed25519Multikey(publicKeyMultibase: vector.string("publicKeyMultibase")).publicKey
        var proof = vector.proofOptions.objectValue ?? [:]
        proof["cryptosuite"] = "eddsa-2022"
        proof["proofValue"] = .string(vector.expected("proofValue"))
        // act / check
        #expect(throws: CredentialError.wrongCryptosuite(found: "eddsa-2022")) {
            try suite.verify(document: vector.unsignedCredential, proof: .object(proof), publicKey: publicKey)
        }
    }

    @Test("a malformed proofValue is refused with invalidProofValue")
    func malformedProofValue() throws {
        // setup
        let vector = try Conformance.vector()
        let publicKey = try Ed25519Multikey(publicKeyMultibase: vector.string("publicKeyMultibase")).publicKey
        var proof = vector.proofOptions.objectValue ?? [:]
        proof["proofValue"] = .string("u" + vector.expected("proofValue").dropFirst())
        var shortProof = proof
        shortProof["proofValue"] = "z3yMtsJ5"
        // act / check
        #expect(throws: CredentialError.self) {
            try suite.verify(document: vector.unsignedCredential, proof: .object(proof), publicKey: publicKey)
        }
        do {
            _ = try suite.verify(document: vector.unsignedCredential, proof: .object(shortProof), publicKey: publicKey)
            Issue.record("a short proofValue was accepted")
        } catch let error as CredentialError {
            guard case .invalidProofValue = error else { Issue.record("unexpected error \(error)"); return }
        }
    }

    @Test("a document with no eddsa-rdfc-2022 proof reports noMatchingProof")
    func noMatchingProof() throws {
        // setup
        let vector = try Conformance.vector()
        let publicKey = try Ed25519Multikey(publicKeyMultibase: vector.string("publicKeyMultibase")).publicKey
        // act / check
        #expect(throws: CredentialError.self) {
            try suite.verify(securedDocument: vector.unsignedCredential, publicKey: publicKey)
        }
    }

    @Test("a fresh key signs and verifies a credential with an app-registered extension context")
    func freshKeyRoundTrip() throws {
        // setup
        let extensionContext: JSONValue = [
            "@context": [
                "@protected": true,
                "tanbaLevel": "https://tanba.example/vocab#level",
            ],
        ]
        let loader = BundledContextLoader(additionalContexts: ["https://tanba.example/context/v1": extensionContext])
        let suite = EdDSARDFC2022(loader: loader)
        var credential = try Conformance.vector().unsignedCredential.objectValue ?? [:]
        credential["@context"] = [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
            "https://tanba.example/context/v1",
        ]
        credential["tanbaLevel"] = "gold"
        let key = Curve25519.Signing.PrivateKey()
        let multikey = Ed25519Multikey(publicKey: key.publicKey).publicKeyMultibase
        let options = ProofOptions(
            verificationMethod: "did:key:\(multikey)#\(multikey)",
            created: ProofOptions.dateTime(Date(timeIntervalSince1970: 1_700_000_000)))
        // act
        let signed = try suite.sign(document: .object(credential), options: options, privateKey: key)
        let outcome = try suite.verify(securedDocument: signed, publicKey: key.publicKey)
        // check
        #expect(options.created == "2023-11-14T22:13:20Z")
        #expect(outcome.isVerified)
        #expect(outcome.hashData.canonicalDocument.contains("<https://tanba.example/vocab#level> \"gold\""))
    }

    @Test("safe mode refuses to sign a credential with a property no context defines")
    func safeModeRefusesUndefinedTerm() throws {
        // setup
        let vector = try Conformance.vector()
        var credential = vector.unsignedCredential.objectValue ?? [:]
        credential["notInAnyContext"] = "unsigned data"
        let options = try ProofOptions(json: vector.proofOptions)
        // act / check
        #expect(throws: CredentialError.droppedData("property notInAnyContext is not defined by any context")) {
            try suite.sign(document: .object(credential), options: options, privateKey: try vectorKey(vector))
        }
    }
}
