import Fluent
import Foundation
import TanbaCore

/// The single `institution_name` setting becomes the Russian full name of the institution's
/// profile, stored as one JSON setting beside the other names, the city and the signatories.
public struct M024_MoveInstitutionNameIntoProfile: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        guard let legacy = try await SettingModel.find("institution_name", on: database) else { return }
        if try await SettingModel.find(SettingsStore.institutionKey, on: database) == nil {
            let profile = InstitutionProfile(fullName: LocalizedText(ru: legacy.value))
            try await SettingModel(key: SettingsStore.institutionKey, value: try SettingsStore.encode(profile)).create(on: database)
        }
        try await legacy.delete(on: database)
    }

    public func revert(on database: any Database) async throws {
        guard let stored = try await SettingModel.find(SettingsStore.institutionKey, on: database) else { return }
        let profile = try JSONDecoder().decode(InstitutionProfile.self, from: Data(stored.value.utf8))
        try await SettingModel(key: "institution_name", value: profile.fullName.ru).create(on: database)
        try await stored.delete(on: database)
    }
}
