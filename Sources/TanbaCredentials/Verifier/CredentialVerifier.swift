import Foundation

/// Verifies an Open Badges 3.0 / VC 2.0 credential completely and offline: parse, context, JSON
/// Schema, type, validity period, verification method, eddsa-rdfc-2022 proof and status list.
/// Nothing is fetched; keys and status lists come from the resolvers given.
public struct CredentialVerifier: Sendable {
    private let keyResolvers: [any KeyResolver]
    private let statusListResolver: any StatusListResolver
    private let documentLoader: any DocumentLoader

    /// `keyResolvers` are asked in order; the first that handles a verification method decides.
    public init(
        keyResolvers: [any KeyResolver] = [DIDKeyResolver()],
        statusListResolver: any StatusListResolver = StaticStatusListResolver(),
        documentLoader: any DocumentLoader = BundledContextLoader()
    ) {
        self.keyResolvers = keyResolvers
        self.statusListResolver = statusListResolver
        self.documentLoader = documentLoader
    }

    /// did:key plus the given controller documents (issuer profiles keyed by URL) and status lists.
    /// Pass a `documentLoader` holding any extension contexts the credentials use (e.g.
    /// `TanbaExtensionContext.documentLoader()`); the bundled contexts alone do not know them.
    public init(
        controllerDocuments: [String: JSONValue],
        statusListCredentials: [String: JSONValue] = [:],
        documentLoader: any DocumentLoader = BundledContextLoader()
    ) {
        self.init(keyResolvers: [DIDKeyResolver(), ControllerDocumentKeyResolver(documents: controllerDocuments)],
                  statusListResolver: StaticStatusListResolver(credentials: statusListCredentials),
                  documentLoader: documentLoader)
    }

    /// Verifies credential bytes as received (JSON; a compact JWS/VC-JWT is reported unsupported).
    public func verify(_ data: Data, now: Date) -> VerificationReport {
        // Only input that does not open a JSON object can be a compact JWS; trimming and matching a
        // whole credential's text cost as much as a twentieth of verifying it.
        if data.first(where: { !" \t\r\n".utf8.contains($0) }) != UInt8(ascii: "{") {
            let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if Self.looksLikeJWS(text) { return Self.unsupportedJWT() }
        }
        do {
            return verify(try JSONValue(data: data), now: now)
        } catch {
            return VerificationReport(checks: [CheckResult(check: .parse, status: .failed, message: "not valid JSON: \(error)")])
        }
    }

    /// Verifies a parsed credential. Every check runs, so the report names all that is wrong;
    /// `now` is the instant validity dates are judged against.
    public func verify(_ credential: JSONValue, now: Date) -> VerificationReport {
        guard credential.objectValue != nil else {
            if let text = credential.stringValue, Self.looksLikeJWS(text) { return Self.unsupportedJWT() }
            return VerificationReport(checks: [CheckResult(check: .parse, status: .failed, message: "a credential must be a JSON object")])
        }
        var checks = [CheckResult(check: .parse, status: .passed, message: "JSON object")]
        let context = ContextCheck.run(credential, loader: documentLoader)
        checks.append(context)
        let isVC11 = context.status == .unsupported && credential["@context"]?.asArray.first?.stringValue == ContextCheck.credentialsV1
        checks.append(SchemaCheck.run(credential, isVC11: isVC11))
        checks.append(TypeCheck.run(credential))
        checks += ValidityCheck.run(credential, now: now)
        checks += ProofCheck(suite: EdDSARDFC2022(loader: documentLoader), keyResolvers: keyResolvers).run(credential)
        let status = StatusCheck(resolver: statusListResolver, now: now).run(credential)
        checks += status.results
        return VerificationReport(checks: checks, revocation: status.revocation)
    }

    /// Compact JWS: three base64url segments (VC-JWT, JOSE/COSE-secured credentials).
    static func looksLikeJWS(_ text: String) -> Bool {
        guard let regex = compactJWS else { return false }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    // Compiled once rather than for every credential received as bytes; the pattern is a constant.
    private static let compactJWS = try? NSRegularExpression(pattern: #"^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+$"#)

    private static func unsupportedJWT() -> VerificationReport {
        VerificationReport(checks: [CheckResult(check: .parse, status: .unsupported,
                                                message: "a JWT (VC-JWT / JOSE-secured credential) is not supported; only embedded Data Integrity proofs")])
    }
}
