import Vapor
import TanbaCore
import TanbaPersistence

extension Request {
    /// What an annulled certificate says about its annulment, in the page's language: the day, the
    /// decision (002 §9.2) and the public reason. Certificates annulled before decisions were
    /// recorded give only the day and the reason.
    func annulment(of certificate: CertificateModel) -> String {
        let revokedOn = certificate.revokedAt.map(AlmatyDate.dotted) ?? ""
        let reason = certificate.revocationReason.isEmpty ? "" : " " + t("verify.reason") + " " + certificate.revocationReason
        guard let decision = certificate.revocationDecision else {
            return t("verify.revoked_on") + " " + revokedOn + "." + reason
        }
        return t("verify.revoked_by_decision", ["date": revokedOn, "number": decision.number,
                                                "decided": AlmatyDate.dotted(iso: decision.decidedOn), "by": decision.decidedBy]) + reason
    }

    /// Every problem of an annulling decision as typed, in one message.
    func message(for problems: RevocationDecision.Problems) -> String {
        problems.problems.map { problem in
            switch problem {
            case .decidedByMissing: t("revocation.error.decided_by")
            case .numberMissing: t("revocation.error.number")
            case .dateInvalid: t("revocation.error.date")
            case .dateInFuture(let today): t("revocation.error.future", ["today": AlmatyDate.dotted(iso: today)])
            case .dateBeforeIssue(let issuedOn): t("revocation.error.before_issue", ["issued": AlmatyDate.dotted(iso: issuedOn)])
            case .reasonTooShort: t("revocation.error.reason")
            case .tooLong(let field, let maximum): t("validation.too_long", ["field": t("revocation.field.\(field)"), "max": "\(maximum)"])
            }
        }.joined(separator: " ")
    }
}
