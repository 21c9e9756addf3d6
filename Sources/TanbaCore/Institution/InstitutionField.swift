import Foundation

/// One setting of the institution's profile. Its key names the settings form's field and, with
/// hyphens, the `tanba setup` flag (`full_name_kk`, `--full-name-kk`).
public enum InstitutionField: Hashable, Sendable {
    case fullName(LanguageCode)
    case shortName(LanguageCode)
    case city(LanguageCode)
    case address
    case bin
    /// Accreditation held (004 App. Д row 6).
    case accreditation
    case signatoryName(SignatoryRole)
    case signatoryInitials(SignatoryRole)
    case signatoryTitle(SignatoryRole, LanguageCode)

    /// Every field, in the order the settings page and `tanba setup --help` list them.
    public static let all: [InstitutionField] = {
        var fields: [InstitutionField] = LanguageCode.allCases.map { .fullName($0) } + LanguageCode.allCases.map { .shortName($0) }
            + LanguageCode.allCases.map { .city($0) } + [.address, .bin, .accreditation]
        for role in SignatoryRole.allCases {
            fields += [.signatoryName(role), .signatoryInitials(role)] + LanguageCode.allCases.map { .signatoryTitle(role, $0) }
        }
        return fields
    }()

    public var key: String {
        switch self {
        case .fullName(let language): "full_name_\(language.rawValue)"
        case .shortName(let language): "short_name_\(language.rawValue)"
        case .city(let language): "city_\(language.rawValue)"
        case .address: "address"
        case .bin: "bin"
        case .accreditation: "accreditation"
        case .signatoryName(let role): "\(role.rawValue)_name"
        case .signatoryInitials(let role): "\(role.rawValue)_initials"
        case .signatoryTitle(let role, let language): "\(role.rawValue)_title_\(language.rawValue)"
        }
    }

    public init?(key: String) {
        guard let field = Self.all.first(where: { $0.key == key }) else { return nil }
        self = field
    }

    /// The longest text the field takes: names of institutions run long («НАО «…» имени …»).
    public var maximumLength: Int {
        switch self {
        case .fullName, .address, .accreditation: 500
        case .bin: 12
        default: 200
        }
    }
}

/// What is still missing before certificates can be issued; `tanba serve` names it at start.
public enum InstitutionSetupGap: Hashable, Sendable {
    /// No policy preset chosen yet: the AITU rules only stand in until one is.
    case policy
    case field(InstitutionField)
}
