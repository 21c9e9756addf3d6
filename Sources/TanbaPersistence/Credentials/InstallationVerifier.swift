import Fluent
import Foundation
import TanbaCore
import TanbaCredentials

/// Checks any Open Badges 3.0 credential the way an outside verifier would, offline: this
/// installation's own issuer profile and status lists come from the database, so do the profiles
/// of trusted providers the registrar uploaded; did:key keys come from the identifier itself, and
/// `controller#z6Mk...` keys from the identifier with a warning that the issuer's profile did not
/// confirm them; other issuers' documents are never fetched.
public struct InstallationVerifier: Sendable {
    public let database: any Database
    public let issuer: OpenBadgesIssuer
    public let clock: Clock

    public init(database: any Database, issuer: OpenBadgesIssuer, clock: Clock) {
        self.database = database
        self.issuer = issuer
        self.clock = clock
    }

    /// The full report for credential bytes as uploaded: every check, and the one that failed named.
    public func verify(_ data: Data) async throws -> VerificationReport {
        let now = clock.now()
        let ring = IssuerKeyRing(database: database, issuer: issuer, clock: clock)
        let profile = try await ring.profileDocument()
        var lists: [String: JSONValue] = [:]
        let parsed = try? JSONValue(data: data)
        let statusLists = StatusLists(database: database)
        for url in Self.statusListURLs(in: parsed) {
            guard let number = issuer.statusListNumber(of: url), try await statusLists.exists(number) else { continue }
            lists[url] = try await statusLists.signedListCredential(number, issuer: issuer, key: try await ring.activeKey(), now: now)
        }
        // Trusted providers' profiles as the registrar uploaded them; never one for this installation's own URL.
        var documents = try await RecognitionAutomation.profileDocuments(on: database)
        documents[issuer.profileURL] = profile
        let verifier = CredentialVerifier(
            keyResolvers: [DIDKeyResolver(), ControllerDocumentKeyResolver(documents: documents),
                           FragmentMultikeyResolver()],
            statusListResolver: StaticStatusListResolver(credentials: lists),
            documentLoader: issuer.documentLoader)
        return verifier.verify(data, now: now)
    }

    /// Every `statusListCredential` the credential names.
    static func statusListURLs(in credential: JSONValue?) -> [String] {
        guard let status = credential?["credentialStatus"] else { return [] }
        let entries = status.arrayValue ?? [status]
        return entries.compactMap { $0["statusListCredential"]?.stringValue }
    }
}
