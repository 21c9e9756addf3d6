import Foundation

/// The institution as its documents name it (SPEC §1 administrator; 000 App. 1, 004 App. Б-В):
/// names in three languages, where it signs, its BIN, and who signs for it.
public struct InstitutionProfile: Hashable, Sendable, Codable {
    public var fullName: LocalizedText
    public var shortName: LocalizedText
    /// The city printed beside a document's date.
    public var city: LocalizedText
    public var address: String
    /// «БИН», twelve digits.
    public var bin: String
    /// Accreditation held, as the registry application prints it (004 App. Д row 6), e.g.
    /// «институциональная аккредитация IAAR, 2024–2029»; nil until given.
    public var accreditation: String?
    public var signatories: [SignatoryRole: Signatory]

    public init(fullName: LocalizedText = LocalizedText(), shortName: LocalizedText = LocalizedText(),
                city: LocalizedText = LocalizedText(), address: String = "", bin: String = "",
                signatories: [SignatoryRole: Signatory] = [:]) {
        self.fullName = fullName
        self.shortName = shortName
        self.city = city
        self.address = address
        self.bin = bin
        self.signatories = signatories
    }

    /// What issuing needs and this profile lacks: the policy, the full name in every language the
    /// documents may be printed in, the city, and the two signatures every certificate carries.
    public func gaps(policyChosen: Bool) -> [InstitutionSetupGap] {
        var required: [InstitutionField] = LanguageCode.allCases.map { .fullName($0) } + [.city(.russian)]
        for role in [SignatoryRole.rector, .registrarHead] {
            required += [.signatoryName(role), .signatoryInitials(role)]
        }
        let fields = required.filter { self[$0].isEmpty }.map(InstitutionSetupGap.field)
        return (policyChosen ? [] : [.policy]) + fields
    }

    /// The signatory in `role`, nil when nobody is named.
    public func signatory(_ role: SignatoryRole) -> Signatory? {
        guard let signatory = signatories[role], !signatory.isEmpty else { return nil }
        return signatory
    }

    /// One field's stored text.
    public subscript(field: InstitutionField) -> String {
        get {
            switch field {
            case .fullName(let language): fullName[language]
            case .shortName(let language): shortName[language]
            case .city(let language): city[language]
            case .address: address
            case .bin: bin
            case .accreditation: accreditation ?? ""
            case .signatoryName(let role): signatories[role]?.name ?? ""
            case .signatoryInitials(let role): signatories[role]?.initials ?? ""
            case .signatoryTitle(let role, let language): signatories[role]?.title[language] ?? ""
            }
        }
        set {
            switch field {
            case .fullName(let language): fullName[language] = newValue
            case .shortName(let language): shortName[language] = newValue
            case .city(let language): city[language] = newValue
            case .address: address = newValue
            case .bin: bin = newValue
            case .accreditation: accreditation = newValue.isEmpty ? nil : newValue
            case .signatoryName(let role): signatories[role, default: Signatory()].name = newValue
            case .signatoryInitials(let role): signatories[role, default: Signatory()].initials = newValue
            case .signatoryTitle(let role, let language): signatories[role, default: Signatory()].title[language] = newValue
            }
        }
    }

    /// The profile with `changes` applied: only the fields given change, an empty text clears one.
    /// Every problem is named at once and none of the changes is applied when there is one.
    public func applying(_ changes: [InstitutionField: String]) throws(InstitutionProblems) -> InstitutionProfile {
        var result = self
        var problems: [InstitutionProblem] = []
        for field in InstitutionField.all {
            guard let raw = changes[field] else { continue }
            let value = Self.tidy(raw)
            if value.count > field.maximumLength {
                problems.append(.tooLong(field, maximum: field.maximumLength))
            } else if value.unicodeScalars.contains(where: { CharacterSet.controlCharacters.contains($0) }) {
                problems.append(.controlCharacters(field))
            } else if field == .bin, !value.isEmpty, !BusinessIdentificationNumber.isValid(value) {
                problems.append(.invalidBIN(value))
            } else {
                result[field] = value
            }
        }
        guard problems.isEmpty else { throw InstitutionProblems(problems: problems) }
        return result
    }

    /// Runs of spaces become one and the ends are trimmed: names are pasted from other documents.
    static func tidy(_ raw: String) -> String {
        raw.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }).joined(separator: " ")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// One reason a change to the institution's profile was refused.
public enum InstitutionProblem: Hashable, Sendable {
    case tooLong(InstitutionField, maximum: Int)
    case controlCharacters(InstitutionField)
    case invalidBIN(String)
}

/// Every problem of one change, named at once; nothing was changed.
public struct InstitutionProblems: Error, Hashable, Sendable {
    public let problems: [InstitutionProblem]

    public init(problems: [InstitutionProblem]) {
        self.problems = problems
    }
}
