import Crypto
import Fluent
import Foundation
import TanbaCore

/// Setting the institution up and changing it later: the policy preset, the profile, the document
/// language and the logo, each change with its audit event. Registered editions and issued
/// documents are never touched: they keep what they were approved or issued with.
public struct InstitutionSettings: Sendable {
    public let database: any Database
    public let clock: Clock

    public init(database: any Database, clock: Clock) {
        self.database = database
        self.clock = clock
    }

    /// Who makes a change: a signed-in administrator, or whoever runs `tanba setup` on the server.
    public enum Editor: Sendable {
        case user(ActingUser)
        case commandLine

        var id: UUID {
            switch self {
            case .user(let actor): actor.id
            case .commandLine: AuditEventModel.noUser
            }
        }

        var name: String {
            switch self {
            case .user(let actor): actor.name
            case .commandLine: "tanba setup"
            }
        }

        var mayAdminister: Bool {
            switch self {
            case .user(let actor): actor.role.may(.administer)
            case .commandLine: true
            }
        }
    }

    /// What to change; nil and absent fields stay as they are.
    public struct Change: Sendable {
        public var fields: [InstitutionField: String]
        public var policy: String?
        public var documentLanguage: String?

        public init(fields: [InstitutionField: String] = [:], policy: String? = nil, documentLanguage: String? = nil) {
            self.fields = fields
            self.policy = policy
            self.documentLanguage = documentLanguage
        }

        public var isEmpty: Bool { fields.isEmpty && policy == nil && documentLanguage == nil }
    }

    /// What a change did.
    public struct Outcome: Sendable {
        /// Fields whose text is now different, in the settings page's order.
        public let changedFields: [InstitutionField]
        /// The preset before and after, when it changed.
        public let policyChange: (from: String?, to: String)?
        public let documentLanguageChanged: Bool
        /// Open editions that the new policy refuses; empty when the policy stayed.
        public let draftsNoLongerValid: [InvalidDraft]
        /// What issuing still waits for.
        public let gaps: [InstitutionSetupGap]
    }

    /// An open edition (draft, returned or in review) with the problems the policy finds in it.
    public struct InvalidDraft: Sendable, Hashable {
        public let programID: UUID
        public let editionID: UUID
        public let title: String
        public let editionNumber: Int
        public let issues: [ValidationIssue]
    }

    /// Applies `change` in one transaction; every problem is named at once and nothing changes
    /// when there is one.
    @discardableResult
    public func apply(_ change: Change, by editor: Editor) async throws -> Outcome {
        guard editor.mayAdminister else { throw InstitutionSettingsError.forbidden }
        let newPolicy = try change.policy.map { name in
            guard let policy = PolicyPresets.named(name) else { throw InstitutionSettingsError.unknownPolicy(name) }
            return policy
        }
        if let language = change.documentLanguage, !SettingsStore.documentLanguages.contains(language) {
            throw InstitutionSettingsError.unknownDocumentLanguage(language)
        }
        let before = try await SettingsStore.institution(on: database)
        let after: InstitutionProfile
        do {
            after = try before.applying(change.fields)
        } catch {
            throw InstitutionSettingsError.problems(error)
        }
        let previousPolicy = try await SettingsStore.value(SettingsStore.policyKey, on: database)
        let previousLanguage = try await SettingsStore.value(SettingsStore.documentLanguageKey, on: database)
        let changedFields = InstitutionField.all.filter { before[$0] != after[$0] }
        let policyChange = newPolicy.flatMap { $0.name == previousPolicy ? nil : (from: previousPolicy, to: $0.name) }
        let languageChanged = change.documentLanguage.map { $0 != (previousLanguage ?? "ru") } ?? false
        let now = clock.now()
        try await database.transaction { db in
            if !changedFields.isEmpty {
                try await SettingsStore.set(SettingsStore.institutionKey, to: try SettingsStore.encode(after), on: db)
            }
            if let policyChange {
                try await SettingsStore.set(SettingsStore.policyKey, to: policyChange.to, on: db)
            }
            if languageChanged, let language = change.documentLanguage {
                try await SettingsStore.set(SettingsStore.documentLanguageKey, to: language, on: db)
            }
            var details = changedFields.map { "\($0.key): «\(before[$0])» → «\(after[$0])»" }
            if let policyChange { details.append("policy: \(policyChange.from ?? "—") → \(policyChange.to)") }
            if languageChanged, let language = change.documentLanguage {
                details.append("document_language: \(previousLanguage ?? "ru") → \(language)")
            }
            guard !details.isEmpty else { return }
            try await AuditEventModel(actorID: editor.id, actorName: editor.name, action: "institution_settings_changed",
                                      subjectID: AuditEventModel.noUser, details: details.joined(separator: "\n"), at: now)
                .create(on: db)
        }
        var drafts: [InvalidDraft] = []
        if policyChange != nil, let newPolicy { drafts = try await draftsInvalid(under: newPolicy) }
        return Outcome(changedFields: changedFields, policyChange: policyChange, documentLanguageChanged: languageChanged,
                       draftsNoLongerValid: drafts, gaps: try await SettingsStore.setupGaps(on: database))
    }

    /// Open editions that `policy` would refuse to send on, for the administrator to see before
    /// and after changing the preset. Registered editions are not judged again.
    public func draftsInvalid(under policy: InstitutionPolicy) async throws -> [InvalidDraft] {
        let open = try await ProgramEditionModel.query(on: database)
            .filter(\.$status ~~ ["draft", "returned", "in_review"]).sort(\.$title).all()
        let validator = ProgramValidator(policy: policy)
        return try open.compactMap { edition in
            let issues = validator.validate(try edition.decodedContent())
            guard !issues.isEmpty else { return nil }
            return InvalidDraft(programID: edition.$program.id, editionID: try edition.requireID(), title: edition.title,
                                editionNumber: edition.number, issues: issues)
        }
    }

    // MARK: - Logo

    /// Stores a new logo after `rules` accept it; the earlier ones stay in the table.
    @discardableResult
    public func uploadLogo(_ bytes: [UInt8], rules: LogoRules, by editor: Editor) async throws -> InstitutionLogoModel {
        guard editor.mayAdminister else { throw InstitutionSettingsError.forbidden }
        let type: LogoType
        do {
            type = try rules.check(bytes)
        } catch {
            throw InstitutionSettingsError.logo(error)
        }
        let digest = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        let now = clock.now()
        let logo = InstitutionLogoModel(contentType: type.rawValue, bytes: Data(bytes), sha256: digest, uploadedBy: editor.name, at: now)
        try await database.transaction { db in
            try await logo.create(on: db)
            try await AuditEventModel(actorID: editor.id, actorName: editor.name, action: "institution_logo_uploaded",
                                      subjectID: try logo.requireID(), details: "\(type.rawValue), \(bytes.count) bytes, sha256 \(digest)",
                                      at: now).create(on: db)
        }
        return logo
    }

    /// The digest of the logo in use, without its bytes: pages link to the logo by it.
    public static func currentLogoDigest(on database: any Database) async throws -> String? {
        try await InstitutionLogoModel.query(on: database).sort(\.$uploadedAt, .descending).sort(\.$id, .descending)
            .field(\.$id).field(\.$sha256).field(\.$uploadedAt).first()?.sha256
    }

    /// The logo documents print and the verification page shows; nil until one is uploaded.
    public static func currentLogo(on database: any Database) async throws -> InstitutionLogoModel? {
        try await InstitutionLogoModel.query(on: database).sort(\.$uploadedAt, .descending).sort(\.$id, .descending).first()
    }
}

/// Why a settings change was refused; nothing was changed.
public enum InstitutionSettingsError: Error, Equatable {
    case forbidden
    case unknownPolicy(String)
    case unknownDocumentLanguage(String)
    case problems(InstitutionProblems)
    case logo(LogoProblem)
}
