import Foundation
import Testing
@testable import TanbaCredentials

@Suite("JSONValue")
struct JSONValueTests {
    @Test("numbers keep their exact lexical form")
    func numbersStayExact() throws {
        // setup
        let text = #"{"big": 123456789012345678901234567890, "small": 0.1000000000000000055511151231257827, "exp": 1E-7}"#
        // act
        let value = try JSONValue(parsing: text)
        // check
        #expect(value["big"] == .number(try #require(JSONNumber(lexical: "123456789012345678901234567890"))))
        #expect(value["small"] == .number(try #require(JSONNumber(lexical: "0.1000000000000000055511151231257827"))))
        #expect(value["exp"] == .number(try #require(JSONNumber(lexical: "1E-7"))))
    }

    @Test("serialisation sorts keys and escapes strings; parsing it back gives the same value")
    func serialisationRoundTrip() throws {
        // setup
        let value: JSONValue = ["b": [1, true, nil], "a": "line\nquote\" tab\t é 😀 \u{01}"]
        // act
        let data = value.serialized()
        let reparsed = try JSONValue(data: data)
        // check
        #expect(String(decoding: data, as: UTF8.self) == #"{"a":"line\nquote\" tab\t é 😀 \u0001","b":[1,true,null]}"#)
        #expect(reparsed == value)
    }

    @Test("escaped surrogate pairs decode to one scalar")
    func surrogatePairs() throws {
        // act
        let value = try JSONValue(parsing: #""\ud83d\ude00""#)
        // check
        #expect(value == "😀")
    }

    @Test("invalid JSON is rejected", arguments: [
        #"{"a": 1, "a": 2}"#, "[1, 2,]", "01", "1.", "-", #"{"a" 1}"#, #""\ud800""#, "[1] x", "nul", "\"\u{01}\"",
    ])
    func rejectsInvalid(text: String) {
        // act / check
        #expect(throws: CredentialError.self) { try JSONValue(parsing: text) }
    }

    @Test("pathologically deep nesting is refused, not a stack overflow")
    func depthLimit() {
        // setup
        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        // act / check
        #expect(throws: CredentialError.self) { try JSONValue(parsing: text) }
    }

    @Test("Codable encodes and decodes through JSONEncoder/JSONDecoder")
    func codable() throws {
        // setup
        let value: JSONValue = ["name": "Badge", "count": 3, "ratio": .number(try #require(JSONNumber(lexical: "0.25"))), "ok": false, "none": nil]
        // act
        let decoded = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value))
        // check
        #expect(decoded == value)
    }

    @Test("JSON-LD number forms: canonical xsd:integer and xsd:double lexicals")
    func canonicalNumberForms() throws {
        // setup
        func number(_ text: String) throws -> JSONNumber { try #require(JSONNumber(lexical: text)) }
        // act / check
        #expect(try number("42").isIntegral)
        #expect(try number("5.0").isIntegral)
        #expect(try number("-0").canonicalIntegerLexical == "0")
        #expect(try number("1e3").canonicalIntegerLexical == "1000")
        #expect(try !number("1.1").isIntegral)
        #expect(try number("1.1").canonicalDoubleLexical == "1.1E0")
        #expect(try number("0.5").canonicalDoubleLexical == "5.0E-1")
        #expect(try number("1.5e-7").canonicalDoubleLexical == "1.5E-7")
        #expect(try number("123456.789").canonicalDoubleLexical == "1.23456789E5")
    }

    @Test("canonical JSON (RFC 8785) for rdf:JSON literals")
    func canonicalJSON() throws {
        // setup
        let value = try JSONValue(parsing: #"{"z": [1, 2.5, "x", 1E2, 0.000001], "a": true, "m": null, "\u00e9": {}}"#)
        // act
        let text = value.canonicalJSONText
        // check
        #expect(text == #"{"a":true,"m":null,"z":[1,2.5,"x",100,0.000001],"é":{}}"#)
    }
}

@Suite("JSONValue ECMAScript number form")
struct ECMAScriptNumberTests {
    @Test("numbers print as ECMAScript Number::toString", arguments: [
        ("0", "0"), ("-0", "0"), ("1", "1"), ("100", "100"), ("1E2", "100"), ("2.5", "2.5"), ("0.000001", "0.000001"),
        ("1e-7", "1e-7"), ("123e18", "123000000000000000000"), ("1e21", "1e+21"), ("-1.5e-9", "-1.5e-9"),
        ("0.1", "0.1"), ("123456.789", "123456.789"), ("1.7976931348623157e308", "1.7976931348623157e+308"),
    ])
    func ecmaScriptForm(lexical: String, expected: String) throws {
        // setup
        let number = try #require(JSONNumber(lexical: lexical))
        // act
        let text = JSONValue.ecmaScriptNumber(number)
        // check
        #expect(text == expected)
    }
}
