/// Checks `@context`: VC 2.0 base context first, and every context available without fetching.
enum ContextCheck {
    static let credentialsV2 = "https://www.w3.org/ns/credentials/v2"
    static let credentialsV1 = "https://www.w3.org/2018/credentials/v1"

    static func run(_ credential: JSONValue, loader: any DocumentLoader) -> CheckResult {
        guard let contexts = credential["@context"]?.asArray, !contexts.isEmpty else {
            return CheckResult(check: .context, status: .failed, message: "@context is missing")
        }
        let first = contexts[0].stringValue ?? "(an inline context)"
        if first == credentialsV1 {
            return CheckResult(check: .context, status: .unsupported,
                               message: "VC Data Model 1.1 credential (\(credentialsV1)); only VC 2.0 credentials are supported")
        }
        var unknown: [String] = []
        var broken: [String] = []
        for url in contexts.compactMap(\.stringValue) {
            do {
                _ = try loader.loadContext(url)
            } catch CredentialError.unknownContext {
                unknown.append(url)
            } catch {
                broken.append("\(error)")
            }
        }
        if first != credentialsV2 {
            return CheckResult(check: .context, status: .failed, message: "the first @context must be \(credentialsV2), found \(first)")
        }
        if !broken.isEmpty {
            return CheckResult(check: .context, status: .failed, message: broken.joined(separator: "; "))
        }
        if !unknown.isEmpty {
            return CheckResult(check: .context, status: .unsupported,
                               message: "unknown context \(unknown.joined(separator: ", ")): not bundled, and contexts are never fetched")
        }
        return CheckResult(check: .context, status: .passed, message: "VC 2.0; all \(contexts.count) contexts available offline")
    }
}
