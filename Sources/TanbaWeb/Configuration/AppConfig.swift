import Foundation
import Logging
import TanbaCredentials
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
    /// Unlocks the institution's signing keys: `TANBA_KEY_ENCRYPTION_KEY`, 32 bytes in base64. When
    /// it is not set, a key is generated once into the storage directory (fine for development; in
    /// production keep it out of the database's backups).
    public var keyEncryptionKey: KeyEncryptionKey?
    /// How much the server and the commands log: `LOG_LEVEL` (trace … critical); nil: each
    /// command's own default.
    public var logLevel: Logger.Level?
    /// Where derived document fonts are kept between runs: `$XDG_CACHE_HOME/tanba`, else
    /// `$HOME/.cache/tanba`; nil: a folder in the temporary directory.
    public var cacheDirectory: URL?
    /// The password `tanba user create` sets when `--password` is not given: `TANBA_PASSWORD`
    /// (scripts use it so the password never appears in the process list).
    public var userPassword: String?

    public init(database: DatabaseLocation, publicURL: String = "http://127.0.0.1:8080", secureCookies: Bool = false,
                storageDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("storage"),
                uploadMaxBytes: Int = 10 * 1024 * 1024, keyEncryptionKey: KeyEncryptionKey? = nil) {
        self.database = database
        self.publicURL = publicURL
        self.secureCookies = secureCookies
        self.storageDirectory = storageDirectory
        self.uploadMaxBytes = uploadMaxBytes
        self.keyEncryptionKey = keyEncryptionKey
    }

    /// The file a development key-encryption key lives in when none is configured.
    public var keyEncryptionKeyFile: URL { storageDirectory.appendingPathComponent("issuer-key-encryption.key") }

    /// The configured key-encryption key, or the one in `keyEncryptionKeyFile`, created (mode 0600) on first use.
    public func resolvedKeyEncryptionKey() throws -> KeyEncryptionKey {
        if let keyEncryptionKey { return keyEncryptionKey }
        let file = keyEncryptionKeyFile
        if FileManager.default.fileExists(atPath: file.path) {
            // Never replace an existing key file: the signing keys sealed with it would be lost.
            guard let text = try? String(contentsOf: file, encoding: .utf8) else {
                throw ConfigError(problems: ["\(file.path): the key-encryption key file exists but cannot be read"])
            }
            do {
                return try KeyEncryptionKey(base64: text.trimmingCharacters(in: .whitespacesAndNewlines))
            } catch {
                throw ConfigError(problems: ["\(file.path): not a 32-byte base64 key-encryption key (\(error))"])
            }
        }
        let key = KeyEncryptionKey.generate()
        try FileManager.default.createDirectory(at: storageDirectory, withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: file.path, contents: Data((key.base64 + "\n").utf8),
                                             attributes: [.posixPermissions: 0o600]) else {
            throw ConfigError(problems: ["cannot write the key-encryption key to \(file.path)"])
        }
        return key
    }

    /// The institution as an Open Badges issuer under this configuration.
    public func openBadgesIssuer() throws -> OpenBadgesIssuer {
        OpenBadgesIssuer(publicURL: publicURL, keyEncryptionKey: try resolvedKeyEncryptionKey(), paths: .site)
    }

    /// Reads every `TANBA_*` setting, `DATABASE_URL`, `LOG_LEVEL`, `XDG_CACHE_HOME` and `HOME` (the
    /// only place the environment is read); every problem is reported at once.
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
        var keyEncryptionKey: KeyEncryptionKey?
        if let text = environment["TANBA_KEY_ENCRYPTION_KEY"], !text.isEmpty {
            do {
                keyEncryptionKey = try KeyEncryptionKey(base64: text)
            } catch {
                problems.append("TANBA_KEY_ENCRYPTION_KEY: expected 32 random bytes in base64, e.g. from `openssl rand -base64 32` (\(error))")
            }
        }
        let storage = environment["TANBA_STORAGE_DIR"].map { URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("storage")
        var logLevel: Logger.Level?
        if let text = environment["LOG_LEVEL"], !text.isEmpty {
            logLevel = Logger.Level(rawValue: text.lowercased())
            if logLevel == nil {
                problems.append("LOG_LEVEL \(text): expected one of " + Logger.Level.allCases.map(\.rawValue).joined(separator: ", "))
            }
        }
        var cacheDirectory: URL?
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            cacheDirectory = URL(fileURLWithPath: cache).appendingPathComponent("tanba")
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            cacheDirectory = URL(fileURLWithPath: home).appendingPathComponent(".cache").appendingPathComponent("tanba")
        }
        guard problems.isEmpty else { throw ConfigError(problems: problems) }
        var config = AppConfig(database: database, publicURL: publicURL, secureCookies: publicURL.hasPrefix("https://"),
                               storageDirectory: storage, uploadMaxBytes: uploadMaxBytes, keyEncryptionKey: keyEncryptionKey)
        config.logLevel = logLevel
        config.cacheDirectory = cacheDirectory
        config.userPassword = environment["TANBA_PASSWORD"]
        return config
    }
}

/// Startup settings that cannot be used, all listed.
public struct ConfigError: Error, CustomStringConvertible {
    public let problems: [String]
    public var description: String { "Configuration problems:\n- " + problems.joined(separator: "\n- ") }
}
