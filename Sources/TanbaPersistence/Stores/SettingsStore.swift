import Fluent
import Foundation
import TanbaCore

/// Reads and writes institution settings.
public enum SettingsStore {
    public static let policyKey = "policy"
    public static let institutionNameKey = "institution_name"
    /// Language of issued documents: `ru`, `kk`, `en`, or `kk+ru` for bilingual certificates.
    public static let documentLanguageKey = "document_language"
    public static let documentLanguages = ["ru", "kk", "en", "kk+ru"]

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

    /// The active policy; the AITU preset until an administrator or `tanba demo --policy` picks one.
    public static func policy(on database: any Database) async throws -> InstitutionPolicy {
        let name = try await value(policyKey, on: database)
        return name.flatMap(PolicyPresets.named) ?? PolicyPresets.aitu
    }
}
