import Foundation
import TanbaCore
import TanbaCredentials
import TanbaPersistence
import TanbaWeb

/// `tanba bench credentials`: signs N certificate credentials, then verifies them completely
/// (schema, proof, key resolution, status list, dates), on one core, and reports the rates.
public struct CredentialBenchmark: Sendable {
    /// Rates measured on one thread.
    public struct Result: Codable, Sendable {
        public let count: Int
        public let signSeconds: Double
        public let signedPerSecond: Double
        public let verifySeconds: Double
        public let verifiedPerSecond: Double
    }

    let count: Int

    public init(count: Int) {
        self.count = count
    }

    public func run() throws -> Result {
        let issuer = OpenBadgesIssuer(publicURL: IssueBenchmark.publicURL, keyEncryptionKey: .generate(), paths: .site)
        let key = IssuerKeyStore.generateKey(profileURL: issuer.profileURL)
        let profile = issuer.profile(institutionName: "НАО «Атырауский университет имени Х. Досмухамедова»")
        let signer = CertificateCredentialSigner(issuer: issuer, profile: profile, key: key, gradeScale: PolicyPresets.atyrau2023.gradeScale)
        let issuedAt = Date(timeIntervalSince1970: 1_790_000_000)
        let allocator = try StatusListIndexAllocator(size: StatusLists.listSize)
        var used: Set<Int> = []
        var subjects: [CertificateCredentialSigner.Subject] = []
        for index in 0..<count {
            let position = try allocator.allocate(excluding: used)
            used.insert(position)
            var content = IssueBenchmark.content(index)
            content.registrationNumber = PolicyPresets.atyrau2023.registrationNumberFormat.format(year: 2026, sequence: index + 1)
            content.issuedOn = "2026-09-21"
            subjects.append(.init(content: content, token: .random(from: .system), learnerID: UUID(), statusList: 1, statusIndex: position,
                                  issuedAt: issuedAt))
        }
        let signStart = DispatchTime.now()
        let credentials = try subjects.map { try signer.sign($0) }
        let signEnd = DispatchTime.now()

        let profileDocument = try IssuerProfileDocument.build(
            profile: profile, keys: [.init(id: key.id, publicKeyMultibase: key.publicKeyMultibase, active: true)],
            extensionContext: issuer.extensionContext)
        let list = try issuer.suite.sign(
            document: try StatusListCredentialBuilder.build(id: issuer.statusListURL(1), issuerID: issuer.profileURL,
                                                            list: try BitstringStatusList(bitCount: StatusLists.listSize),
                                                            validFrom: issuedAt),
            options: key.proofOptions(created: issuedAt), privateKey: key.privateKey)
        let verifier = CredentialVerifier(controllerDocuments: [issuer.profileURL: profileDocument],
                                          statusListCredentials: [issuer.statusListURL(1): list],
                                          documentLoader: issuer.documentLoader)
        let now = issuedAt.addingTimeInterval(3600)
        let verifyStart = DispatchTime.now()
        for credential in credentials {
            let report = verifier.verify(Data(credential.utf8), now: now)
            guard report.status == .valid else { throw BenchmarkFailure(report: report.description) }
        }
        let verifyEnd = DispatchTime.now()
        let signSeconds = IssueBenchmark.seconds(signStart, signEnd)
        let verifySeconds = IssueBenchmark.seconds(verifyStart, verifyEnd)
        return Result(count: count, signSeconds: signSeconds, signedPerSecond: Double(count) / max(signSeconds, 1e-9),
                      verifySeconds: verifySeconds, verifiedPerSecond: Double(count) / max(verifySeconds, 1e-9))
    }
}

/// A benchmark credential that did not verify: the numbers would mean nothing.
public struct BenchmarkFailure: Error, CustomStringConvertible {
    public let report: String
    public var description: String { "a benchmark credential did not verify:\n\(report)" }
}
