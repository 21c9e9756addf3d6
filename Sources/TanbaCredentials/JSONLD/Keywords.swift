/// JSON-LD 1.1 keywords and the keyword-form test applied to terms.
enum Keyword {
    static let all: Set<String> = [
        "@base", "@container", "@context", "@direction", "@graph", "@id", "@import", "@included", "@index",
        "@json", "@language", "@list", "@nest", "@none", "@prefix", "@propagate", "@protected", "@reverse",
        "@set", "@type", "@value", "@version", "@vocab", "@default", "@embed", "@explicit", "@omitDefault",
        "@requireAll", "@null", "@any",
    ]

    static func isKeyword(_ value: String) -> Bool { all.contains(value) }

    /// "@" followed only by ASCII letters: reserved for future keywords, so ignored with a warning.
    static func hasKeywordForm(_ value: String) -> Bool {
        guard value.hasPrefix("@"), value.count > 1 else { return false }
        return value.dropFirst().allSatisfy { $0.isASCII && $0.isLetter }
    }
}
