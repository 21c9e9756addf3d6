/// Expands JSON-LD documents and converts them to RDF, loading contexts only through its `DocumentLoader`.
public struct JSONLDProcessor: Sendable {
    public let loader: any DocumentLoader
    /// When true, data JSON-LD would silently drop (undefined terms, relative IRIs, ...) raises
    /// `CredentialError.droppedData`; signing and verifying use this so nothing unsigned slips through.
    public let safeMode: Bool

    public init(loader: any DocumentLoader = BundledContextLoader(), safeMode: Bool = false) {
        self.loader = loader
        self.safeMode = safeMode
    }

    /// JSON-LD 1.1 expanded form: always an array of node objects.
    public func expand(_ document: JSONValue) throws -> JSONValue {
        .array(try expandedNodes(document))
    }

    /// The document's RDF dataset (JSON-LD 1.1 toRdf).
    public func toRDF(_ document: JSONValue) throws -> [Quad] {
        try RDFSerializer(safeMode: safeMode).quads(from: try expandedNodes(document))
    }

    /// RDFC-1.0 canonical N-Quads of the document.
    public func canonicalize(_ document: JSONValue) throws -> String {
        try RDFCanonicalizer.canonicalize(try toRDF(document))
    }

    private func expandedNodes(_ document: JSONValue) throws -> [JSONValue] {
        let expander = Expander(contextProcessor: ContextProcessor(loader: loader), safeMode: safeMode)
        return try expander.expandDocument(document)
    }
}
