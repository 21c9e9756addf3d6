import Foundation
import Vapor
import TanbaCore
import TanbaPersistence

/// The administrator's settings page: the institution's profile by section, the policy and the
/// document language, the logo, what issuing still waits for, and the open editions the active
/// (or the proposed) policy refuses. Built from `InstitutionSettingsOverview`.
struct InstitutionSettingsPage: Encodable {
    let sections: [Section]
    let policies: [SelectOption]
    let policySource: String
    let documentLanguages: [SelectOption]
    let gaps: [String]
    let drafts: [DraftView]
    let logo: LogoView?
    let logoHint: String
    let errors: [String]
    /// A policy change waiting for the administrator to confirm, with the drafts it would refuse.
    let preview: PolicyPreview?

    /// A group of fields («Наименование», «Подписи»).
    struct Section: Encodable {
        let title: String
        let fields: [Field]
    }

    /// One text field of the profile.
    struct Field: Encodable {
        let key: String
        let label: String
        let value: String
        let maxLength: Int
        let required: Bool
        /// Long names take the form's whole width.
        let wide: Bool
    }

    /// An open edition with what the policy finds wrong in it.
    struct DraftView: Encodable {
        let title: String
        /// «редакция 2».
        let edition: String
        let link: String
        let issues: [String]
    }

    /// The logo in use.
    struct LogoView: Encodable {
        let url: String
        let description: String
    }

    /// The proposed preset and the drafts that would stop validating under it.
    struct PolicyPreview: Encodable {
        let policy: String
        let message: String
        let drafts: [DraftView]
    }

    /// `posted` keeps what the administrator typed when a save was refused.
    init(_ overview: InstitutionSettingsOverview, posted: [String: String] = [:], errors: [String] = [],
         preview: (policy: InstitutionPolicy, drafts: [InstitutionSettings.InvalidDraft])? = nil, logoMaxBytes: Int,
         request: Request) {
        let profile = overview.profile
        // The fields issuing needs are those an empty profile lacks.
        let required = Set(InstitutionProfile().gaps(policyChosen: true).compactMap { gap -> InstitutionField? in
            if case .field(let field) = gap { return field }
            return nil
        })
        let field = { (field: InstitutionField) in
            Field(key: field.key, label: request.label(field, withinSection: true), value: posted[field.key] ?? profile[field],
                  maxLength: field.maximumLength, required: required.contains(field), wide: field.maximumLength > 200)
        }
        var sections = [
            Section(title: request.t("institution.section.names"),
                    fields: LanguageCode.allCases.map { field(.fullName($0)) } + LanguageCode.allCases.map { field(.shortName($0)) }),
            Section(title: request.t("institution.section.place"),
                    fields: LanguageCode.allCases.map { field(.city($0)) } + [field(.address), field(.bin), field(.accreditation)]),
        ]
        for role in SignatoryRole.allCases {
            sections.append(Section(title: request.t("certificate.signatory.\(role.rawValue)"),
                                    fields: [field(.signatoryName(role)), field(.signatoryInitials(role))]
                                        + LanguageCode.allCases.map { field(.signatoryTitle(role, $0)) }))
        }
        self.sections = sections
        let chosenPolicy = posted["policy"] ?? (overview.policyChosen ? overview.policy.name : "")
        var policies = PolicyPresets.all.map { policy in
            SelectOption(value: policy.name, label: "\(policy.name) — \(policy.source)", selected: policy.name == chosenPolicy)
        }
        if !overview.policyChosen {
            policies.insert(SelectOption(value: "", label: request.t("institution.policy.not_chosen"), selected: chosenPolicy.isEmpty), at: 0)
        }
        self.policies = policies
        policySource = overview.policy.source
        let language = posted["documentLanguage"] ?? overview.documentLanguage
        documentLanguages = SettingsStore.documentLanguages.map { code in
            SelectOption(value: code, label: code.contains("+") ? request.t("admin.document_language.\(code)") : request.t("language.\(code)"),
                         selected: code == language)
        }
        gaps = overview.gaps.map { request.label($0) }
        drafts = overview.draftsNotValid.map { Self.draftView($0, request: request) }
        logo = overview.logo.map { logo in
            LogoView(url: SiteRoute.institutionLogo.path + "?v=" + logo.sha256.prefix(12),
                     description: request.t("institution.logo.current", [
                        "type": logo.contentType == LogoType.svg.rawValue ? "SVG" : "PNG",
                        "size": "\(max(1, logo.byteCount / 1024))", "who": logo.uploadedBy,
                        "date": DisplayDate.dayTime(logo.uploadedAt)]))
        }
        logoHint = request.t("institution.logo.hint", ["size": "\(logoMaxBytes / 1024)"])
        self.errors = errors
        self.preview = preview.map { preview in
            PolicyPreview(policy: preview.policy.name,
                          message: request.t("institution.policy.preview", ["policy": "\(preview.policy.name) — \(preview.policy.source)",
                                                                            "count": "\(preview.drafts.count)"]),
                          drafts: preview.drafts.map { Self.draftView($0, request: request) })
        }
    }

    static func draftView(_ draft: InstitutionSettings.InvalidDraft, request: Request) -> DraftView {
        DraftView(title: draft.title, edition: request.t("institution.edition", ["number": "\(draft.editionNumber)"]), link: SiteRoute.edition(draft.editionID).path,
                  issues: draft.issues.map { IssueView($0, request: request).message })
    }
}
