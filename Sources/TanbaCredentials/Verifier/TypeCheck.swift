/// Checks the credential `type`: a VerifiableCredential of one of the Open Badges 3.0 kinds.
enum TypeCheck {
    static let credentialKinds = ["OpenBadgeCredential", "AchievementCredential", "EndorsementCredential"]

    static func types(of credential: JSONValue) -> [String] {
        credential["type"]?.asArray.compactMap(\.stringValue) ?? []
    }

    static func run(_ credential: JSONValue) -> CheckResult {
        let types = types(of: credential)
        guard !types.isEmpty else { return CheckResult(check: .type, status: .failed, message: "type is missing") }
        guard types.contains("VerifiableCredential") else {
            return CheckResult(check: .type, status: .failed, message: "type \(types) does not contain VerifiableCredential")
        }
        guard let kind = types.first(where: credentialKinds.contains) else {
            return CheckResult(check: .type, status: .failed,
                               message: "type \(types) contains none of \(credentialKinds.joined(separator: ", "))")
        }
        return CheckResult(check: .type, status: .passed, message: "VerifiableCredential, \(kind)")
    }
}
