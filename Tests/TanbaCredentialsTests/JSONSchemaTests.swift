import Testing
@testable import TanbaCredentials

@Suite("JSONSchema")
struct JSONSchemaTests {
    private func violations(_ schema: JSONValue, _ instance: JSONValue, lenient: Bool = false) throws -> [SchemaViolation] {
        try JSONSchema(schema).validate(instance, options: JSONSchema.Options(singleValuesAsArrays: lenient))
    }

    @Test("type, enum and const report the keyword and the instance path")
    func scalarKeywords() throws {
        // setup
        let schema: JSONValue = [
            "type": "object",
            "properties": [
                "name": ["type": "string"],
                "kind": ["enum": ["A", "B"]],
                "version": ["const": 3],
                "count": ["type": "integer"],
            ],
        ]
        // act
        let found = try violations(schema, ["name": 1, "kind": "C", "version": .number(JSONNumber(lexical: "3.0") ?? JSONNumber(0)), "count": .number(JSONNumber(lexical: "1.5") ?? JSONNumber(0))])
        // check
        #expect(found.map(\.keyword) == ["type", "enum", "type"])
        #expect(found.map(\.instancePath) == ["/count", "/kind", "/name"])
        #expect(found[1].schemaPath == "#/properties/kind/enum")
        #expect(try violations(schema, ["name": "x", "kind": "B", "version": 3, "count": 2]).isEmpty)
    }

    @Test("required, additionalProperties false and JSON Pointer escaping")
    func objectKeywords() throws {
        // setup
        let schema: JSONValue = ["required": ["a/b", "c"], "properties": ["a/b": true, "c": true], "additionalProperties": false]
        // act
        let found = try violations(["x~y": 1, "c": 2] as JSONValue, schema: schema)
        // check
        #expect(found.contains(SchemaViolation(instancePath: "", keyword: "required", schemaPath: "#/required",
                                               message: "required property \"a/b\" is missing")))
        #expect(found.contains { $0.keyword == "additionalProperties" && $0.instancePath == "/x~0y" })
    }

    private func violations(_ instance: JSONValue, schema: JSONValue) throws -> [SchemaViolation] {
        try violations(schema, instance)
    }

    @Test("items, tuple items with additionalItems, minItems, maxItems and contains")
    func arrayKeywords() throws {
        // setup
        let tuple: JSONValue = ["items": [["const": "first"]], "additionalItems": ["type": "object"], "minItems": 2, "maxItems": 3]
        let contains: JSONValue = ["type": "array", "items": ["type": "string"], "contains": ["enum": ["Profile"]]]
        // act / check
        #expect(try violations(tuple, ["first", [:]]).isEmpty)
        #expect(try violations(tuple, ["second", "x"]).map(\.instancePath).sorted() == ["/0", "/1"])
        #expect(try violations(tuple, ["first"]).map(\.keyword) == ["minItems"])
        #expect(try violations(tuple, ["first", [:], [:], [:]]).map(\.keyword) == ["maxItems"])
        #expect(try violations(contains, ["Thing", "Profile"]).isEmpty)
        #expect(try violations(contains, ["InvalidProfile"]).map(\.keyword) == ["contains"])
    }

    @Test("allOf, anyOf, oneOf and not")
    func combinators() throws {
        // setup
        let oneOf: JSONValue = ["oneOf": [["type": "string"], ["type": "object", "required": ["id"]]]]
        let anyOf: JSONValue = ["anyOf": [["type": "string"], ["type": "number"]]]
        let allOf: JSONValue = ["allOf": [["minLength": 2], ["maxLength": 3]]]
        let not: JSONValue = ["not": ["const": "forbidden"]]
        // act / check
        #expect(try violations(oneOf, "x").isEmpty)
        #expect(try violations(oneOf, ["id": "x"]).isEmpty)
        let none = try violations(oneOf, ["name": "x"])
        #expect(none.map(\.keyword) == ["oneOf"])
        #expect(none.first?.message.contains("required property \"id\" is missing") == true)
        #expect(try violations(["oneOf": [["type": "string"], ["minLength": 1]]], "x").first?.message == "matches 2 alternatives, exactly one is allowed")
        #expect(try violations(anyOf, 1).isEmpty)
        #expect(try violations(anyOf, true).map(\.keyword) == ["anyOf"])
        #expect(try violations(allOf, "abcd").map(\.keyword) == ["maxLength"])
        #expect(try violations(not, "forbidden").map(\.keyword) == ["not"])
    }

    @Test("$ref to $defs is followed and reported with the referenced schema path")
    func references() throws {
        // setup
        let schema: JSONValue = [
            "$defs": ["Name": ["type": "string", "pattern": "^[A-Z]"]],
            "properties": ["name": ["$ref": "#/$defs/Name"]],
        ]
        // act
        let found = try violations(schema, ["name": "lower"])
        // check
        #expect(found == [SchemaViolation(instancePath: "/name", keyword: "pattern", schemaPath: "#/$defs/Name/pattern",
                                          message: "\"lower\" does not match ^[A-Z]")])
    }

    @Test("format date-time, date and uri are asserted")
    func formats() throws {
        // setup
        let schema: JSONValue = ["properties": ["at": ["format": "date-time"], "on": ["format": "date"], "url": ["format": "uri"]]]
        // act / check
        #expect(try violations(schema, ["at": "2022-11-10T07:38:00-08:00", "on": "2024-02-29", "url": "https://example.com/a"]).isEmpty)
        #expect(try violations(schema, ["at": "2022-11-10T07:38:00", "on": "2023-02-29", "url": "no scheme"]).map(\.keyword)
            == ["format", "format", "format"])
    }

    @Test("singleValuesAsArrays reads a lone value as a one-element array, but still checks it")
    func singleValuesAsArrays() throws {
        // setup
        let schema: JSONValue = ["properties": ["type": ["type": "array", "contains": ["enum": ["Profile"]]]]]
        // act / check
        #expect(try violations(schema, ["type": "Profile"]).map(\.keyword) == ["type"])
        #expect(try violations(schema, ["type": "Profile"], lenient: true).isEmpty)
        #expect(try violations(schema, ["type": "InvalidProfile"], lenient: true).map(\.keyword) == ["contains"])
    }

    static let unsupportedCases: [(JSONValue, JSONSchemaError)] = {
        let minimum: JSONValue = ["properties": ["a": ["minimum": 3]]]
        let patternProperties: JSONValue = ["patternProperties": ["^x": true]]
        let email: JSONValue = ["format": "email"]
        let remote: JSONValue = ["$ref": "https://example.com/other.json"]
        let missing: JSONValue = ["$ref": "#/$defs/Missing"]
        let draft7: JSONValue = ["$schema": "http://json-schema.org/draft-07/schema#"]
        return [
            (minimum, .unsupportedKeyword(keyword: "minimum", schemaPath: "#/properties/a/minimum")),
            (patternProperties, .unsupportedKeyword(keyword: "patternProperties", schemaPath: "#/patternProperties")),
            (email, .unsupportedFormat(format: "email", schemaPath: "#/format")),
            (remote, .unsupportedReference(ref: "https://example.com/other.json", schemaPath: "#/$ref")),
            (missing, .unsupportedReference(ref: "#/$defs/Missing", schemaPath: "#/$ref")),
            (draft7, .unsupportedDialect("http://json-schema.org/draft-07/schema#")),
        ]
    }()

    @Test("an unsupported keyword, format, reference or dialect is refused when the schema loads", arguments: unsupportedCases)
    func unsupported(schema: JSONValue, expected: JSONSchemaError) {
        // act / check
        #expect(throws: expected) { try JSONSchema(schema) }
    }

    @Test("the Open Badges schemas use only supported keywords, and agree with a reference validator on fixtures",
          arguments: [
              ("simple.json", [String]()),
              ("simple-err-credential-subject-identifier-type.json", ["/credentialSubject/identifier/0/type enum", "/proof type"]),
              ("simple-err-type.json", ["/credentialSubject required", "/proof type", "/type contains"]),
              ("simple-err-issuer-type.json", ["/issuer oneOf", "/proof type"]),
              ("simple-err-context.json", ["/ required", "/@context minItems", "/@context/0 enum", "/credentialSubject required"]),
          ])
    func achievementSchemaOnFixtures(fixture: String, expected: [String]) throws {
        // setup — expected lists are what Python jsonschema 4.26 (Draft201909Validator) reports
        let schema = try OpenBadgesSchemas.achievementCredential()
        // act
        let found = schema.validate(try Conformance.fixture(fixture))
        // check
        #expect(found.map { "\($0.instancePath.isEmpty ? "/" : $0.instancePath) \($0.keyword)" }.sorted() == expected.sorted())
    }
}
