import Foundation
import TanbaCredentials

/// The institution as an Open Badges 3.0 issuer: the public URLs its credentials point at and the
/// key-encryption key that unlocks its signing keys.
public struct OpenBadgesIssuer: Sendable {
    /// Where the app serves each published document, relative to the public URL; the web routes use the same.
    public static let profilePath = "/issuer"
    public static let statusListPath = "/credentials/status"

    /// `TANBA_PUBLIC_URL`, without a trailing slash.
    public let publicURL: String
    public let keyEncryptionKey: KeyEncryptionKey
    public let extensionContext: TanbaExtensionContext
    /// The bundled contexts plus Tanba's; made once, because it caches processed contexts and
    /// every credential signed or checked with this issuer reuses them.
    public let documentLoader: BundledContextLoader
    /// The site's pages a credential links to, as the web layer's URL builder makes them.
    public let paths: Paths

    /// Paths (from `/`, without the public URL) of the pages a credential names.
    public struct Paths: Sendable {
        /// A certificate's verification page, by its token.
        public let verification: @Sendable (String) -> String
        /// A program's registry page, by its code.
        public let program: @Sendable (String) -> String
        /// The registry filtered by an NQF level.
        public let nqfLevel: @Sendable (Int) -> String

        public init(verification: @escaping @Sendable (String) -> String, program: @escaping @Sendable (String) -> String,
                    nqfLevel: @escaping @Sendable (Int) -> String) {
            self.verification = verification
            self.program = program
            self.nqfLevel = nqfLevel
        }
    }

    public init(publicURL: String, keyEncryptionKey: KeyEncryptionKey, paths: Paths) {
        let base = publicURL.hasSuffix("/") ? String(publicURL.dropLast()) : publicURL
        self.publicURL = base
        self.keyEncryptionKey = keyEncryptionKey
        self.paths = paths
        self.extensionContext = TanbaExtensionContext(publicURL: base)
        self.documentLoader = extensionContext.documentLoader()
    }

    /// The absolute address of a path of this installation.
    public func absolute(_ path: String) -> String { publicURL + path }

    /// The issuer profile document's URL; key ids are its fragments.
    public var profileURL: String { absolute(Self.profilePath) }

    public func statusListURL(_ list: Int) -> String { absolute("\(Self.statusListPath)/\(list)") }

    /// The list number in one of this installation's status list URLs, or nil for any other URL.
    public func statusListNumber(of url: String) -> Int? {
        let prefix = absolute(Self.statusListPath + "/")
        guard url.hasPrefix(prefix), let number = Int(url.dropFirst(prefix.count)), number >= 1 else { return nil }
        return number
    }

    /// The credential's `id`: the certificate's public verification page.
    public func verificationURL(token: String) -> String { absolute(paths.verification(token)) }

    /// The achievement's `id`: the program's public registry page.
    public func achievementURL(programCode: String) -> String { absolute(paths.program(programCode)) }

    /// The registry filtered by NQF level: the page a credential's NQF alignment points at.
    public func nqfLevelURL(_ level: Int) -> String { absolute(paths.nqfLevel(level)) }

    /// The awarding body as credentials embed it.
    public func profile(institutionName: String) -> IssuerProfile {
        IssuerProfile(id: profileURL, name: institutionName.isEmpty ? publicURL : institutionName, url: publicURL, countryCode: "KZ")
    }

    /// The suite that signs and verifies with the bundled contexts plus Tanba's extension context; nothing is fetched.
    public var suite: EdDSARDFC2022 { EdDSARDFC2022(loader: documentLoader) }
}
