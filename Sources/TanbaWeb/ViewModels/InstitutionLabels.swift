import Vapor
import TanbaCore
import TanbaPersistence

extension Request {
    /// A profile field as messages name it: «Полное наименование (казахский)», «Ректор: ФИО». Within
    /// the settings page's section of a signatory, the role is its heading and is left out.
    func label(_ field: InstitutionField, withinSection: Bool = false) -> String {
        let language = { (code: LanguageCode) in " (" + self.t("language.\(code.rawValue)") + ")" }
        let role = { (role: SignatoryRole) in withinSection ? "" : self.t("certificate.signatory.\(role.rawValue)") + ": " }
        return switch field {
        case .fullName(let code): t("institution.field.full_name") + language(code)
        case .shortName(let code): t("institution.field.short_name") + language(code)
        case .city(let code): t("institution.field.city") + language(code)
        case .address: t("institution.field.address")
        case .bin: t("institution.field.bin")
        case .accreditation: t("institution.field.accreditation")
        case .signatoryName(let signatory): role(signatory) + t("institution.field.signatory_name")
        case .signatoryInitials(let signatory): role(signatory) + t("institution.field.signatory_initials")
        case .signatoryTitle(let signatory, let code): role(signatory) + t("institution.field.signatory_title") + language(code)
        }
    }

    /// What issuing waits for, named as on the settings page.
    func label(_ gap: InstitutionSetupGap) -> String {
        switch gap {
        case .policy: t("institution.field.policy")
        case .field(let field): label(field)
        }
    }

    /// The refusal of issuing before the institution is set up, naming what is missing.
    func notSetUpMessage(_ gaps: [InstitutionSetupGap]) -> String {
        t("institution.error.not_set_up", ["missing": gaps.map { label($0) }.joined(separator: "; ")])
    }

    /// Every problem of a refused settings change, one message each.
    func messages(for error: InstitutionSettingsError) -> [String] {
        switch error {
        case .forbidden: [t("error.forbidden")]
        case .unknownPolicy(let name):
            [t("validation.value_unknown", ["field": t("institution.field.policy"), "value": name])]
        case .unknownDocumentLanguage(let code):
            [t("validation.value_unknown", ["field": t("admin.document_language"), "value": code])]
        case .problems(let problems):
            problems.problems.map { problem in
                switch problem {
                case .tooLong(let field, let maximum): t("validation.too_long", ["field": label(field), "max": "\(maximum)"])
                case .controlCharacters(let field): t("institution.error.control_characters", ["field": label(field)])
                case .invalidBIN(let value): t("institution.error.bin", ["value": value])
                }
            }
        case .logo(let problem):
            switch problem {
            case .empty: [t("institution.error.logo_empty")]
            case .tooLarge(let limit): [t("institution.error.logo_too_large", ["size": "\(limit / 1024)"])]
            case .unsupportedType: [t("institution.error.logo_type")]
            case .tooManyPixels(let maximum): [t("institution.error.logo_pixels", ["max": "\(maximum)"])]
            case .activeContent(let what): [t("institution.error.logo_active", ["what": what])]
            }
        }
    }
}
