/// The awarding body as Open Badges 3.0 describes it (`Profile`): embedded as each credential's
/// `issuer`, and, with its keys, published at `id` as the issuer profile document.
public struct IssuerProfile: Sendable, Equatable {
    /// The profile URL; the app serves the issuer profile document here, and key ids are fragments of it.
    public var id: String
    /// Official name of the institution (EU: awarding body).
    public var name: String
    /// The institution's home page.
    public var url: String?
    /// ISO 3166-1 alpha-2 country code (EU: country of the issuer); "KZ" for Tanba's institutions.
    public var countryCode: String
    public var email: String?
    /// Kazakhstan business identification number (БИН), published as an `otherIdentifier`
    /// so the awarding body can be matched to the national register.
    public var businessIdentificationNumber: String?

    public init(id: String, name: String, url: String? = nil, countryCode: String = "KZ", email: String? = nil,
                businessIdentificationNumber: String? = nil) {
        self.id = id
        self.name = name
        self.url = url
        self.countryCode = countryCode
        self.email = email
        self.businessIdentificationNumber = businessIdentificationNumber
    }

    /// `identifierType` of the BIN entry; OB 3.0 lets issuers extend the enumeration with "ext:".
    public static let businessIdentificationNumberType = "ext:BIN"

    func validate(field: String) throws {
        try InputCheck.httpURL(id, field + ".id")
        guard !id.contains("#") else {
            throw CredentialInputError(field: field + ".id", reason: "must not contain a fragment: key ids are fragments of it")
        }
        try InputCheck.nonEmpty(name, field + ".name")
        if let url { try InputCheck.httpURL(url, field + ".url") }
        guard countryCode.count == 2, countryCode.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            throw CredentialInputError(field: field + ".countryCode", reason: "must be an ISO 3166-1 alpha-2 code such as \"KZ\"")
        }
        if let email {
            guard email.contains("@"), !email.contains(where: \.isWhitespace) else {
                throw CredentialInputError(field: field + ".email", reason: "is not an email address")
            }
        }
        if let bin = businessIdentificationNumber {
            guard bin.count == 12, bin.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw CredentialInputError(field: field + ".businessIdentificationNumber", reason: "a BIN is 12 digits")
            }
        }
    }

    /// The OB 3.0 `Profile` object (no `@context`: embedded, or completed by `IssuerProfileDocument`).
    func json() -> [String: JSONValue] {
        var profile: [String: JSONValue] = [
            "id": .string(id),
            "type": ["Profile"],
            "name": .string(name),
            "address": ["type": ["Address"], "addressCountryCode": .string(countryCode)],
        ]
        if let url { profile["url"] = .string(url) }
        if let email { profile["email"] = .string(email) }
        if let bin = businessIdentificationNumber {
            profile["otherIdentifier"] = [["type": "IdentifierEntry", "identifier": .string(bin),
                                           "identifierType": .string(Self.businessIdentificationNumberType)]]
        }
        return profile
    }
}
