import Foundation

/// Evaluates a checked schema against an instance, collecting every violation.
struct SchemaEvaluator {
    let root: JSONValue
    let options: JSONSchema.Options
    /// The schema's patterns, compiled when it was loaded.
    var patterns: [String: NSRegularExpression] = [:]
    // $ref cycles that never consume instance depth would otherwise recurse forever.
    static let maxDepth = 200

    typealias Violations = [SchemaViolation]

    func evaluate(schema: JSONValue, schemaPath: String, instance original: JSONValue, instancePath: String, depth: Int) -> Violations {
        func violation(_ keyword: String, _ message: String) -> SchemaViolation {
            SchemaViolation(instancePath: instancePath, keyword: keyword,
                            schemaPath: JSONPointer.appending(keyword, to: schemaPath), message: message)
        }
        guard depth < Self.maxDepth else { return [violation("$ref", "schema nesting deeper than \(Self.maxDepth)")] }
        switch schema {
        case .bool(true): return []
        case .bool(false): return [SchemaViolation(instancePath: instancePath, keyword: "false", schemaPath: schemaPath, message: "no value is allowed here")]
        default: break
        }
        guard case .object(let keywords) = schema else { return [] }
        var instance = original
        if options.singleValuesAsArrays, keywords["type"]?.stringValue == "array", instance.arrayValue == nil {
            instance = .array([original])
        }
        func sub(_ subschema: JSONValue, _ path: String, _ value: JSONValue, _ valuePath: String) -> Violations {
            evaluate(schema: subschema, schemaPath: path, instance: value, instancePath: valuePath, depth: depth + 1)
        }
        var violations: Violations = []
        for (keyword, value) in keywords.sorted(by: { $0.key < $1.key }) {
            let path = JSONPointer.appending(keyword, to: schemaPath)
            switch keyword {
            case "$ref":
                if let ref = value.stringValue, let target = JSONPointer.resolve(String(ref.dropFirst()), in: root) {
                    violations += sub(target, ref, instance, instancePath)
                }
            case "type":
                let names = value.asArray.compactMap(\.stringValue)
                if !names.contains(where: { Self.matches(instance, type: $0) }) {
                    violations.append(violation(keyword, "expected \(names.joined(separator: " or ")), found \(Self.typeName(instance))"))
                }
            case "enum":
                let allowed = value.arrayValue ?? []
                if !allowed.contains(where: { Self.equal($0, instance) }) {
                    violations.append(violation(keyword, "\(Self.brief(instance)) is not one of \(Self.brief(value))"))
                }
            case "const":
                if !Self.equal(value, instance) {
                    violations.append(violation(keyword, "\(Self.brief(instance)) is not \(Self.brief(value))"))
                }
            case "required":
                guard case .object(let members) = instance else { break }
                for name in (value.arrayValue ?? []).compactMap(\.stringValue) where members[name] == nil {
                    violations.append(violation(keyword, "required property \"\(name)\" is missing"))
                }
            case "properties":
                guard case .object(let members) = instance, case .object(let schemas) = value else { break }
                for (name, subschema) in schemas.sorted(by: { $0.key < $1.key }) {
                    guard let member = members[name] else { continue }
                    violations += sub(subschema, JSONPointer.appending(name, to: path), member, JSONPointer.appending(name, to: instancePath))
                }
            case "additionalProperties":
                guard case .object(let members) = instance else { break }
                let declared = Set(keywords["properties"]?.objectValue?.keys.map { $0 } ?? [])
                for (name, member) in members.sorted(by: { $0.key < $1.key }) where !declared.contains(name) {
                    if value == .bool(false) {
                        violations.append(SchemaViolation(instancePath: JSONPointer.appending(name, to: instancePath), keyword: keyword,
                                                          schemaPath: path, message: "property \"\(name)\" is not allowed"))
                    } else {
                        violations += sub(value, path, member, JSONPointer.appending(name, to: instancePath))
                    }
                }
            case "items":
                guard case .array(let items) = instance else { break }
                if case .array(let schemas) = value {
                    for (index, item) in items.enumerated() where index < schemas.count {
                        violations += sub(schemas[index], JSONPointer.appending(index, to: path), item, JSONPointer.appending(index, to: instancePath))
                    }
                } else {
                    for (index, item) in items.enumerated() {
                        violations += sub(value, path, item, JSONPointer.appending(index, to: instancePath))
                    }
                }
            case "additionalItems":
                // Only meaningful after an array-form "items"; otherwise "items" covered every element.
                guard case .array(let items) = instance, case .array(let tuple)? = keywords["items"] else { break }
                for (index, item) in items.enumerated() where index >= tuple.count {
                    violations += sub(value, path, item, JSONPointer.appending(index, to: instancePath))
                }
            case "contains":
                guard case .array(let items) = instance else { break }
                let anyMatch = items.contains { sub(value, path, $0, instancePath).isEmpty }
                if !anyMatch {
                    let expectation = value["enum"].map { "no item is one of \(Self.brief($0))" } ?? "no item matches the contains schema"
                    violations.append(violation(keyword, "\(expectation) in \(Self.brief(instance))"))
                }
            case "minItems", "maxItems":
                guard case .array(let items) = instance, let limit = Self.nonNegativeInteger(value) else { break }
                if keyword == "minItems" ? items.count < limit : items.count > limit {
                    violations.append(violation(keyword, "\(items.count) items, \(keyword == "minItems" ? "at least" : "at most") \(limit) allowed"))
                }
            case "minLength", "maxLength":
                guard case .string(let text) = instance, let limit = Self.nonNegativeInteger(value) else { break }
                let length = text.unicodeScalars.count
                if keyword == "minLength" ? length < limit : length > limit {
                    violations.append(violation(keyword, "length \(length), \(keyword == "minLength" ? "at least" : "at most") \(limit) allowed"))
                }
            case "pattern":
                guard case .string(let text) = instance, let pattern = value.stringValue else { break }
                if !SchemaFormats.matches(text, regex: patterns[pattern] ?? SchemaFormats.regex(pattern)) {
                    violations.append(violation(keyword, "\(Self.brief(instance)) does not match \(pattern)"))
                }
            case "format":
                guard case .string(let text) = instance, let format = value.stringValue else { break }
                if !SchemaFormats.isValid(text, format: format) {
                    violations.append(violation(keyword, "\(Self.brief(instance)) is not a valid \(format)"))
                }
            case "allOf":
                for (index, subschema) in (value.arrayValue ?? []).enumerated() {
                    violations += sub(subschema, JSONPointer.appending(index, to: path), instance, instancePath)
                }
            case "anyOf", "oneOf":
                let outcomes = (value.arrayValue ?? []).enumerated().map { index, subschema in
                    sub(subschema, JSONPointer.appending(index, to: path), instance, instancePath)
                }
                let passing = outcomes.filter(\.isEmpty).count
                if passing == 0 {
                    // Each alternative's first complaint says why it did not apply.
                    let reasons = outcomes.enumerated().map { index, failures in
                        "[\(index)] " + (failures.first.map { "\($0.instancePath.isEmpty ? "/" : $0.instancePath) \($0.keyword): \($0.message)" } ?? "")
                    }
                    violations.append(violation(keyword, "matches none of the \(outcomes.count) alternatives: " + reasons.joined(separator: "; ")))
                } else if keyword == "oneOf", passing > 1 {
                    violations.append(violation(keyword, "matches \(passing) alternatives, exactly one is allowed"))
                }
            case "not":
                if sub(value, path, instance, instancePath).isEmpty {
                    violations.append(violation(keyword, "must not match the schema at \(path)"))
                }
            default:
                break // annotations ($comment, description, $defs, ...)
            }
        }
        return violations
    }

    static func nonNegativeInteger(_ value: JSONValue) -> Int? {
        guard case .number(let number) = value, number.isIntegral, let int = Int(exactly: number.doubleValue), int >= 0 else { return nil }
        return int
    }

    static func matches(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("object", .object), ("array", .array), ("string", .string), ("number", .number):
            true
        case ("integer", .number(let number)):
            number.isIntegral
        default:
            false
        }
    }

    static func typeName(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// JSON Schema equality: numbers compare by value (1 == 1.0), everything else structurally.
    static func equal(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.number(let a), .number(let b)):
            return a.lexical == b.lexical || a.doubleValue == b.doubleValue
        case (.array(let a), .array(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { equal($0, $1) }
        case (.object(let a), .object(let b)):
            return a.count == b.count && a.allSatisfy { key, value in b[key].map { equal(value, $0) } ?? false }
        default:
            return lhs == rhs
        }
    }

    /// A short JSON rendering for messages.
    static func brief(_ value: JSONValue) -> String {
        let text = String(decoding: value.serialized(), as: UTF8.self)
        return text.count > 120 ? String(text.prefix(117)) + "..." : text
    }
}
