/// JSON-LD 1.1 Context Processing (§4.1.2) and Create Term Definition (§4.2.2),
/// with remote contexts supplied only by a `DocumentLoader`.
struct ContextProcessor: Sendable {
    let loader: any DocumentLoader
    /// The loader's cache of processed contexts, when it has one (see `BundledContextLoader`).
    let cache: ContextCache?
    // Bounds context chains that include each other (JSON-LD's "context overflow").
    let maxRemoteContexts = 32

    /// What Create Term Definition needs to know about the local context being processed.
    private struct DefinitionScope {
        let localContext: [String: JSONValue]
        let baseURL: String?
        let isProtected: Bool
        let overrideProtected: Bool
        let remoteContexts: [String]
    }

    init(loader: any DocumentLoader) {
        self.loader = loader
        cache = (loader as? BundledContextLoader)?.contextCache
    }

    /// `process` for expansion: the same result, taken from the loader's cache when it has one.
    func process(
        _ activeContext: ActiveContext,
        localContext: LocalContext,
        baseURL: String?,
        overrideProtected: Bool = false,
        propagate: Bool = true
    ) throws -> ActiveContext {
        let compute = { (context: ActiveContext, local: JSONValue) in
            try process(context, localContext: local, baseURL: baseURL, overrideProtected: overrideProtected, propagate: propagate)
        }
        guard let cache else { return try compute(activeContext, localContext.value) }
        return try cache.process(
            activeContext, localContext: localContext, baseURL: baseURL, overrideProtected: overrideProtected,
            propagate: propagate, compute: compute)
    }

    private static let contextKeywords: Set<String> = [
        "@base", "@direction", "@import", "@language", "@propagate", "@protected", "@version", "@vocab",
    ]

    private static let termDefinitionKeys: Set<String> = [
        "@id", "@reverse", "@container", "@context", "@direction", "@index", "@language", "@nest", "@prefix",
        "@protected", "@type",
    ]

    private static let containerKeywords: Set<String> = ["@graph", "@id", "@index", "@language", "@list", "@set", "@type"]

    func process(
        _ activeContext: ActiveContext,
        localContext: JSONValue,
        baseURL: String?,
        remoteContexts: [String] = [],
        overrideProtected: Bool = false,
        propagate initialPropagate: Bool = true,
        validateScopedContext: Bool = true
    ) throws -> ActiveContext {
        var result = activeContext
        result.identity = nil
        var propagate = initialPropagate
        if case .object(let members) = localContext, let flag = members["@propagate"] {
            guard case .bool(let value) = flag else { throw CredentialError.invalidContext("@propagate must be true or false") }
            propagate = value
        }
        if !propagate, result.previousContext == nil {
            result.previousContext = ContextBox(activeContext)
        }
        var remoteContexts = remoteContexts
        for context in localContext.asArray {
            switch context {
            case .null:
                if !overrideProtected, result.hasProtectedTerms {
                    throw CredentialError.invalidContext("invalid context nullification: the active context has protected terms")
                }
                let replaced = result
                result = ActiveContext(baseIRI: activeContext.originalBaseURL)
                if !propagate { result.previousContext = ContextBox(replaced) }
            case .string(let url):
                guard IRI.isAbsolute(url) else {
                    throw CredentialError.unsupportedJSONLDFeature("relative context reference \(url)")
                }
                if !validateScopedContext, remoteContexts.contains(url) { continue }
                guard remoteContexts.count < maxRemoteContexts else {
                    throw CredentialError.invalidContext("context overflow: more than \(maxRemoteContexts) nested remote contexts")
                }
                remoteContexts.append(url)
                let document = try loader.loadContext(url)
                guard let loaded = document["@context"] else {
                    throw CredentialError.invalidContext("remote context document \(url) has no @context entry")
                }
                result = try process(
                    result, localContext: loaded, baseURL: url, remoteContexts: remoteContexts,
                    validateScopedContext: validateScopedContext)
            case .object(let members):
                try processContextObject(
                    members, into: &result, baseURL: baseURL, remoteContexts: remoteContexts,
                    overrideProtected: overrideProtected)
            default:
                throw CredentialError.invalidContext("a local context must be null, a string or an object")
            }
        }
        return result
    }

    private func processContextObject(
        _ context: [String: JSONValue],
        into result: inout ActiveContext,
        baseURL: String?,
        remoteContexts: [String],
        overrideProtected: Bool
    ) throws {
        if let version = context["@version"] {
            guard case .number(let number) = version, number.lexical == "1.1" else {
                throw CredentialError.invalidContext("invalid @version value (only 1.1 is allowed)")
            }
        }
        if context["@import"] != nil {
            throw CredentialError.unsupportedJSONLDFeature("@import in a context")
        }
        if let base = context["@base"], remoteContexts.isEmpty {
            guard base == .null else {
                throw CredentialError.unsupportedJSONLDFeature("@base with a non-null value")
            }
            result.baseIRI = nil
        }
        if let vocab = context["@vocab"] {
            switch vocab {
            case .null:
                result.vocabularyMapping = nil
            case .string(let value):
                guard let expanded = try result.expandIRI(value, documentRelative: true, vocab: true),
                      IRI.isAbsolute(expanded) || IRI.isBlankNode(expanded)
                else { throw CredentialError.invalidContext("invalid vocab mapping \(value)") }
                result.vocabularyMapping = expanded
            default:
                throw CredentialError.invalidContext("@vocab must be a string or null")
            }
        }
        if let language = context["@language"] {
            switch language {
            case .null: result.defaultLanguage = nil
            case .string(let tag): result.defaultLanguage = tag.lowercased()
            default: throw CredentialError.invalidContext("@language must be a string or null")
            }
        }
        if let direction = context["@direction"] {
            switch direction {
            case .null: result.defaultDirection = nil
            case .string(let value) where value == "ltr" || value == "rtl": result.defaultDirection = value
            default: throw CredentialError.invalidContext("@direction must be \"ltr\", \"rtl\" or null")
            }
        }
        var isProtected = false
        if let flag = context["@protected"] {
            guard case .bool(let value) = flag else { throw CredentialError.invalidContext("@protected must be true or false") }
            isProtected = value
        }
        let scope = DefinitionScope(
            localContext: context, baseURL: baseURL, isProtected: isProtected,
            overrideProtected: overrideProtected, remoteContexts: remoteContexts)
        var defined: [String: Bool] = [:]
        for term in context.keys.sortedByCodePoint() where !Self.contextKeywords.contains(term) {
            try createTermDefinition(term, in: &result, scope: scope, defined: &defined)
        }
    }

    /// IRI expansion while a local context is still being processed: terms it refers to
    /// are defined first, so definitions may refer to each other in any order.
    private func expandIRI(
        _ value: String,
        in result: inout ActiveContext,
        scope: DefinitionScope,
        defined: inout [String: Bool],
        vocab: Bool
    ) throws -> String? {
        if Keyword.isKeyword(value) { return value }
        if Keyword.hasKeywordForm(value) { return nil }
        if scope.localContext[value] != nil, defined[value] != true {
            try createTermDefinition(value, in: &result, scope: scope, defined: &defined)
        }
        if let colon = value.dropFirst().firstIndex(of: ":") {
            let prefix = String(value[..<colon])
            if scope.localContext[prefix] != nil, defined[prefix] != true {
                try createTermDefinition(prefix, in: &result, scope: scope, defined: &defined)
            }
        }
        return try result.expandIRI(value, vocab: vocab)
    }

    private func createTermDefinition(
        _ term: String,
        in result: inout ActiveContext,
        scope: DefinitionScope,
        defined: inout [String: Bool]
    ) throws {
        if let state = defined[term] {
            if state { return }
            throw CredentialError.invalidContext("cyclic IRI mapping involving term \(term)")
        }
        guard !term.isEmpty else { throw CredentialError.invalidContext("invalid term definition: empty term") }
        defined[term] = false
        let rawValue = scope.localContext[term] ?? .null
        if term == "@type" {
            throw CredentialError.unsupportedJSONLDFeature("redefining @type in a context")
        }
        if Keyword.isKeyword(term) {
            throw CredentialError.invalidContext("keyword redefinition: \(term)")
        }
        if Keyword.hasKeywordForm(term) {
            // Reserved for future keywords: JSON-LD ignores such terms.
            defined[term] = true
            return
        }
        let previousDefinition = result.terms.removeValue(forKey: term)

        var value: [String: JSONValue]
        var isSimpleTerm = false
        switch rawValue {
        case .null:
            value = ["@id": .null]
        case .string(let iri):
            value = ["@id": .string(iri)]
            isSimpleTerm = true
        case .object(let members):
            value = members
        default:
            throw CredentialError.invalidContext("invalid term definition for \(term): must be null, a string or an object")
        }
        if let unknown = value.keys.first(where: { !Self.termDefinitionKeys.contains($0) }) {
            throw CredentialError.invalidContext("invalid term definition for \(term): unexpected entry \(unknown)")
        }

        var definition = TermDefinition()
        if let flag = value["@protected"] {
            guard case .bool(let isProtected) = flag else {
                throw CredentialError.invalidContext("invalid @protected value in definition of \(term)")
            }
            definition.isProtected = isProtected
        } else {
            definition.isProtected = scope.isProtected
        }

        if let typeValue = value["@type"] {
            guard case .string(let type) = typeValue,
                  let expanded = try expandIRI(type, in: &result, scope: scope, defined: &defined, vocab: true),
                  ["@id", "@vocab", "@json", "@none"].contains(expanded) || IRI.isAbsolute(expanded)
            else { throw CredentialError.invalidContext("invalid type mapping for term \(term)") }
            definition.typeMapping = expanded
        }

        if value["@reverse"] != nil {
            throw CredentialError.unsupportedJSONLDFeature("@reverse term definition (\(term))")
        }

        if let idValue = value["@id"], idValue != .string(term) {
            switch idValue {
            case .null:
                definition.iri = nil
            case .string(let id):
                if !Keyword.isKeyword(id), Keyword.hasKeywordForm(id) {
                    defined[term] = true
                    return
                }
                guard let expanded = try expandIRI(id, in: &result, scope: scope, defined: &defined, vocab: true),
                      Keyword.isKeyword(expanded) || IRI.isAbsolute(expanded) || IRI.isBlankNode(expanded)
                else { throw CredentialError.invalidContext("invalid IRI mapping for term \(term)") }
                guard expanded != "@context" else {
                    throw CredentialError.invalidContext("invalid keyword alias: \(term) cannot alias @context")
                }
                definition.iri = expanded
                let looksLikeIRI = term.dropFirst().dropLast().contains(":") || term.contains("/")
                if looksLikeIRI {
                    defined[term] = true
                    let termExpansion = try expandIRI(term, in: &result, scope: scope, defined: &defined, vocab: true)
                    guard termExpansion == expanded else {
                        throw CredentialError.invalidContext("invalid IRI mapping: term \(term) would change the meaning of an IRI")
                    }
                }
                if !term.contains(":"), !term.contains("/"), isSimpleTerm,
                   IRI.isBlankNode(expanded) || expanded.last.map({ IRI.gendelims.contains($0) }) == true
                {
                    definition.isPrefix = true
                }
            default:
                throw CredentialError.invalidContext("invalid IRI mapping for term \(term): @id must be a string or null")
            }
        } else if let colon = term.dropFirst().firstIndex(of: ":") {
            let prefix = String(term[..<colon])
            let suffix = term[term.index(after: colon)...]
            if scope.localContext[prefix] != nil {
                try createTermDefinition(prefix, in: &result, scope: scope, defined: &defined)
            }
            if let prefixIRI = result.terms[prefix]?.iri {
                definition.iri = prefixIRI + suffix
            } else {
                definition.iri = term
            }
        } else if term.contains("/") {
            guard let expanded = try expandIRI(term, in: &result, scope: scope, defined: &defined, vocab: true),
                  IRI.isAbsolute(expanded)
            else { throw CredentialError.invalidContext("invalid IRI mapping for relative term \(term)") }
            definition.iri = expanded
        } else if let vocabulary = result.vocabularyMapping {
            definition.iri = vocabulary + term
        } else {
            throw CredentialError.invalidContext("invalid IRI mapping: term \(term) has no @id and the context has no @vocab")
        }

        if let containerValue = value["@container"] {
            var containers: Set<String> = []
            for item in containerValue.asArray {
                guard case .string(let container) = item, Self.containerKeywords.contains(container) else {
                    throw CredentialError.invalidContext("invalid container mapping for term \(term)")
                }
                containers.insert(container)
            }
            if containers.contains("@list"), containers.count > 1 {
                throw CredentialError.invalidContext("invalid container mapping for term \(term): @list cannot be combined")
            }
            if containers.contains("@type") {
                if definition.typeMapping == nil { definition.typeMapping = "@id" }
                guard definition.typeMapping == "@id" || definition.typeMapping == "@vocab" else {
                    throw CredentialError.invalidContext("invalid type mapping for @type container term \(term)")
                }
            }
            definition.containers = containers
        }

        if let indexValue = value["@index"] {
            guard definition.containers.contains("@index"), case .string(let index) = indexValue else {
                throw CredentialError.invalidContext("invalid term definition for \(term): @index needs an @index container")
            }
            definition.index = index
        }

        if let scopedContext = value["@context"] {
            // Validate now so a broken scoped context fails where it is defined, not where used.
            _ = try process(
                result, localContext: scopedContext, baseURL: scope.baseURL, remoteContexts: scope.remoteContexts,
                overrideProtected: true, validateScopedContext: false)
            definition.scopedContext = ScopedContext(scopedContext)
            definition.baseURL = scope.baseURL
        }

        if value["@type"] == nil {
            if let languageValue = value["@language"] {
                switch languageValue {
                case .null: definition.language = .some(nil)
                case .string(let tag): definition.language = .some(tag.lowercased())
                default: throw CredentialError.invalidContext("invalid language mapping for term \(term)")
                }
            }
            if let directionValue = value["@direction"] {
                switch directionValue {
                case .null: definition.direction = .some(nil)
                case .string(let direction) where direction == "ltr" || direction == "rtl":
                    definition.direction = .some(direction)
                default: throw CredentialError.invalidContext("invalid base direction for term \(term)")
                }
            }
        }

        if let nestValue = value["@nest"] {
            guard case .string(let nest) = nestValue, !Keyword.isKeyword(nest) || nest == "@nest" else {
                throw CredentialError.invalidContext("invalid @nest value for term \(term)")
            }
            definition.nest = nest
        }

        if let prefixValue = value["@prefix"] {
            guard !term.contains(":"), !term.contains("/"), case .bool(let isPrefix) = prefixValue else {
                throw CredentialError.invalidContext("invalid @prefix in definition of \(term)")
            }
            if isPrefix, let iri = definition.iri, Keyword.isKeyword(iri) {
                throw CredentialError.invalidContext("keyword alias \(term) cannot be a prefix")
            }
            definition.isPrefix = isPrefix
        }

        if !scope.overrideProtected, let previousDefinition, previousDefinition.isProtected {
            guard definition.isSameDefinition(as: previousDefinition) else {
                throw CredentialError.protectedTermRedefinition(term: term)
            }
            definition = previousDefinition
        }
        result.terms[term] = definition
        defined[term] = true
    }
}
