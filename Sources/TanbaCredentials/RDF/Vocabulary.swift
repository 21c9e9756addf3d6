/// IRIs of the RDF and XML Schema terms JSON-LD's RDF conversion emits.
enum RDFVocabulary {
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let type = rdf + "type"
    static let first = rdf + "first"
    static let rest = rdf + "rest"
    static let nil_ = rdf + "nil"
    static let langString = rdf + "langString"
    static let json = rdf + "JSON"
    static let xsd = "http://www.w3.org/2001/XMLSchema#"
    static let string = xsd + "string"
    static let boolean = xsd + "boolean"
    static let integer = xsd + "integer"
    static let double = xsd + "double"
}
