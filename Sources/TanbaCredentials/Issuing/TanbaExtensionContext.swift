/// The Tanba JSON-LD extension context: the terms an Open Badges 3.0 credential lacks for the EU
/// micro-credential elements (assessment type, form of participation, quality assurance, workload
/// in hours), plus the controller-document terms the issuer profile uses to publish its keys.
///
/// The document is part of what a signature covers (eddsa-rdfc-2022 signs the RDF the context
/// produces), so once a credential references `url`, the document served there must never change:
/// a new or changed term means a new file (`tanba-v2.jsonld`), never an edit of this one.
public struct TanbaExtensionContext: Sendable, Equatable {
    /// Where the app serves the document, relative to its public URL.
    public static let path = "/contexts/tanba-v1.jsonld"

    /// The extension terms, each a property of `Achievement`.
    public static let assessmentType = "assessmentType"
    public static let participationForm = "participationForm"
    public static let qualityAssurance = "qualityAssurance"
    public static let workloadHours = "workloadHours"
    /// Every Tanba-defined term (not the controller-document ones, whose IRIs are W3C's).
    public static let extensionTerms = [assessmentType, participationForm, qualityAssurance, workloadHours]

    static let security = "https://w3id.org/security#"
    static let xsdInteger = "http://www.w3.org/2001/XMLSchema#integer"
    static let xsdDateTime = "http://www.w3.org/2001/XMLSchema#dateTime"

    /// The context URL listed in credentials' `@context`: `{publicURL}/contexts/tanba-v1.jsonld`.
    public let url: String
    /// The IRI prefix of the Tanba terms. By default the context URL plus "#", so every term IRI
    /// dereferences to the document that defines it and no separate vocabulary route is needed.
    public let vocabulary: String

    /// `publicURL` is the app's public base URL (a trailing slash is ignored).
    public init(publicURL: String, vocabulary: String? = nil) {
        let base = publicURL.hasSuffix("/") ? String(publicURL.dropLast()) : publicURL
        url = base + Self.path
        self.vocabulary = vocabulary ?? url + "#"
    }

    /// The full IRI a Tanba term expands to.
    public func iri(of term: String) -> String { vocabulary + term }

    /// The JSON-LD context document to serve at `url` (media type `application/ld+json`).
    public var document: JSONValue {
        var terms: [String: JSONValue] = [
            // Protected like the VC and OB contexts, so a later context cannot silently change what
            // these terms mean in a signed credential.
            "@protected": true,
            "id": "@id",
            "type": "@type",
            Self.workloadHours: ["@id": .string(iri(of: Self.workloadHours)), "@type": .string(Self.xsdInteger)],
            // Controller-document terms, for the issuer profile's keys. VC 2.0 defines them only
            // inside proofs. `verificationMethod` must stay identical to the Data Integrity
            // definition: proofs redefine it and a protected term may only be redefined identically.
            "verificationMethod": ["@id": .string(Self.security + "verificationMethod"), "@type": "@id"],
            "assertionMethod": ["@id": .string(Self.security + "assertionMethod"), "@type": "@id", "@container": "@set"],
            "Multikey": [
                "@id": .string(Self.security + "Multikey"),
                // Scoped to Multikey so that `controller` or `expires` never clash with proof terms.
                "@context": [
                    "@protected": true,
                    "id": "@id",
                    "type": "@type",
                    "controller": ["@id": .string(Self.security + "controller"), "@type": "@id"],
                    "publicKeyMultibase": ["@id": .string(Self.security + "publicKeyMultibase"),
                                           "@type": .string(Self.security + "multibase")],
                    "revoked": ["@id": .string(Self.security + "revoked"), "@type": .string(Self.xsdDateTime)],
                    "expires": ["@id": .string(Self.security + "expiration"), "@type": .string(Self.xsdDateTime)],
                ],
            ],
        ]
        for term in [Self.assessmentType, Self.participationForm, Self.qualityAssurance] {
            terms[term] = ["@id": .string(iri(of: term))]
        }
        return ["@context": .object(terms)]
    }

    /// The entry to pass to `BundledContextLoader(additionalContexts:)`.
    public var additionalContexts: [String: JSONValue] { [url: document] }

    /// A loader serving the bundled contexts plus this one, for signing and verifying offline.
    public func documentLoader() -> BundledContextLoader {
        BundledContextLoader(additionalContexts: additionalContexts)
    }
}
