/// Every failure the credential module reports, each case naming exactly what went wrong.
public enum CredentialError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidJSON(String)
    case unknownContext(url: String)
    case contextLoadFailed(url: String, reason: String)
    case invalidContext(String)
    case protectedTermRedefinition(term: String)
    case invalidIRI(String)
    case invalidJSONLD(String)
    case unsupportedJSONLDFeature(String)
    /// Safe mode refused to silently drop data that would not be covered by a signature.
    case droppedData(String)
    case invalidNQuads(String)
    case canonicalizationLimitExceeded(limit: Int)
    case invalidMultibase(String)
    case invalidKey(String)
    case invalidDocument(String)
    case invalidProof(String)
    case invalidProofValue(String)
    case wrongProofType(found: String)
    case wrongCryptosuite(found: String)
    case noMatchingProof(String)
    case signatureMismatch
    case invalidStatusList(String)

    public var description: String {
        switch self {
        case .invalidJSON(let detail): "invalid JSON: \(detail)"
        case .unknownContext(let url): "unknown JSON-LD context URL (contexts are never fetched; register it with the document loader): \(url)"
        case .contextLoadFailed(let url, let reason): "could not load JSON-LD context \(url): \(reason)"
        case .invalidContext(let detail): "invalid JSON-LD context: \(detail)"
        case .protectedTermRedefinition(let term): "JSON-LD protected term redefinition: \(term)"
        case .invalidIRI(let detail): "invalid IRI: \(detail)"
        case .invalidJSONLD(let detail): "invalid JSON-LD: \(detail)"
        case .unsupportedJSONLDFeature(let feature): "unsupported JSON-LD feature: \(feature)"
        case .droppedData(let detail): "JSON-LD safe mode: data would be dropped and left unsigned: \(detail)"
        case .invalidNQuads(let detail): "invalid N-Quads: \(detail)"
        case .canonicalizationLimitExceeded(let limit): "RDFC-1.0 canonicalization exceeded its limit of \(limit) Hash N-Degree Quads calls"
        case .invalidMultibase(let detail): "invalid multibase value: \(detail)"
        case .invalidKey(let detail): "invalid key: \(detail)"
        case .invalidDocument(let detail): "invalid document: \(detail)"
        case .invalidProof(let detail): "invalid proof: \(detail)"
        case .invalidProofValue(let detail): "invalid proof value: \(detail)"
        case .wrongProofType(let found): "wrong proof type: expected DataIntegrityProof, found \(found)"
        case .wrongCryptosuite(let found): "wrong cryptosuite: expected eddsa-rdfc-2022, found \(found)"
        case .noMatchingProof(let detail): "no matching proof: \(detail)"
        case .signatureMismatch: "signature mismatch: the proof does not verify against the document and key"
        case .invalidStatusList(let detail): "invalid status list: \(detail)"
        }
    }
}
