/// Validates against the bundled Open Badges 3.0 JSON Schema for the credential's kind.
///
/// Like 1EdTech's validator, a credential that fails plain-JSON validation only because it writes a
/// single value where the schema wants an array (`"type": "Profile"`) passes with a warning: in
/// JSON-LD both mean the same set, but plain-JSON consumers may reject it.
enum SchemaCheck {
    static let maxListed = 5

    static func run(_ credential: JSONValue, isVC11: Bool) -> CheckResult {
        if isVC11 {
            return CheckResult(check: .schema, status: .unsupported,
                               message: "the bundled Open Badges 3.0 schemas describe VC 2.0 credentials, not VC 1.1")
        }
        let isEndorsement = TypeCheck.types(of: credential).contains("EndorsementCredential")
        let name = isEndorsement ? "EndorsementCredential" : "AchievementCredential"
        let schema: JSONSchema
        do {
            schema = try isEndorsement ? OpenBadgesSchemas.endorsementCredential() : OpenBadgesSchemas.achievementCredential()
        } catch {
            return CheckResult(check: .schema, status: .failed, message: "the \(name) schema is unavailable: \(error)")
        }
        let strict = schema.validate(credential)
        if strict.isEmpty {
            return CheckResult(check: .schema, status: .passed, message: "valid against the Open Badges 3.0 \(name) schema")
        }
        let lenient = schema.validate(credential, options: JSONSchema.Options(singleValuesAsArrays: true))
        if lenient.isEmpty {
            return CheckResult(check: .schema, status: .warning,
                               message: "valid against the \(name) schema only when single values are read as one-element arrays (JSON-LD); plain JSON: "
                                   + list(strict))
        }
        return CheckResult(check: .schema, status: .failed, message: "invalid against the \(name) schema: " + list(lenient))
    }

    private static func list(_ violations: [SchemaViolation]) -> String {
        let shown = violations.prefix(maxListed).map(\.description).joined(separator: "; ")
        return violations.count > maxListed ? shown + "; and \(violations.count - maxListed) more" : shown
    }
}
