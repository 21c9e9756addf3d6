import Foundation

/// Checks the validity period against an injected `now`: VC 2.0 `validFrom`/`validUntil`, and the
/// VC 1.1 `issuanceDate`/`expirationDate` when present.
enum ValidityCheck {
    static func run(_ credential: JSONValue, now: Date) -> [CheckResult] {
        [
            check(.validFrom, keys: ["validFrom", "issuanceDate"], in: credential) { date, key, text in
                date > now
                    ? CheckResult(check: .validFrom, status: .failed, message: "\(key) \(text) is in the future (now \(ProofOptions.dateTime(now)))")
                    : CheckResult(check: .validFrom, status: .passed, message: "\(key) \(text) has passed")
            },
            check(.expired, keys: ["validUntil", "expirationDate"], in: credential) { date, key, text in
                date < now
                    ? CheckResult(check: .expired, status: .failed, message: "expired: \(key) \(text) is in the past (now \(ProofOptions.dateTime(now)))")
                    : CheckResult(check: .expired, status: .passed, message: "\(key) \(text) is still ahead")
            },
        ]
    }

    private static func check(_ name: CheckName, keys: [String], in credential: JSONValue,
                              judge: (Date, String, String) -> CheckResult) -> CheckResult {
        var results: [CheckResult] = []
        for key in keys {
            guard let value = credential[key] else { continue }
            guard let text = value.stringValue, let date = RFC3339.date(from: text) else {
                results.append(CheckResult(check: name, status: .failed, message: "\(key) \(SchemaEvaluator.brief(value)) is not a date-time with timezone"))
                continue
            }
            results.append(judge(date, key, text))
        }
        if results.isEmpty { return CheckResult(check: name, status: .passed, message: "no \(keys.joined(separator: " or ")) given") }
        return results.first(where: { $0.status == .failed }) ?? CheckResult(check: name, status: .passed,
                                                                            message: results.map(\.message).joined(separator: "; "))
    }
}
