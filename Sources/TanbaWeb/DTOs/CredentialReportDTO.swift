import Vapor
import TanbaCredentials

/// The JSON answer of `POST /api/v1/credentials/verify`: the verdict and every check.
struct CredentialReportDTO: Content {
    struct Check: Content {
        /// `parse`, `context`, `schema`, `type`, `validFrom`, `expired`, `verificationMethod`, `proof`, `status`.
        let check: String
        /// `passed`, `failed`, `unsupported` or `warning`.
        let status: String
        let message: String
    }

    /// `valid`, `invalid`, `revoked`, `suspended` or `unsupported`.
    let status: String
    let checks: [Check]

    init(_ report: VerificationReport) {
        status = report.status.rawValue
        checks = report.checks.map { Check(check: $0.check.rawValue, status: $0.status.rawValue, message: $0.message) }
    }
}
