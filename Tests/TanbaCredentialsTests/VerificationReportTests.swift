import Testing
@testable import TanbaCredentials

@Suite("VerificationReport")
struct VerificationReportTests {
    private func result(_ check: CheckName, _ status: CheckStatus) -> CheckResult {
        CheckResult(check: check, status: status, message: "m")
    }

    @Test("overall status: failed beats revoked beats unsupported beats warnings")
    func precedence() {
        // act / check
        #expect(VerificationReport(checks: [result(.proof, .passed), result(.schema, .warning)]).status == .valid)
        #expect(VerificationReport(checks: [result(.proof, .unsupported), result(.schema, .warning)]).status == .unsupported)
        #expect(VerificationReport(checks: [result(.proof, .failed), result(.context, .unsupported)]).status == .invalid)
        #expect(VerificationReport(checks: [result(.proof, .passed), result(.status, .failed)], revocation: .revoked).status == .revoked)
        #expect(VerificationReport(checks: [result(.proof, .unsupported), result(.status, .failed)], revocation: .suspended).status == .suspended)
        #expect(VerificationReport(checks: [result(.expired, .failed), result(.status, .failed)], revocation: .revoked).status == .invalid)
    }

    @Test("the description prints the verdict, then one line per check")
    func description() {
        // setup
        let report = VerificationReport(checks: [
            CheckResult(check: .parse, status: .passed, message: "JSON object"),
            CheckResult(check: .expired, status: .failed, message: "expired: validUntil 2010-01-01T00:00:00Z is in the past"),
            CheckResult(check: .status, status: .warning, message: "status unknown (not resolvable offline)"),
        ])
        // act
        let text = report.description
        // check
        #expect(text == """
            Credential verification: INVALID
              [ok]   parse: JSON object
              [FAIL] expired: expired: validUntil 2010-01-01T00:00:00Z is in the past
              [warn] status: status unknown (not resolvable offline)
            """)
        #expect(report.failures.map(\.check) == [.expired])
    }
}
