import Fluent
import Foundation
import TanbaCore

/// What the administrator's settings page shows: the profile, the policy, the document language,
/// the logo in use, what issuing still waits for, and the open editions the active policy refuses.
public struct InstitutionSettingsOverview: Sendable {
    public let profile: InstitutionProfile
    public let policy: InstitutionPolicy
    public let policyChosen: Bool
    public let documentLanguage: String
    /// The logo in use, without its bytes.
    public let logo: LogoSummary?
    public let gaps: [InstitutionSetupGap]
    public let draftsNotValid: [InstitutionSettings.InvalidDraft]

    /// The logo as the page describes it.
    public struct LogoSummary: Sendable {
        public let contentType: String
        public let byteCount: Int
        public let sha256: String
        public let uploadedAt: Date
        public let uploadedBy: String
    }

    public static func load(on database: any Database, clock: Clock) async throws -> InstitutionSettingsOverview {
        let policy = try await SettingsStore.policy(on: database)
        let logo = try await InstitutionSettings.currentLogo(on: database).map {
            LogoSummary(contentType: $0.contentType, byteCount: $0.bytes.count, sha256: $0.sha256, uploadedAt: $0.uploadedAt,
                        uploadedBy: $0.uploadedBy)
        }
        return InstitutionSettingsOverview(
            profile: try await SettingsStore.institution(on: database), policy: policy,
            policyChosen: try await SettingsStore.policyChosen(on: database),
            documentLanguage: try await SettingsStore.value(SettingsStore.documentLanguageKey, on: database) ?? "ru",
            logo: logo, gaps: try await SettingsStore.setupGaps(on: database),
            draftsNotValid: try await InstitutionSettings(database: database, clock: clock).draftsInvalid(under: policy))
    }
}
