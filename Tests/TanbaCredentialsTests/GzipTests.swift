import Testing
@testable import TanbaCredentials

@Suite("Gzip")
struct GzipTests {
    @Test("compress then decompress returns the input, with a GZIP header")
    func roundTrip() throws {
        // setup
        let input = Array("Bitstring Status List ".utf8) + [UInt8](repeating: 0, count: 100_000)
        // act
        let compressed = try Gzip.compress(input)
        let output = try Gzip.decompress(compressed)
        // check
        #expect(compressed.starts(with: [0x1F, 0x8B, 0x08]))
        #expect(compressed.count < 1_000)
        #expect(output == input)
    }

    @Test("truncated or corrupt data is refused")
    func corrupt() throws {
        // setup
        let compressed = try Gzip.compress([UInt8](repeating: 7, count: 4_096))
        var flipped = compressed
        flipped[12] ^= 0xFF
        // act / check
        #expect(throws: CredentialError.self) { try Gzip.decompress(Array(compressed.prefix(compressed.count / 2))) }
        #expect(throws: CredentialError.self) { try Gzip.decompress(flipped) }
        #expect(throws: CredentialError.self) { try Gzip.decompress([0x78, 0x9C, 0x03, 0x00]) }
    }

    @Test("output beyond the size limit is refused (a GZIP bomb)")
    func sizeLimit() throws {
        // setup
        let bomb = try Gzip.compress([UInt8](repeating: 0, count: Gzip.maxDecompressedSize + 1))
        // act / check
        #expect(bomb.count < 100_000)
        #expect(throws: CredentialError.self) { try Gzip.decompress(bomb) }
    }
}
