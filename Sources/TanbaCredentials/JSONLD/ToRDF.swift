/// JSON-LD 1.1 Deserialize JSON-LD to RDF (§8.2), without generalized RDF or rdf:direction.
struct RDFSerializer {
    let safeMode: Bool

    func quads(from expanded: [JSONValue]) throws -> [Quad] {
        var nodeMap = NodeMapBuilder()
        try nodeMap.add(expanded)
        var listCounter = 0
        var quads: [Quad] = []
        for graphName in nodeMap.graphs.keys.sortedByCodePoint() {
            guard let graph = nodeMap.graphs[graphName] else { continue }
            let graphTerm: RDFTerm?
            if graphName == NodeMapBuilder.defaultGraph {
                graphTerm = nil
            } else if let term = try resourceTerm(graphName) {
                graphTerm = term
            } else {
                continue
            }
            for subjectName in graph.keys.sortedByCodePoint() {
                guard let entry = graph[subjectName], let subject = try resourceTerm(subjectName) else { continue }
                for type in entry.types {
                    guard let object = try resourceTerm(type) else { continue }
                    quads.append(Quad(subject: subject, predicate: .iri(RDFVocabulary.type), object: object, graph: graphTerm))
                }
                for property in entry.properties.keys.sortedByCodePoint() {
                    if IRI.isBlankNode(property) {
                        try dropped("blank node property \(property) needs generalized RDF")
                        continue
                    }
                    guard IRI.isWellFormed(property) else {
                        try dropped("property \(property) is not a well-formed IRI")
                        continue
                    }
                    for item in entry.properties[property] ?? [] {
                        var listTriples: [(RDFTerm, String, RDFTerm)] = []
                        guard let object = try objectTerm(item, listTriples: &listTriples, listCounter: &listCounter) else {
                            continue
                        }
                        quads.append(Quad(subject: subject, predicate: .iri(property), object: object, graph: graphTerm))
                        for (listSubject, listPredicate, listObject) in listTriples {
                            quads.append(Quad(subject: listSubject, predicate: .iri(listPredicate), object: listObject, graph: graphTerm))
                        }
                    }
                }
            }
        }
        return quads
    }

    private func resourceTerm(_ identifier: String) throws -> RDFTerm? {
        if IRI.isBlankNode(identifier) { return .blankNode(String(identifier.dropFirst(2))) }
        guard IRI.isWellFormed(identifier) else {
            try dropped("\(identifier) is not a well-formed absolute IRI")
            return nil
        }
        return .iri(identifier)
    }

    /// Object to RDF Conversion (§8.4) and List Conversion (§8.5).
    private func objectTerm(
        _ item: NodeMapItem,
        listTriples: inout [(RDFTerm, String, RDFTerm)],
        listCounter: inout Int
    ) throws -> RDFTerm? {
        switch item {
        case .reference(let id):
            return try resourceTerm(id)
        case .value(let valueObject):
            return try literal(valueObject)
        case .list(let items):
            guard !items.isEmpty else { return .iri(RDFVocabulary.nil_) }
            // "l" labels cannot collide with the node map's "b" labels.
            let nodes: [RDFTerm] = items.map { _ in
                defer { listCounter += 1 }
                return .blankNode("l\(listCounter)")
            }
            for (offset, element) in items.enumerated() {
                if let object = try objectTerm(element, listTriples: &listTriples, listCounter: &listCounter) {
                    listTriples.append((nodes[offset], RDFVocabulary.first, object))
                }
                let rest: RDFTerm = offset + 1 < nodes.count ? nodes[offset + 1] : .iri(RDFVocabulary.nil_)
                listTriples.append((nodes[offset], RDFVocabulary.rest, rest))
            }
            return nodes.first
        }
    }

    private func literal(_ valueObject: [String: JSONValue]) throws -> RDFTerm? {
        guard let value = valueObject["@value"] else { return nil }
        var datatype = valueObject["@type"]?.stringValue
        let language = valueObject["@language"]?.stringValue
        if let type = datatype, type != "@json", !IRI.isWellFormed(type) {
            try dropped("datatype \(type) is not a well-formed IRI")
            return nil
        }
        if valueObject["@direction"] != nil {
            // With rdfDirection unset, JSON-LD keeps the literal but loses its base direction.
            try dropped("base direction of a literal (rdf:direction is not supported)")
        }
        if let language, !Self.isWellFormedLanguageTag(language) {
            try dropped("language tag \(language) is not well-formed")
            return nil
        }
        let lexical: String
        if datatype == "@json" {
            lexical = value.canonicalJSONText
            datatype = RDFVocabulary.json
        } else {
            switch value {
            case .bool(let flag):
                lexical = flag ? "true" : "false"
                if datatype == nil { datatype = RDFVocabulary.boolean }
            case .number(let number):
                if !number.isIntegral || datatype == RDFVocabulary.double {
                    lexical = number.canonicalDoubleLexical
                    if datatype == nil { datatype = RDFVocabulary.double }
                } else {
                    lexical = number.canonicalIntegerLexical
                    if datatype == nil { datatype = RDFVocabulary.integer }
                }
            case .string(let text):
                lexical = text
                if datatype == nil { datatype = language == nil ? RDFVocabulary.string : RDFVocabulary.langString }
            default:
                throw CredentialError.invalidJSONLD("value object with a non-scalar @value")
            }
        }
        return .literal(RDFLiteral(lexicalForm: lexical, datatype: datatype ?? RDFVocabulary.string, language: language))
    }

    static func isWellFormedLanguageTag(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (1...8).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            return false
        }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }

    private func dropped(_ what: String) throws {
        if safeMode { throw CredentialError.droppedData(what) }
    }
}
