import Foundation

/// Serves the context documents shipped inside this module, plus any the app registers.
public struct BundledContextLoader: DocumentLoader {
    /// Context URL to bundled resource file name.
    public static let bundledContextFiles: [String: String] = [
        "https://www.w3.org/ns/credentials/v2": "credentials-v2.jsonld",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json": "ob-v3p0-3.0.3.json",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json": "ob-v3p0-3.0.2.json",
        "https://w3id.org/security/data-integrity/v1": "data-integrity-v1.jsonld",
        // Not in the conformance material: the three 1EdTech terms (schema validator, revocation
        // list, refresh service) that many OB 3.0 credentials list. Its RDF is checked by the
        // validator fixtures signed with it (complete, simple-did-key-method, endorsement-valid),
        // whose eddsa-rdfc-2022 signatures verify only if these mappings are exact.
        "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json": "ob-v3p0-extensions.json",
    ]

    /// Shared by every copy of this loader, whose documents are the same: create one loader and
    /// reuse it, and the contexts are processed once rather than per credential.
    let contextCache = ContextCache()

    // Parsed once per process: the files are immutable resources.
    private static let bundled: Result<[String: JSONValue], CredentialError> = loadBundled()

    private let additionalContexts: [String: JSONValue]

    /// `additionalContexts` maps further context URLs to their documents (for the app's own
    /// extension contexts); they take precedence over bundled ones with the same URL.
    public init(additionalContexts: [String: JSONValue] = [:]) {
        self.additionalContexts = additionalContexts
    }

    public func loadContext(_ url: String) throws -> JSONValue {
        if let document = additionalContexts[url] { return document }
        guard Self.bundledContextFiles[url] != nil else { throw CredentialError.unknownContext(url: url) }
        let documents = try Self.bundled.get()
        guard let document = documents[url] else { throw CredentialError.unknownContext(url: url) }
        return document
    }

    private static func loadBundled() -> Result<[String: JSONValue], CredentialError> {
        var documents: [String: JSONValue] = [:]
        for (url, file) in bundledContextFiles {
            // bundleURL, not resourceURL: Foundation on Linux takes a bundle holding a "Resources"
            // folder for a macOS-style bundle and would look one level too deep.
            let resource = Bundle.module.bundleURL.appendingPathComponent("Resources").appendingPathComponent(file)
            guard FileManager.default.fileExists(atPath: resource.path) else {
                return .failure(.contextLoadFailed(url: url, reason: "bundled resource \(file) is missing"))
            }
            do {
                documents[url] = try JSONValue(data: Data(contentsOf: resource))
            } catch let error as CredentialError {
                return .failure(.contextLoadFailed(url: url, reason: error.description))
            } catch {
                return .failure(.contextLoadFailed(url: url, reason: "\(error)"))
            }
        }
        return .success(documents)
    }
}
