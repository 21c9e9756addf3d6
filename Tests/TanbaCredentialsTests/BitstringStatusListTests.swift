import Testing
@testable import TanbaCredentials

@Suite("BitstringStatusList")
struct BitstringStatusListTests {
    @Test("a new list has 131072 clear entries and refuses smaller sizes")
    func sizes() throws {
        // act
        let list = try BitstringStatusList()
        // check
        #expect(list.bitCount == 131_072)
        #expect(list.bytes.allSatisfy { $0 == 0 })
        #expect(throws: CredentialError.self) { try BitstringStatusList(bitCount: 1024) }
        #expect(throws: CredentialError.self) { try BitstringStatusList(bitCount: 131_073) }
    }

    @Test("bits 0 and 131071 survive encode and decode, and nothing else is set")
    func roundTrip() throws {
        // setup
        var list = try BitstringStatusList()
        try list.set(0)
        try list.set(131_071)
        // act
        let encoded = try list.encodedList()
        let decoded = try BitstringStatusList(encodedList: encoded)
        // check
        #expect(encoded.hasPrefix("uH4sI")) // 'u' + base64url of the GZIP magic 1f 8b 08
        #expect(try decoded.isSet(0))
        #expect(try decoded.isSet(131_071))
        #expect(try !decoded.isSet(1))
        #expect(try !decoded.isSet(131_070))
        #expect(decoded.bytes.filter { $0 != 0 }.count == 2)
        #expect(decoded == list)
    }

    @Test("index 0 is the most significant bit of the first byte")
    func msbFirst() throws {
        // setup
        var list = try BitstringStatusList()
        // act
        try list.set(0)
        try list.set(10)
        try list.set(131_071)
        // check — 10 is byte 1, bit 2 from the left: 0b0010_0000
        #expect(list.bytes[0] == 0x80)
        #expect(list.bytes[1] == 0x20)
        #expect(list.bytes[16_383] == 0x01)
    }

    @Test("clearing a bit")
    func clear() throws {
        // setup
        var list = try BitstringStatusList()
        try list.set(42)
        // act
        try list.set(42, to: false)
        // check
        #expect(try !list.isSet(42))
    }

    @Test("decodes a list encoded by Python's gzip with bits 0, 10 and 131071 set")
    func decodesForeignEncoding() throws {
        // setup — python3: gzip.compress(bytes with [0]=0x80, [1]=0x20, [16383]=0x01, mtime=0), base64url, 'u'
        let encoded = "uH4sIAAAAAAACA-3BMQEAAAgDINfEqEY3xh7gdgAAAAAAAAAAAAAAAAAAAICuPJ9UuxYAQAAA"
        // act
        let list = try BitstringStatusList(encodedList: encoded)
        // check
        #expect(list.bitCount == 131_072)
        #expect(try list.isSet(0) && list.isSet(10) && list.isSet(131_071))
        #expect(list.bytes.filter { $0 != 0 }.count == 3)
    }

    @Test("decodes the all-clear example of the W3C Bitstring Status List spec")
    func decodesSpecExample() throws {
        // act
        let list = try BitstringStatusList(encodedList: "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA")
        // check
        #expect(list.bitCount == 131_072)
        #expect(list.bytes.allSatisfy { $0 == 0 })
    }

    @Test("out-of-range indexes and malformed encodings are errors",
          arguments: ["zH4sI", "u!!!", "uAAAA", ""])
    func malformed(encoded: String) throws {
        // setup
        let list = try BitstringStatusList()
        // act / check
        #expect(throws: CredentialError.self) { try list.isSet(131_072) }
        #expect(throws: CredentialError.self) { try list.isSet(-1) }
        #expect(throws: CredentialError.self) { try BitstringStatusList(encodedList: encoded) }
    }
}
