/// JSON-LD 1.1 Expansion (§5.1.2) for the feature set Verifiable Credentials use.
/// `nil` results stand for JSON-LD's null: the value is dropped.
struct Expander: Sendable {
    let contextProcessor: ContextProcessor
    /// When true, anything the algorithm would silently drop is an error instead.
    let safeMode: Bool

    func expandDocument(_ document: JSONValue) throws -> [JSONValue] {
        var expanded = try expand(ActiveContext(), activeProperty: nil, element: document)
        if case .object(let members)? = expanded, members.count == 1, let graph = members["@graph"] {
            expanded = graph
        }
        guard let expanded else { return [] }
        return expanded.asArray
    }

    func expand(
        _ activeContext: ActiveContext,
        activeProperty: String?,
        element: JSONValue,
        fromMap: Bool = false
    ) throws -> JSONValue? {
        let propertyDefinition = activeProperty.flatMap { activeContext.terms[$0] }
        let propertyScopedContext = propertyDefinition?.scopedContext
        switch element {
        case .null:
            return nil
        case .bool, .number, .string:
            if activeProperty == nil || activeProperty == "@graph" {
                try dropped("free-floating value \(element.debugText)")
                return nil
            }
            var context = activeContext
            if let propertyScopedContext {
                context = try contextProcessor.process(
                    context, localContext: .scoped(propertyScopedContext), baseURL: propertyDefinition?.baseURL,
                    overrideProtected: true)
            }
            return try expandValue(context, activeProperty: activeProperty, value: element)
        case .array(let items):
            var result: [JSONValue] = []
            let isListContainer = propertyDefinition?.containers.contains("@list") == true
            for item in items {
                guard var expandedItem = try expand(activeContext, activeProperty: activeProperty, element: item, fromMap: fromMap)
                else { continue }
                if isListContainer, case .array = expandedItem {
                    expandedItem = ["@list": expandedItem]
                }
                if case .array(let nested) = expandedItem {
                    result.append(contentsOf: nested)
                } else {
                    result.append(expandedItem)
                }
            }
            return .array(result)
        case .object(let members):
            return try expandObject(
                activeContext, activeProperty: activeProperty, element: members,
                propertyScopedContext: propertyScopedContext, propertyBaseURL: propertyDefinition?.baseURL,
                fromMap: fromMap)
        }
    }

    private func expandObject(
        _ initialContext: ActiveContext,
        activeProperty: String?,
        element: [String: JSONValue],
        propertyScopedContext: ScopedContext?,
        propertyBaseURL: String?,
        fromMap: Bool
    ) throws -> JSONValue? {
        var activeContext = initialContext
        if let previous = activeContext.previousContext?.context, !fromMap {
            let expandedKeys = try element.keys.map { try activeContext.expandIRI($0, vocab: true) }
            let isValueObject = expandedKeys.contains("@value")
            let isNodeReference = expandedKeys.count == 1 && expandedKeys.first == "@id"
            if !isValueObject, !isNodeReference {
                activeContext = previous
            }
        }
        if let propertyScopedContext {
            activeContext = try contextProcessor.process(
                activeContext, localContext: .scoped(propertyScopedContext), baseURL: propertyBaseURL, overrideProtected: true)
        }
        if let localContext = element["@context"] {
            activeContext = try contextProcessor.process(activeContext, localContext: .document(localContext), baseURL: nil)
        }
        let typeScopedContext = activeContext
        var inputType: String?
        for key in element.keys.sortedByCodePoint() where try activeContext.expandIRI(key, vocab: true) == "@type" {
            guard let value = element[key] else { continue }
            let types = value.asArray.compactMap(\.stringValue).sortedByCodePoint()
            for type in types {
                if let definition = typeScopedContext.terms[type], let scoped = definition.scopedContext {
                    activeContext = try contextProcessor.process(
                        activeContext, localContext: .scoped(scoped), baseURL: definition.baseURL, propagate: false)
                }
            }
            if let last = value.asArray.last?.stringValue {
                inputType = try typeScopedContext.expandIRI(last, documentRelative: true, vocab: true)
            }
        }

        var result: [String: JSONValue] = [:]
        try expandEntries(
            of: element, into: &result, activeContext: activeContext, typeScopedContext: typeScopedContext,
            activeProperty: activeProperty, inputType: inputType)
        return try finishObject(result, activeProperty: activeProperty)
    }

    /// Steps 13 and 14: expands each entry, then the entries of any @nest objects.
    private func expandEntries(
        of element: [String: JSONValue],
        into result: inout [String: JSONValue],
        activeContext: ActiveContext,
        typeScopedContext: ActiveContext,
        activeProperty: String?,
        inputType: String?
    ) throws {
        var nests: [String] = []
        for key in element.keys.sortedByCodePoint() where key != "@context" {
            guard let value = element[key] else { continue }
            // A byte search: String.contains(String) went through NSString for every property.
            guard let expandedProperty = try activeContext.expandIRI(key, vocab: true),
                  expandedProperty.utf8.contains(UInt8(ascii: ":")) || Keyword.isKeyword(expandedProperty)
            else {
                try dropped("property \(key) is not defined by any context")
                continue
            }
            if Keyword.isKeyword(expandedProperty) {
                if expandedProperty == "@nest" {
                    nests.append(key)
                    continue
                }
                try expandKeywordEntry(
                    expandedProperty, key: key, value: value, into: &result, activeContext: activeContext,
                    typeScopedContext: typeScopedContext, activeProperty: activeProperty, inputType: inputType)
                continue
            }
            try expandPropertyEntry(
                expandedProperty, key: key, value: value, into: &result, activeContext: activeContext)
        }
        for nestKey in nests {
            guard let nestValue = element[nestKey] else { continue }
            for nested in nestValue.asArray {
                guard case .object(let nestedMembers) = nested,
                      try !nestedMembers.keys.contains(where: { try activeContext.expandIRI($0, vocab: true) == "@value" })
                else { throw CredentialError.invalidJSONLD("invalid @nest value under \(nestKey)") }
                try expandEntries(
                    of: nestedMembers, into: &result, activeContext: activeContext,
                    typeScopedContext: typeScopedContext, activeProperty: activeProperty, inputType: inputType)
            }
        }
    }

    private func expandKeywordEntry(
        _ keyword: String,
        key: String,
        value: JSONValue,
        into result: inout [String: JSONValue],
        activeContext: ActiveContext,
        typeScopedContext: ActiveContext,
        activeProperty: String?,
        inputType: String?
    ) throws {
        if keyword != "@type", result[keyword] != nil {
            throw CredentialError.invalidJSONLD("colliding keywords: \(keyword) appears more than once")
        }
        switch keyword {
        case "@id":
            guard case .string(let id) = value else { throw CredentialError.invalidJSONLD("@id value must be a string") }
            guard let expanded = try activeContext.expandIRI(id, documentRelative: true) else {
                try dropped("@id \(id) expands to null")
                return
            }
            result["@id"] = .string(expanded)
        case "@type":
            var types: [JSONValue] = []
            for item in value.asArray {
                guard case .string(let type) = item else {
                    throw CredentialError.invalidJSONLD("@type values must be strings")
                }
                guard let expanded = try typeScopedContext.expandIRI(type, documentRelative: true, vocab: true) else {
                    try dropped("type \(type) expands to null")
                    continue
                }
                if !IRI.isAbsolute(expanded), !IRI.isBlankNode(expanded) {
                    try dropped("type \(type) is not defined by any context")
                }
                types.append(.string(expanded))
            }
            // A single string stays a string: value objects need their datatype that way.
            if let existing = result["@type"] {
                result["@type"] = .array(existing.asArray + types)
            } else if case .string = value, let single = types.first {
                result["@type"] = single
            } else {
                result["@type"] = .array(types)
            }
        case "@graph":
            let expanded = try expand(activeContext, activeProperty: "@graph", element: value)
            result["@graph"] = .array(expanded?.asArray ?? [])
        case "@value":
            if inputType == "@json" {
                result["@value"] = value
            } else {
                guard value.isScalar || value == .null else {
                    throw CredentialError.invalidJSONLD("invalid value object value: @value must be a scalar")
                }
                result["@value"] = value
            }
        case "@language":
            guard case .string(let language) = value else { throw CredentialError.invalidJSONLD("@language must be a string") }
            result["@language"] = .string(language.lowercased())
        case "@direction":
            guard case .string(let direction) = value, direction == "ltr" || direction == "rtl" else {
                throw CredentialError.invalidJSONLD("@direction must be \"ltr\" or \"rtl\"")
            }
            result["@direction"] = value
        case "@index":
            guard case .string = value else { throw CredentialError.invalidJSONLD("@index must be a string") }
            result["@index"] = value
        case "@list":
            if activeProperty == nil || activeProperty == "@graph" {
                try dropped("free-floating list")
                return
            }
            let expanded = try expand(activeContext, activeProperty: activeProperty, element: value)
            result["@list"] = .array(expanded?.asArray ?? [])
        case "@set":
            result["@set"] = try expand(activeContext, activeProperty: activeProperty, element: value) ?? .array([])
        case "@included", "@reverse":
            throw CredentialError.unsupportedJSONLDFeature("\(keyword) in a document")
        default:
            throw CredentialError.unsupportedJSONLDFeature("\(keyword) as a document key (\(key))")
        }
    }

    private func expandPropertyEntry(
        _ expandedProperty: String,
        key: String,
        value: JSONValue,
        into result: inout [String: JSONValue],
        activeContext: ActiveContext
    ) throws {
        let definition = activeContext.terms[key]
        let containers = definition?.containers ?? []
        var expandedValue: JSONValue?
        if definition?.typeMapping == "@json" {
            expandedValue = ["@value": value, "@type": "@json"]
        } else if containers.contains("@language"), case .object(let languageMap) = value {
            expandedValue = try expandLanguageMap(languageMap, definition: definition, activeContext: activeContext)
        } else if !containers.isDisjoint(with: ["@index", "@type", "@id"]), case .object = value {
            throw CredentialError.unsupportedJSONLDFeature("index, type or id maps (property \(key))")
        } else {
            expandedValue = try expand(activeContext, activeProperty: key, element: value)
        }
        guard var expandedValue else { return }
        if containers.contains("@list"), expandedValue["@list"] == nil {
            expandedValue = ["@list": .array(expandedValue.asArray)]
        }
        if containers.contains("@graph"), !containers.contains("@id"), !containers.contains("@index") {
            expandedValue = .array(expandedValue.asArray.map { ["@graph": .array($0.asArray)] })
        }
        if definition?.isReverse == true {
            throw CredentialError.unsupportedJSONLDFeature("reverse properties (\(key))")
        }
        let existing = result[expandedProperty]?.asArray ?? []
        result[expandedProperty] = .array(existing + expandedValue.asArray)
    }

    private func expandLanguageMap(
        _ languageMap: [String: JSONValue],
        definition: TermDefinition?,
        activeContext: ActiveContext
    ) throws -> JSONValue {
        var values: [JSONValue] = []
        let direction: String?? = definition?.direction ?? .some(activeContext.defaultDirection)
        for language in languageMap.keys.sortedByCodePoint() {
            guard let languageValue = languageMap[language] else { continue }
            let expandedLanguage = try activeContext.expandIRI(language)
            for item in languageValue.asArray {
                if item == .null { continue }
                guard case .string = item else {
                    throw CredentialError.invalidJSONLD("invalid language map value for \(language)")
                }
                var object: [String: JSONValue] = ["@value": item]
                if language != "@none", expandedLanguage != "@none" {
                    object["@language"] = .string(language.lowercased())
                }
                if case .some(.some(let dir)) = direction { object["@direction"] = .string(dir) }
                values.append(.object(object))
            }
        }
        return .array(values)
    }

    /// Steps 15-20: validates value objects, unwraps @set, and drops empty or free-floating results.
    private func finishObject(_ input: [String: JSONValue], activeProperty: String?) throws -> JSONValue? {
        var result = input
        if let value = result["@value"] {
            let allowed: Set<String> = ["@direction", "@index", "@language", "@type", "@value"]
            guard result.keys.allSatisfy({ allowed.contains($0) }) else {
                throw CredentialError.invalidJSONLD("invalid value object: unexpected keys")
            }
            if result["@type"] != nil, result["@language"] != nil || result["@direction"] != nil {
                throw CredentialError.invalidJSONLD("invalid value object: @type with @language or @direction")
            }
            if result["@type"] == .string("@json") {
                // any JSON value is allowed
            } else if value == .null {
                return nil
            } else if result["@language"] != nil, value.stringValue == nil {
                throw CredentialError.invalidJSONLD("invalid language-tagged value: not a string")
            } else if let type = result["@type"] {
                guard case .string(let typeIRI) = type, IRI.isAbsolute(typeIRI) else {
                    throw CredentialError.invalidJSONLD("invalid typed value: @type must be an IRI")
                }
            }
        } else if let type = result["@type"], type.arrayValue == nil {
            result["@type"] = .array([type])
        } else if result["@set"] != nil || result["@list"] != nil {
            guard result.count == 1 || (result.count == 2 && result["@index"] != nil) else {
                throw CredentialError.invalidJSONLD("invalid set or list object: unexpected keys")
            }
            if let set = result["@set"] { return set }
        }
        if result.count == 1, result["@language"] != nil { return nil }
        if activeProperty == nil || activeProperty == "@graph" {
            if result.isEmpty || result["@value"] != nil || result["@list"] != nil {
                try dropped("free-floating value or list at the top level")
                return nil
            }
            if result.count == 1, result["@id"] != nil {
                return nil
            }
        }
        return .object(result)
    }

    /// Value Expansion (§5.3.2).
    private func expandValue(_ activeContext: ActiveContext, activeProperty: String?, value: JSONValue) throws -> JSONValue? {
        let definition = activeProperty.flatMap { activeContext.terms[$0] }
        if case .string(let text) = value {
            if definition?.typeMapping == "@id" {
                guard let iri = try activeContext.expandIRI(text, documentRelative: true) else { return nil }
                return ["@id": .string(iri)]
            }
            if definition?.typeMapping == "@vocab" {
                guard let iri = try activeContext.expandIRI(text, documentRelative: true, vocab: true) else { return nil }
                return ["@id": .string(iri)]
            }
        }
        var result: [String: JSONValue] = ["@value": value]
        if let type = definition?.typeMapping, !["@id", "@vocab", "@none"].contains(type) {
            result["@type"] = .string(type)
        } else if case .string = value {
            let language: String? = definition?.language ?? activeContext.defaultLanguage
            let direction: String? = definition?.direction ?? activeContext.defaultDirection
            if let language { result["@language"] = .string(language) }
            if let direction { result["@direction"] = .string(direction) }
        }
        return .object(result)
    }

    private func dropped(_ what: String) throws {
        if safeMode { throw CredentialError.droppedData(what) }
    }
}

extension JSONValue {
    var debugText: String { String(decoding: serialized(), as: UTF8.self) }
}
