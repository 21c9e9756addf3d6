import Foundation
import TanbaPersistence

/// Settings read once from the environment, with development defaults.
public struct AppConfig: Sendable {
    public var database: DatabaseLocation
    /// Base of every public link (QR codes, issuer profile): `TANBA_PUBLIC_URL`.
    public var publicURL: String
    /// Secure cookies when served over HTTPS.
    public var secureCookies: Bool
    /// Where uploaded documents are kept, outside the web root: `TANBA_STORAGE_DIR`.
    public var storageDirectory: URL
    /// Largest accepted upload: `TANBA_UPLOAD_MAX_MB`, 10 MB by default.
    public var uploadMaxBytes: Int

    public init(database: DatabaseLocation, publicURL: String = "http://127.0.0.1:8080", secureCookies: Bool = false,
                storageDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("storage"),
                uploadMaxBytes: Int = 10 * 1024 * 1024) {
        self.database = database
        self.publicURL = publicURL
        self.secureCookies = secureCookies
        self.storageDirectory = storageDirectory
        self.uploadMaxBytes = uploadMaxBytes
    }

    /// Reads `DATABASE_URL` and `TANBA_PUBLIC_URL`; every problem is reported at once.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws -> AppConfig {
        var problems: [String] = []
        var database = DatabaseLocation.sqliteFile(path: FileManager.default.currentDirectoryPath + "/tanba.sqlite")
        do {
            database = try DatabaseLocation.parse(environment["DATABASE_URL"])
        } catch {
            problems.append(error.description)
        }
        let publicURL = environment["TANBA_PUBLIC_URL"].map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
            ?? "http://127.0.0.1:8080"
        if URL(string: publicURL)?.scheme == nil {
            problems.append("TANBA_PUBLIC_URL \(publicURL): expected an absolute URL such as https://tanba.example.kz")
        }
        var uploadMaxBytes = 10 * 1024 * 1024
        if let text = environment["TANBA_UPLOAD_MAX_MB"] {
            if let megabytes = Int(text), (1...200).contains(megabytes) {
                uploadMaxBytes = megabytes * 1024 * 1024
            } else {
                problems.append("TANBA_UPLOAD_MAX_MB \(text): expected a whole number of megabytes from 1 to 200")
            }
        }
        let storage = environment["TANBA_STORAGE_DIR"].map { URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("storage")
        guard problems.isEmpty else { throw ConfigError(problems: problems) }
        return AppConfig(database: database, publicURL: publicURL, secureCookies: publicURL.hasPrefix("https://"),
                         storageDirectory: storage, uploadMaxBytes: uploadMaxBytes)
    }
}

/// Startup settings that cannot be used, all listed.
public struct ConfigError: Error, CustomStringConvertible {
    public let problems: [String]
    public var description: String { "Configuration problems:\n- " + problems.joined(separator: "\n- ") }
}
