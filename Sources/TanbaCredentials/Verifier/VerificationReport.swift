/// The checks a credential goes through, in report order.
public enum CheckName: String, Sendable, CaseIterable {
    case parse
    case context
    case schema
    case type
    case validFrom
    case expired
    case verificationMethod
    case proof
    case status
}

/// How one check came out.
public enum CheckStatus: String, Sendable {
    case passed
    case failed
    /// The check could not be made: the credential uses something this verifier does not support.
    case unsupported
    /// Passed, with a caveat the user should see.
    case warning
}

/// One line of a verification report.
public struct CheckResult: Sendable, Equatable, CustomStringConvertible {
    public let check: CheckName
    public let status: CheckStatus
    public let message: String

    public init(check: CheckName, status: CheckStatus, message: String) {
        self.check = check
        self.status = status
        self.message = message
    }

    public var description: String {
        let marker = switch status {
        case .passed: "[ok]  "
        case .failed: "[FAIL]"
        case .unsupported: "[n/a] "
        case .warning: "[warn]"
        }
        return "\(marker) \(check.rawValue): \(message)"
    }
}

/// The outcome of verifying one credential: an overall status and every check, in order.
public struct VerificationReport: Sendable, Equatable, CustomStringConvertible {
    /// The verdict on the credential as a whole.
    public enum Status: String, Sendable {
        /// Every check passed (possibly with warnings).
        case valid
        /// At least one check failed.
        case invalid
        /// Authentic and in date, but its issuer revoked it.
        case revoked
        /// Authentic and in date, but its issuer suspended it.
        case suspended
        /// Nothing failed, but something needed for a verdict is not supported; never a pass.
        case unsupported
    }

    public let status: Status
    public let checks: [CheckResult]

    /// Derives the overall status. A failure other than the status check makes the credential
    /// invalid: a revocation is only meaningful for a credential that is otherwise authentic.
    init(checks: [CheckResult], revocation: Status? = nil) {
        self.checks = checks
        if checks.contains(where: { $0.status == .failed && $0.check != .status }) {
            status = .invalid
        } else if let revocation {
            status = revocation
        } else if checks.contains(where: { $0.status == .failed }) {
            status = .invalid
        } else if checks.contains(where: { $0.status == .unsupported }) {
            status = .unsupported
        } else {
            status = .valid
        }
    }

    public var failures: [CheckResult] { checks.filter { $0.status == .failed } }

    /// The report as JSON, as `tanba verify --json` and `POST /api/v1/credentials/verify` give it:
    /// `{"status": ..., "checks": [{"check", "status", "message"}]}`.
    public var jsonValue: JSONValue {
        [
            "status": .string(status.rawValue),
            "checks": .array(checks.map {
                ["check": .string($0.check.rawValue), "status": .string($0.status.rawValue), "message": .string($0.message)]
            }),
        ]
    }

    public var description: String {
        (["Credential verification: \(status.rawValue.uppercased())"] + checks.map { "  \($0)" }).joined(separator: "\n")
    }
}
