import Foundation

/// A JSON Schema (draft 2019-09) document, restricted to the keywords listed in
/// `JSONSchema.supportedKeywords` — the ones the Open Badges 3.0 schemas use, plus a few simple
/// siblings. Loading a schema that uses anything else throws, so nothing is silently skipped.
public struct JSONSchema: Sendable {
    /// How strictly to read the instance.
    public struct Options: Sendable, Equatable {
        /// Read a single value where the schema expects an array as a one-element array, as JSON-LD
        /// does (`"type": "Profile"` means the set `["Profile"]`). Off by default: plain JSON.
        public var singleValuesAsArrays: Bool

        public init(singleValuesAsArrays: Bool = false) {
            self.singleValuesAsArrays = singleValuesAsArrays
        }
    }

    /// Every keyword this implementation evaluates or knowingly ignores (annotations).
    public static let supportedKeywords: Set<String> = SchemaKeywords.annotations
        .union(SchemaKeywords.assertions)
        .union(SchemaKeywords.applicators)

    public let document: JSONValue
    /// Every `pattern` of the schema, compiled once: compiling one costs far more than matching it,
    /// and a credential is matched against several per validation. Immutable, so shared freely.
    let patterns: [String: NSRegularExpression]

    /// Checks the whole schema up front: dialect, keywords, formats and that every `$ref` resolves.
    public init(_ document: JSONValue) throws {
        try SchemaKeywords.check(document)
        self.document = document
        var patterns: [String: NSRegularExpression] = [:]
        Self.collectPatterns(in: document, into: &patterns)
        self.patterns = patterns
    }

    private static func collectPatterns(in schema: JSONValue, into patterns: inout [String: NSRegularExpression]) {
        switch schema {
        case .object(let members):
            if case .string(let pattern)? = members["pattern"], patterns[pattern] == nil {
                patterns[pattern] = SchemaFormats.regex(pattern)
            }
            for value in members.values { collectPatterns(in: value, into: &patterns) }
        case .array(let items):
            for item in items { collectPatterns(in: item, into: &patterns) }
        default:
            break
        }
    }

    /// All violations of the schema by `instance`; empty means valid.
    public func validate(_ instance: JSONValue, options: Options = Options()) -> [SchemaViolation] {
        let evaluator = SchemaEvaluator(root: document, options: options, patterns: patterns)
        return evaluator.evaluate(schema: document, schemaPath: "#", instance: instance, instancePath: "", depth: 0)
    }
}
