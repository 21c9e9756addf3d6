/// One term's definition inside an active context (JSON-LD 1.1 §4.1).
struct TermDefinition: Sendable, Equatable {
    /// nil when the term is explicitly mapped to null, which decouples it from @vocab.
    var iri: String?
    var isPrefix = false
    var isProtected = false
    var isReverse = false
    var typeMapping: String?
    var containers: Set<String> = []
    /// Outer optional: whether the definition sets a language at all; inner: null or a tag.
    var language: String??
    var direction: String??
    /// Boxed so every expansion applying this term's scoped context hands the cache the same key.
    var scopedContext: ScopedContext?
    var baseURL: String?
    var nest: String?
    var index: String?

    var localContext: JSONValue? {
        get { scopedContext?.value }
        set { scopedContext = newValue.map(ScopedContext.init) }
    }

    /// Protected terms may be redefined only identically; protection itself and the
    /// context document's URL do not count as differences.
    func isSameDefinition(as other: TermDefinition) -> Bool {
        var lhs = self
        var rhs = other
        lhs.isProtected = false
        rhs.isProtected = false
        lhs.baseURL = nil
        rhs.baseURL = nil
        return lhs == rhs
    }
}

/// Boxes a previous context so `ActiveContext` can refer to one of its own kind.
final class ContextBox: Sendable {
    let context: ActiveContext

    init(_ context: ActiveContext) {
        self.context = context
    }
}

/// The state context processing builds up and expansion reads (JSON-LD 1.1 §4.1).
struct ActiveContext: Sendable {
    var terms: [String: TermDefinition] = [:]
    var vocabularyMapping: String?
    var baseIRI: String?
    var originalBaseURL: String?
    var defaultLanguage: String?
    var defaultDirection: String?
    /// Set by non-propagating (type-scoped) contexts: nested node objects revert to it.
    var previousContext: ContextBox?
    /// Set only by `ContextCache` on contexts it keeps; context processing clears it, because a
    /// changed context is no longer the value the identity stands for.
    var identity: ContextIdentity?

    init(baseIRI: String? = nil) {
        self.baseIRI = baseIRI
        self.originalBaseURL = baseIRI
    }

    var hasProtectedTerms: Bool { terms.values.contains { $0.isProtected } }

    /// The value `ActiveContext()` has: every such context processes alike.
    var isPristine: Bool {
        terms.isEmpty && vocabularyMapping == nil && baseIRI == nil && originalBaseURL == nil && defaultLanguage == nil
            && defaultDirection == nil && previousContext == nil
    }
}
