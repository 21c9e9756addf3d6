import Foundation
import TanbaCore

/// Why a certificate was not issued, revoked or reissued.
public enum CertificateStoreError: Error, Sendable, Equatable {
    case notFound
    case forbidden
    case invalidInput(field: String)
    /// No positive decision of a closed protocol for this learner.
    case notAwarded
    /// The learner already holds this valid certificate of the intake (its number).
    case alreadyIssued(String)
    /// The certificate was revoked or superseded already: only a valid one changes.
    case alreadyRevoked
    /// The learner's grades are not complete enough to print.
    case learnerNotReady
    /// An issue dated before the intake's last day of study.
    case beforeStudyEnds(endsOn: String)
    /// The institution is not set up yet: a certificate would carry a blank name or signature.
    case institutionNotSetUp([InstitutionSetupGap])
    /// The annulling decision as typed has problems; the certificate stays valid.
    case invalidDecision(RevocationDecision.Problems)
    /// The policy issues on a rector's order (004 §5.15) and the protocol has none recorded yet.
    case awardOrderMissing
}
