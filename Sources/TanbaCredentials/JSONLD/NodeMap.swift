/// One object position in the node map: a node reference, a value object or a list.
indirect enum NodeMapItem: Equatable, Sendable {
    case reference(String)
    case value([String: JSONValue])
    case list([NodeMapItem])
}

/// A flattened node: its types and property values, as Node Map Generation (§7.2) builds them.
struct NodeMapEntry: Sendable {
    var types: [String] = []
    var properties: [String: [NodeMapItem]] = [:]
}

/// JSON-LD 1.1 Node Map Generation (§7.2): flattens expanded JSON-LD into graphs of nodes,
/// labelling every unlabelled node with a fresh blank node identifier.
struct NodeMapBuilder {
    static let defaultGraph = "@default"

    private(set) var graphs: [String: [String: NodeMapEntry]] = [defaultGraph: [:]]
    private var blankNodeCounter = 0
    private var blankNodeRelabels: [String: String] = [:]

    mutating func add(_ expanded: [JSONValue]) throws {
        for element in expanded {
            _ = try process(element, graph: Self.defaultGraph)
        }
    }

    /// Input blank node labels are renamed so they cannot collide with generated ones.
    private mutating func blankNodeIdentifier(for existing: String?) -> String {
        if let existing, let relabelled = blankNodeRelabels[existing] { return relabelled }
        let identifier = "_:b\(blankNodeCounter)"
        blankNodeCounter += 1
        if let existing { blankNodeRelabels[existing] = identifier }
        return identifier
    }

    /// Adds the element to the node map and returns what its parent should point at.
    private mutating func process(_ element: JSONValue, graph: String) throws -> NodeMapItem? {
        guard case .object(let members) = element else {
            throw CredentialError.invalidJSONLD("expanded JSON-LD contains a non-object where a node or value was expected")
        }
        if members["@value"] != nil {
            return .value(members)
        }
        if let list = members["@list"] {
            var items: [NodeMapItem] = []
            for item in list.asArray {
                if let processed = try process(item, graph: graph) { items.append(processed) }
            }
            return .list(items)
        }
        var id: String
        if case .string(let existing)? = members["@id"] {
            id = IRI.isBlankNode(existing) ? blankNodeIdentifier(for: existing) : existing
        } else {
            id = blankNodeIdentifier(for: nil)
        }
        if graphs[graph, default: [:]][id] == nil {
            graphs[graph, default: [:]][id] = NodeMapEntry()
        }
        if let types = members["@type"] {
            for typeValue in types.asArray {
                guard case .string(var type) = typeValue else { continue }
                if IRI.isBlankNode(type) { type = blankNodeIdentifier(for: type) }
                if graphs[graph]?[id]?.types.contains(type) == false {
                    graphs[graph]?[id]?.types.append(type)
                }
            }
        }
        if let namedGraph = members["@graph"] {
            if graphs[id] == nil { graphs[id] = [:] }
            for item in namedGraph.asArray {
                _ = try process(item, graph: id)
            }
        }
        for property in members.keys.sortedByCodePoint() where !Keyword.isKeyword(property) {
            guard let values = members[property] else { continue }
            var propertyName = property
            if IRI.isBlankNode(property) { propertyName = blankNodeIdentifier(for: property) }
            if graphs[graph]?[id]?.properties[propertyName] == nil {
                graphs[graph]?[id]?.properties[propertyName] = []
            }
            for value in values.asArray {
                guard let item = try process(value, graph: graph) else { continue }
                let existing = graphs[graph]?[id]?.properties[propertyName] ?? []
                // Node map generation keeps each value and reference once; lists always stay.
                if case .list = item {
                    graphs[graph]?[id]?.properties[propertyName]?.append(item)
                } else if !existing.contains(item) {
                    graphs[graph]?[id]?.properties[propertyName]?.append(item)
                }
            }
        }
        return .reference(id)
    }
}
