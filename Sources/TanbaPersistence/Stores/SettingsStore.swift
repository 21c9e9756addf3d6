import Fluent
import Foundation
import TanbaCore

/// Reads and writes institution settings.
public enum SettingsStore {
    public static let policyKey = "policy"
    /// The institution's profile (`InstitutionProfile`) as JSON.
    public static let institutionKey = "institution"
    /// Language of issued documents: `ru`, `kk`, `en`, `kk+ru` for bilingual certificates, or
    /// `kk+ru+en` for trilingual ones.
    public static let documentLanguageKey = "document_language"
    public static let documentLanguages = ["ru", "kk", "en", "kk+ru", "kk+ru+en"]

    public static func value(_ key: String, on database: any Database) async throws -> String? {
        try await SettingModel.find(key, on: database)?.value
    }

    public static func set(_ key: String, to value: String, on database: any Database) async throws {
        if let existing = try await SettingModel.find(key, on: database) {
            existing.value = value
            try await existing.update(on: database)
        } else {
            try await SettingModel(key: key, value: value).create(on: database)
        }
    }

    /// The active policy; the AITU preset until an administrator, `tanba setup` or `tanba demo`
    /// picks one (`policyChosen` tells which).
    public static func policy(on database: any Database) async throws -> InstitutionPolicy {
        let name = try await value(policyKey, on: database)
        return name.flatMap(PolicyPresets.named) ?? PolicyPresets.aitu
    }

    /// Whether a policy preset was chosen, rather than standing in.
    public static func policyChosen(on database: any Database) async throws -> Bool {
        try await value(policyKey, on: database).flatMap(PolicyPresets.named) != nil
    }

    /// The institution's names, city, BIN and signatories; empty until set up.
    public static func institution(on database: any Database) async throws -> InstitutionProfile {
        guard let stored = try await value(institutionKey, on: database) else { return InstitutionProfile() }
        do {
            return try JSONDecoder().decode(InstitutionProfile.self, from: Data(stored.utf8))
        } catch {
            throw UnknownStoredValue(column: "settings.institution", value: String(stored.prefix(80)))
        }
    }

    /// The Russian full name, the name the documents and the issuer profile have always carried.
    public static func institutionName(on database: any Database) async throws -> String {
        try await institution(on: database).fullName.ru
    }

    /// What issuing still waits for; empty once the institution is set up.
    public static func setupGaps(on database: any Database) async throws -> [InstitutionSetupGap] {
        try await institution(on: database).gaps(policyChosen: try await policyChosen(on: database))
    }

    /// The policy, whether it was chosen, and the profile, read in one query: issuing reads them
    /// for every batch, and a bulk issue on graduation day must not spend connections on settings.
    public static func issuingSettings(on database: any Database) async throws
        -> (policy: InstitutionPolicy, gaps: [InstitutionSetupGap], institution: InstitutionProfile) {
        let rows = try await SettingModel.query(on: database).filter(\.$id ~~ [policyKey, institutionKey]).all()
        let values = Dictionary(rows.compactMap { row in row.id.map { ($0, row.value) } }, uniquingKeysWith: { first, _ in first })
        let chosen = values[policyKey].flatMap(PolicyPresets.named)
        var institution = InstitutionProfile()
        if let stored = values[institutionKey] {
            do {
                institution = try JSONDecoder().decode(InstitutionProfile.self, from: Data(stored.utf8))
            } catch {
                throw UnknownStoredValue(column: "settings.institution", value: String(stored.prefix(80)))
            }
        }
        return (chosen ?? PolicyPresets.aitu, institution.gaps(policyChosen: chosen != nil), institution)
    }

    static func encode(_ profile: InstitutionProfile) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(profile), as: UTF8.self)
    }
}
