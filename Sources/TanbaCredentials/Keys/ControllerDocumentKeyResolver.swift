/// Resolves verification methods from controller documents the caller supplies (issuer profiles,
/// DID documents), keyed by the document URL or by the verification method URL itself.
///
/// A document lists keys as `verificationMethod` entries (or embeds them in `assertionMethod`) of
/// type `Multikey` with `publicKeyMultibase`. If it has an `assertionMethod` list, the key must be
/// in it, since only those keys may sign credentials.
public struct ControllerDocumentKeyResolver: KeyResolver {
    private let documents: [String: JSONValue]

    public init(documents: [String: JSONValue]) {
        self.documents = documents
    }

    public func resolveKey(for verificationMethod: String) throws -> ResolvedKey? {
        if let method = documents[verificationMethod], method["publicKeyMultibase"] != nil {
            let controller = method["controller"]?.stringValue ?? verificationMethod
            return try key(from: method, verificationMethod: verificationMethod, controller: controller)
        }
        let controllerURL = String(verificationMethod.prefix { $0 != "#" })
        guard let document = documents[controllerURL] else { return nil }
        let documentID = document["id"]?.stringValue ?? controllerURL
        let listed = (document["verificationMethod"]?.asArray ?? []) + (document["assertionMethod"]?.asArray ?? [])
        guard let method = listed.first(where: { refers($0["id"] ?? .null, to: verificationMethod, base: documentID) }) else {
            throw KeyResolutionError.notFound(verificationMethod: verificationMethod, controller: documentID)
        }
        if let assertion = document["assertionMethod"]?.asArray,
           !assertion.contains(where: { refers($0, to: verificationMethod, base: documentID) || refers($0["id"] ?? .null, to: verificationMethod, base: documentID) }) {
            throw KeyResolutionError.notAuthorized(verificationMethod: verificationMethod, controller: documentID)
        }
        if let controller = method["controller"]?.stringValue, controller != documentID {
            throw KeyResolutionError.invalidKey(verificationMethod: verificationMethod,
                                                reason: "its controller \(controller) is not the document \(documentID)")
        }
        return try key(from: method, verificationMethod: verificationMethod, controller: documentID)
    }

    /// Whether an id (absolute, or a "#fragment" relative to the document) names the method.
    private func refers(_ id: JSONValue, to verificationMethod: String, base: String) -> Bool {
        guard let id = id.stringValue else { return false }
        return id == verificationMethod || (id.hasPrefix("#") && base + id == verificationMethod)
    }

    private func key(from method: JSONValue, verificationMethod: String, controller: String) throws -> ResolvedKey {
        guard method["type"]?.stringValue == "Multikey" else {
            throw KeyResolutionError.invalidKey(verificationMethod: verificationMethod,
                                                reason: "type is \(method["type"]?.stringValue ?? "missing"), expected Multikey")
        }
        guard let multibase = method["publicKeyMultibase"]?.stringValue else {
            throw KeyResolutionError.invalidKey(verificationMethod: verificationMethod, reason: "publicKeyMultibase is missing")
        }
        do {
            let key = try Ed25519Multikey(publicKeyMultibase: multibase)
            return ResolvedKey(verificationMethod: verificationMethod, controller: controller, publicKey: key.publicKey)
        } catch let error as CredentialError {
            throw KeyResolutionError.invalidKey(verificationMethod: verificationMethod, reason: error.description)
        }
    }
}
