import Foundation

/// Everything in a Data Integrity proof except its `proofValue`: what gets canonicalised as the proof configuration.
public struct ProofOptions: Sendable, Equatable {
    public var type: String
    public var cryptosuite: String
    public var verificationMethod: String
    public var proofPurpose: String
    /// XML Schema dateTime, e.g. "2010-01-01T19:23:24Z".
    public var created: String?
    /// Other proof members (expires, domain, challenge, nonce, id, @context, ...), signed as given.
    public var additionalProperties: [String: JSONValue]

    static let reservedKeys: Set<String> = ["type", "cryptosuite", "verificationMethod", "proofPurpose", "created", "proofValue"]

    public init(
        verificationMethod: String,
        proofPurpose: String = "assertionMethod",
        created: String? = nil,
        type: String = EdDSARDFC2022.proofType,
        cryptosuite: String = EdDSARDFC2022.cryptosuite,
        additionalProperties: [String: JSONValue] = [:]
    ) {
        self.type = type
        self.cryptosuite = cryptosuite
        self.verificationMethod = verificationMethod
        self.proofPurpose = proofPurpose
        self.created = created
        self.additionalProperties = additionalProperties.filter { !Self.reservedKeys.contains($0.key) }
    }

    /// Reads proof options from JSON; a `proofValue` member is refused, since options are what gets signed.
    public init(json: JSONValue) throws {
        guard case .object(let members) = json else { throw CredentialError.invalidProof("proof options must be a JSON object") }
        guard members["proofValue"] == nil else {
            throw CredentialError.invalidProof("proof options must not contain proofValue")
        }
        func requiredString(_ key: String) throws -> String {
            guard case .string(let value)? = members[key] else {
                throw CredentialError.invalidProof("\(key) is missing or not a string")
            }
            return value
        }
        var created: String?
        if let createdValue = members["created"] {
            guard case .string(let value) = createdValue else { throw CredentialError.invalidProof("created is not a string") }
            created = value
        }
        self.init(
            verificationMethod: try requiredString("verificationMethod"),
            proofPurpose: try requiredString("proofPurpose"),
            created: created,
            type: try requiredString("type"),
            cryptosuite: try requiredString("cryptosuite"),
            additionalProperties: members)
    }

    public var json: JSONValue {
        var members = additionalProperties
        members["type"] = .string(type)
        members["cryptosuite"] = .string(cryptosuite)
        members["verificationMethod"] = .string(verificationMethod)
        members["proofPurpose"] = .string(proofPurpose)
        if let created { members["created"] = .string(created) }
        return .object(members)
    }

    /// Formats a date as the UTC, whole-second XML Schema dateTime proofs conventionally carry.
    public static func dateTime(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    /// XML Schema 1.1 dateTime lexical form (timezone optional).
    static func isXMLSchemaDateTime(_ text: String) -> Bool {
        let pattern = #"^-?[0-9]{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]+)?(Z|[+-]((0[0-9]|1[0-3]):[0-5][0-9]|14:00))?$"#
        return text.range(of: pattern, options: .regularExpression) != nil
    }
}
