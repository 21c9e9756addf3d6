import Crypto
import Foundation

/// The `eddsa-rdfc-2022` Data Integrity cryptosuite: RDFC-1.0 canonicalisation, SHA-256 and Ed25519.
public struct EdDSARDFC2022: Sendable {
    public static let cryptosuite = "eddsa-rdfc-2022"
    public static let proofType = "DataIntegrityProof"

    /// The intermediate values of the transform and hash steps, exposed for diagnostics and tests.
    public struct HashData: Sendable, Equatable {
        public let canonicalDocument: String
        public let canonicalProofConfiguration: String
        public let documentHash: [UInt8]
        public let proofConfigurationHash: [UInt8]

        /// What Ed25519 signs: SHA-256(proof configuration) followed by SHA-256(document).
        public var signingInput: [UInt8] { proofConfigurationHash + documentHash }
    }

    public let processor: JSONLDProcessor
    private let proofConfigurations = ProofConfigurationMemo()

    /// Safe mode is on by default so that data JSON-LD would drop cannot hide outside the signature.
    public init(loader: any DocumentLoader = BundledContextLoader(), safeMode: Bool = true) {
        processor = JSONLDProcessor(loader: loader, safeMode: safeMode)
    }

    /// RDFC-1.0 canonical N-Quads of the document without any `proof` member.
    public func canonicalDocument(_ document: JSONValue) throws -> String {
        try processor.canonicalize(try Self.unsecured(document))
    }

    /// RDFC-1.0 canonical N-Quads of the proof configuration: the options under the document's `@context`.
    public func canonicalProofConfiguration(_ options: ProofOptions, documentContext: JSONValue?) throws -> String {
        try Self.validate(options)
        var configuration = options.json.objectValue ?? [:]
        configuration["@context"] = documentContext
        let document = JSONValue.object(configuration)
        return try proofConfigurations.canonical(for: document) { try processor.canonicalize(document) }
    }

    public func hashData(document: JSONValue, options: ProofOptions) throws -> HashData {
        let unsecured = try Self.unsecured(document)
        let canonicalConfiguration = try canonicalProofConfiguration(options, documentContext: unsecured["@context"])
        let canonicalDocument = try processor.canonicalize(unsecured)
        return HashData(
            canonicalDocument: canonicalDocument,
            canonicalProofConfiguration: canonicalConfiguration,
            documentHash: Array(SHA256.hash(data: Data(canonicalDocument.utf8))),
            proofConfigurationHash: Array(SHA256.hash(data: Data(canonicalConfiguration.utf8))))
    }

    /// Creates the proof over the document (any existing `proof` member is left out of the signed data).
    public func createProof(
        document: JSONValue,
        options: ProofOptions,
        privateKey: Curve25519.Signing.PrivateKey
    ) throws -> DataIntegrityProof {
        let data = try hashData(document: document, options: options)
        let signature = try privateKey.signature(for: data.signingInput)
        return DataIntegrityProof(options: options, proofValue: Multibase.encodeBase58BTC(signature))
    }

    /// Returns the document with the new proof added. Existing proofs are kept and the result is a
    /// proof set (an array); otherwise `proofAsArray` decides, and Open Badges 3.0 requires an array.
    public func sign(
        document: JSONValue,
        options: ProofOptions,
        privateKey: Curve25519.Signing.PrivateKey,
        proofAsArray: Bool = true
    ) throws -> JSONValue {
        guard case .object(var members) = document else {
            throw CredentialError.invalidDocument("a credential must be a JSON object")
        }
        let proof = try createProof(document: document, options: options, privateKey: privateKey).json
        if let existing = members["proof"] {
            members["proof"] = .array(existing.asArray + [proof])
        } else {
            members["proof"] = proofAsArray ? .array([proof]) : proof
        }
        return .object(members)
    }

    /// Verifies one proof over the document (whose own `proof` member, if any, is ignored).
    /// Malformed input throws; a well-formed proof that does not match returns `isVerified == false`.
    public func verify(
        document: JSONValue,
        proof proofJSON: JSONValue,
        publicKey: Curve25519.Signing.PublicKey
    ) throws -> VerificationOutcome {
        let proof = try DataIntegrityProof(json: proofJSON)
        var options = proof.options
        try Self.validate(options)
        guard options.additionalProperties["previousProof"] == nil else {
            throw CredentialError.invalidProof("proof chains (previousProof) are not supported")
        }
        var unsecured = try Self.unsecured(document)
        if let proofContext = options.additionalProperties.removeValue(forKey: "@context") {
            // A proof may carry its own @context only if the document's starts with the same entries.
            let documentContext = unsecured["@context"]?.asArray ?? []
            let required = proofContext.asArray
            guard documentContext.count >= required.count, Array(documentContext.prefix(required.count)) == required else {
                throw CredentialError.invalidProof("the proof's @context is not a prefix of the document's @context")
            }
            if case .object(var members) = unsecured {
                members["@context"] = proofContext
                unsecured = .object(members)
            }
        }
        let signature = try Multibase.decodeProofValue(proof.proofValue)
        let data = try hashData(document: unsecured, options: options)
        let isVerified = publicKey.isValidSignature(signature, for: data.signingInput)
        return VerificationOutcome(isVerified: isVerified, proof: proof, hashData: data)
    }

    /// Verifies the secured document's eddsa-rdfc-2022 proof (optionally the one naming
    /// `verificationMethod`); with several candidates, any one that verifies is enough.
    public func verify(
        securedDocument: JSONValue,
        publicKey: Curve25519.Signing.PublicKey,
        verificationMethod: String? = nil
    ) throws -> VerificationOutcome {
        guard let proofs = securedDocument["proof"] else {
            throw CredentialError.noMatchingProof("the document has no proof")
        }
        let candidates = proofs.asArray.filter { proof in
            proof["type"]?.stringValue == Self.proofType && proof["cryptosuite"]?.stringValue == Self.cryptosuite
                && (verificationMethod == nil || proof["verificationMethod"]?.stringValue == verificationMethod)
        }
        guard !candidates.isEmpty else {
            throw CredentialError.noMatchingProof("no DataIntegrityProof with cryptosuite \(Self.cryptosuite)"
                + (verificationMethod.map { " and verificationMethod \($0)" } ?? ""))
        }
        var firstOutcome: VerificationOutcome?
        for candidate in candidates {
            let outcome = try verify(document: securedDocument, proof: candidate, publicKey: publicKey)
            if outcome.isVerified { return outcome }
            if firstOutcome == nil { firstOutcome = outcome }
        }
        guard let firstOutcome else { throw CredentialError.noMatchingProof("no proof could be checked") }
        return firstOutcome
    }

    static func unsecured(_ document: JSONValue) throws -> JSONValue {
        guard case .object(var members) = document else {
            throw CredentialError.invalidDocument("a credential must be a JSON object")
        }
        members.removeValue(forKey: "proof")
        return .object(members)
    }

    static func validate(_ options: ProofOptions) throws {
        guard options.type == proofType else { throw CredentialError.wrongProofType(found: options.type) }
        guard options.cryptosuite == cryptosuite else { throw CredentialError.wrongCryptosuite(found: options.cryptosuite) }
        if let created = options.created, !ProofOptions.isXMLSchemaDateTime(created) {
            throw CredentialError.invalidProof("created is not an XML Schema dateTime: \(created)")
        }
    }
}

extension Multibase {
    /// An Ed25519 proofValue: base58btc multibase of exactly 64 signature bytes.
    static func decodeProofValue(_ proofValue: String) throws -> [UInt8] {
        let bytes: [UInt8]
        do {
            bytes = try decodeBase58BTC(proofValue)
        } catch let CredentialError.invalidMultibase(detail) {
            throw CredentialError.invalidProofValue(detail)
        }
        guard bytes.count == 64 else {
            throw CredentialError.invalidProofValue("an Ed25519 signature is 64 bytes, proofValue decodes to \(bytes.count)")
        }
        return bytes
    }
}
