import Foundation

/// The 1EdTech Open Badges 3.0 JSON Schemas (draft 2019-09) shipped as resources of this module.
public enum OpenBadgesSchemas {
    /// AchievementCredential / OpenBadgeCredential.
    public static func achievementCredential() throws -> JSONSchema { try achievement.get() }
    /// EndorsementCredential.
    public static func endorsementCredential() throws -> JSONSchema { try endorsement.get() }
    /// Profile (issuers, endorsers): for checking issuer profile documents.
    public static func profile() throws -> JSONSchema { try profileSchema.get() }

    // Parsed once per process: the files are immutable resources.
    private static let achievement = load("schema-achievementcredential.json")
    private static let endorsement = load("schema-endorsementcredential.json")
    private static let profileSchema = load("schema-profile.json")

    private static func load(_ file: String) -> Result<JSONSchema, any Error> {
        Result {
            // bundleURL, not resourceURL: Foundation on Linux takes a bundle holding a "Resources"
            // folder for a macOS-style bundle and would look one level too deep.
            let url = Bundle.module.bundleURL.appendingPathComponent("Resources").appendingPathComponent(file)
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw CredentialError.invalidDocument("bundled schema \(file) is missing")
            }
            return try JSONSchema(JSONValue(data: Data(contentsOf: url)))
        }
    }
}
