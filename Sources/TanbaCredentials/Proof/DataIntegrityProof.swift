/// A Data Integrity proof as embedded in a secured document: its options plus the multibase `proofValue`.
public struct DataIntegrityProof: Sendable, Equatable {
    public var options: ProofOptions
    public var proofValue: String

    public init(options: ProofOptions, proofValue: String) {
        self.options = options
        self.proofValue = proofValue
    }

    public init(json: JSONValue) throws {
        guard case .object(var members) = json else { throw CredentialError.invalidProof("a proof must be a JSON object") }
        guard let value = members.removeValue(forKey: "proofValue") else {
            throw CredentialError.invalidProofValue("proofValue is missing")
        }
        guard case .string(let proofValue) = value else {
            throw CredentialError.invalidProofValue("proofValue is not a string")
        }
        self.options = try ProofOptions(json: .object(members))
        self.proofValue = proofValue
    }

    public var json: JSONValue {
        var members = options.json.objectValue ?? [:]
        members["proofValue"] = .string(proofValue)
        return .object(members)
    }
}
