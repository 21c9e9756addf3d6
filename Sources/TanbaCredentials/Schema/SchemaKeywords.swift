/// The keyword vocabulary and the up-front structural check of a schema document.
enum SchemaKeywords {
    static let dialects: Set<String> = [
        "https://json-schema.org/draft/2019-09/schema", "https://json-schema.org/draft/2019-09/schema#",
    ]
    /// Keywords with no effect on validity.
    static let annotations: Set<String> = [
        "$schema", "$id", "$comment", "$defs", "title", "description", "default", "examples",
        "deprecated", "readOnly", "writeOnly",
    ]
    static let assertions: Set<String> = [
        "type", "enum", "const", "required", "minItems", "maxItems", "minLength", "maxLength", "pattern", "format",
    ]
    static let applicators: Set<String> = [
        "$ref", "properties", "additionalProperties", "items", "additionalItems", "contains",
        "allOf", "anyOf", "oneOf", "not",
    ]
    static let typeNames: Set<String> = ["null", "boolean", "object", "array", "number", "integer", "string"]

    static func check(_ root: JSONValue) throws {
        if let dialect = root["$schema"] {
            guard let text = dialect.stringValue, dialects.contains(text) else {
                throw JSONSchemaError.unsupportedDialect(dialect.stringValue ?? "\(dialect)")
            }
        }
        try check(root, path: "#", root: root, isRoot: true)
    }

    private static func check(_ schema: JSONValue, path: String, root: JSONValue, isRoot: Bool) throws {
        if case .bool = schema { return }
        guard case .object(let members) = schema else {
            throw JSONSchemaError.invalidSchema(detail: "a schema must be an object or a boolean", schemaPath: path)
        }
        for (keyword, value) in members {
            let keywordPath = JSONPointer.appending(keyword, to: path)
            guard JSONSchema.supportedKeywords.contains(keyword) else {
                throw JSONSchemaError.unsupportedKeyword(keyword: keyword, schemaPath: keywordPath)
            }
            // A nested $id would start a new base URI for $ref; not needed, so refused.
            if keyword == "$id", !isRoot { throw JSONSchemaError.unsupportedKeyword(keyword: keyword, schemaPath: keywordPath) }
            if keyword == "$schema", !isRoot { throw JSONSchemaError.unsupportedKeyword(keyword: keyword, schemaPath: keywordPath) }
            try checkValue(keyword: keyword, value: value, path: keywordPath, root: root)
        }
    }

    private static func checkValue(keyword: String, value: JSONValue, path: String, root: JSONValue) throws {
        func invalid(_ detail: String) -> JSONSchemaError { .invalidSchema(detail: detail, schemaPath: path) }
        switch keyword {
        case "properties", "$defs":
            guard case .object(let members) = value else { throw invalid("\(keyword) must be an object") }
            for (name, subschema) in members {
                try check(subschema, path: JSONPointer.appending(name, to: path), root: root, isRoot: false)
            }
        case "additionalProperties", "additionalItems", "contains", "not":
            try check(value, path: path, root: root, isRoot: false)
        case "items":
            if case .array(let schemas) = value {
                for (index, subschema) in schemas.enumerated() {
                    try check(subschema, path: JSONPointer.appending(index, to: path), root: root, isRoot: false)
                }
            } else {
                try check(value, path: path, root: root, isRoot: false)
            }
        case "allOf", "anyOf", "oneOf":
            guard case .array(let schemas) = value, !schemas.isEmpty else { throw invalid("\(keyword) must be a non-empty array") }
            for (index, subschema) in schemas.enumerated() {
                try check(subschema, path: JSONPointer.appending(index, to: path), root: root, isRoot: false)
            }
        case "$ref":
            guard let ref = value.stringValue else { throw invalid("$ref must be a string") }
            guard ref.hasPrefix("#"), JSONPointer.resolve(String(ref.dropFirst()), in: root) != nil else {
                throw JSONSchemaError.unsupportedReference(ref: ref, schemaPath: path)
            }
        case "type":
            let names = value.asArray.compactMap(\.stringValue)
            guard !names.isEmpty, names.count == value.asArray.count, names.allSatisfy(typeNames.contains) else {
                throw invalid("type must name JSON types")
            }
        case "enum":
            guard value.arrayValue != nil else { throw invalid("enum must be an array") }
        case "required":
            guard let names = value.arrayValue, names.allSatisfy({ $0.stringValue != nil }) else {
                throw invalid("required must be an array of strings")
            }
        case "minItems", "maxItems", "minLength", "maxLength":
            guard SchemaEvaluator.nonNegativeInteger(value) != nil else { throw invalid("\(keyword) must be a non-negative integer") }
        case "pattern":
            guard let pattern = value.stringValue, SchemaFormats.regex(pattern) != nil else {
                throw invalid("pattern is not a regular expression this implementation can compile")
            }
        case "format":
            guard let format = value.stringValue else { throw invalid("format must be a string") }
            guard SchemaFormats.supported.contains(format) else {
                throw JSONSchemaError.unsupportedFormat(format: format, schemaPath: path)
            }
        case "$schema":
            guard let dialect = value.stringValue, dialects.contains(dialect) else {
                throw JSONSchemaError.unsupportedDialect(value.stringValue ?? "\(value)")
            }
        default:
            break // annotations and const need no structural check
        }
    }
}
