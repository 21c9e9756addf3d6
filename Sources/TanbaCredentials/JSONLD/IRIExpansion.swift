extension ActiveContext {
    /// JSON-LD 1.1 IRI Expansion (§5.2) against a finished context. Returns nil when the
    /// value is mapped to null or has the form of an unknown keyword; such keys are dropped.
    func expandIRI(_ value: String, documentRelative: Bool = false, vocab: Bool = false) throws -> String? {
        if Keyword.isKeyword(value) { return value }
        if Keyword.hasKeywordForm(value) { return nil }
        if let definition = terms[value], let iri = definition.iri, Keyword.isKeyword(iri) { return iri }
        if vocab, let definition = terms[value] { return definition.iri }
        if let colon = value.dropFirst().firstIndex(of: ":") {
            let prefix = String(value[..<colon])
            let suffix = value[value.index(after: colon)...]
            if prefix == "_" || suffix.hasPrefix("//") { return value }
            if let definition = terms[prefix], let iri = definition.iri, definition.isPrefix {
                return iri + suffix
            }
            if IRI.isAbsolute(value) { return value }
        }
        if vocab, let vocabulary = vocabularyMapping { return vocabulary + value }
        if documentRelative, baseIRI != nil {
            // Only a null @base is accepted by context processing, so this cannot happen today;
            // refusing beats resolving relative IRIs incorrectly.
            throw CredentialError.unsupportedJSONLDFeature("resolving relative IRI \(value) against a base IRI")
        }
        return value
    }
}
