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
        if let text = utcDateTime(date) { return text }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }

    /// The same text as the formatter gives, computed directly: creating an ISO8601DateFormatter
    /// costs more than the rest of building a credential's dates. Nil where the two could differ:
    /// years outside 1583–9999 (the formatter's calendar switches to Julian dates before 1583) and
    /// instants within 0.01 ms of a rounding tie (the formatter rounds to whole milliseconds first).
    static func utcDateTime(_ date: Date) -> String? {
        let exactMillis = (date.timeIntervalSinceReferenceDate + 978_307_200) * 1000
        let millis = exactMillis.rounded()
        guard millis.isFinite, abs(millis) < 1e15, abs(exactMillis - millis) < 0.49 else { return nil }
        let whole = Int64(millis)
        let seconds = whole >= 0 ? whole / 1000 : (whole - 999) / 1000
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        // Civil date from days since 1970-01-01 in the proleptic Gregorian calendar (Hinnant's
        // days_from_civil inverse).
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        guard (1583...9999).contains(year) else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(20)
        func append(_ value: Int64, digits: Int) {
            var divisor: Int64 = 1
            for _ in 1..<digits { divisor *= 10 }
            while divisor > 0 {
                bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
                divisor /= 10
            }
        }
        append(year, digits: 4)
        bytes.append(UInt8(ascii: "-"))
        append(month, digits: 2)
        bytes.append(UInt8(ascii: "-"))
        append(day, digits: 2)
        bytes.append(UInt8(ascii: "T"))
        append(secondOfDay / 3600, digits: 2)
        bytes.append(UInt8(ascii: ":"))
        append(secondOfDay / 60 % 60, digits: 2)
        bytes.append(UInt8(ascii: ":"))
        append(secondOfDay % 60, digits: 2)
        bytes.append(UInt8(ascii: "Z"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// XML Schema 1.1 dateTime lexical form (timezone optional).
    static func isXMLSchemaDateTime(_ text: String) -> Bool {
        guard let regex = xmlSchemaDateTime else { return false }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    // Compiled once rather than on every sign and verify; the pattern is a constant.
    private static let xmlSchemaDateTime = try? NSRegularExpression(
        pattern: #"^-?[0-9]{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]+)?(Z|[+-]((0[0-9]|1[0-3]):[0-5][0-9]|14:00))?$"#)
}
