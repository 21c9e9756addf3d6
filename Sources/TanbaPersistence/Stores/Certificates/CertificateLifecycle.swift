import Fluent
import Foundation
import TanbaCore
import TanbaCredentials

/// A certificate after issue: revoked with a public reason, or reissued as a corrected document.
/// Nothing is changed in place but the status: the issued documents stay as they were.
public struct CertificateLifecycle: Sendable {
    /// Reissuing is issuing a new certificate that supersedes the old one.
    public let issuing: CertificateIssuing

    public init(issuing: CertificateIssuing) {
        self.issuing = issuing
    }

    private var database: any Database { issuing.database }

    /// Annuls a certificate with a reason (002 §9.2); it then verifies as revoked, never as unknown.
    public func revoke(_ certificateID: UUID, decidedBy: String, number: String, decidedOn: String, reason: String,
                       by actor: ActingUser) async throws {
        guard actor.role.may(.manageAttestation) else { throw CertificateStoreError.forbidden }
        let now = issuing.clock.now()
        try await database.transaction { db in
            guard let certificate = try await CertificateModel.find(certificateID, on: db) else { throw CertificateStoreError.notFound }
            guard try certificate.certificateStatus == .valid else { throw CertificateStoreError.alreadyRevoked }
            let decision: RevocationDecision
            do {
                decision = try RevocationDecision.checked(decidedBy: decidedBy, number: number, decidedOn: decidedOn, reason: reason,
                                                          issuedOn: AlmatyDate.iso(certificate.issuedAt), today: AlmatyDate.iso(now))
            } catch let problems as RevocationDecision.Problems {
                throw CertificateStoreError.invalidDecision(problems)
            }
            certificate.status = CertificateStatus.revoked.rawValue
            certificate.revokedAt = now
            certificate.revocationReason = decision.reason
            certificate.revocationDecidedBy = decision.decidedBy
            certificate.revocationDecisionNumber = decision.number
            certificate.revocationDecidedOn = decision.decidedOn
            try await certificate.update(on: db)
            let details = "\(decision.decidedBy), № \(decision.number), \(AlmatyDate.dotted(iso: decision.decidedOn)): \(decision.reason)"
            try await AuditEventModel(actor: actor, action: "revoked", subjectID: certificateID, details: details, at: now)
                .create(on: db)
        }
    }

    /// Issues a corrected certificate (new number and token) that supersedes `certificateID`.
    public func reissue(_ certificateID: UUID, correctedName: String?, by actor: ActingUser, render: @escaping CertificateRenderer) async throws
        -> CertificateModel {
        guard actor.role.may(.manageAttestation) else { throw CertificateStoreError.forbidden }
        guard let old = try await CertificateModel.find(certificateID, on: database) else { throw CertificateStoreError.notFound }
        guard try old.certificateStatus == .valid else { throw CertificateStoreError.alreadyRevoked }
        var content = try old.certifiedContent()
        if let name = correctedName?.trimmed, !name.isEmpty { content.learnerName = String(name.prefix(200)) }
        return try await issuing.issue(content, learnerID: old.learnerID, intakeID: old.intakeID, sessionID: old.sessionID,
                               supersedes: certificateID, by: actor, render: render)
    }
}
