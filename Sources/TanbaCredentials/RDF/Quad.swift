/// An RDF literal: lexical form plus datatype IRI, or a language tag (datatype rdf:langString).
public struct RDFLiteral: Hashable, Sendable {
    public var lexicalForm: String
    public var datatype: String
    public var language: String?

    public init(lexicalForm: String, datatype: String = "http://www.w3.org/2001/XMLSchema#string", language: String? = nil) {
        self.lexicalForm = lexicalForm
        self.language = language
        self.datatype = language == nil ? datatype : "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
    }
}

/// An RDF term; blank node labels are stored without the "_:" prefix.
public enum RDFTerm: Hashable, Sendable {
    case iri(String)
    case blankNode(String)
    case literal(RDFLiteral)

    var blankNodeLabel: String? {
        if case .blankNode(let label) = self { return label }
        return nil
    }
}

/// One RDF quad; `graph` nil means the default graph.
public struct Quad: Hashable, Sendable {
    public var subject: RDFTerm
    public var predicate: RDFTerm
    public var object: RDFTerm
    public var graph: RDFTerm?

    public init(subject: RDFTerm, predicate: RDFTerm, object: RDFTerm, graph: RDFTerm? = nil) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.graph = graph
    }
}
