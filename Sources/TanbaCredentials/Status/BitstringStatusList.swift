/// A W3C Bitstring Status List: one bit per credential, index 0 being the most significant bit of
/// the first byte, published GZIP-compressed as multibase base64url (`encodedList`).
public struct BitstringStatusList: Sendable, Equatable {
    /// 16 KiB: the spec's minimum, so that one credential's index does not identify its holder.
    public static let minimumBitCount = 131_072

    public private(set) var bytes: [UInt8]

    public var bitCount: Int { bytes.count * 8 }

    /// An all-clear list. `bitCount` must be at least `minimumBitCount` and a multiple of 8.
    public init(bitCount: Int = BitstringStatusList.minimumBitCount) throws {
        guard bitCount >= Self.minimumBitCount, bitCount % 8 == 0 else {
            throw CredentialError.invalidStatusList("a list holds at least \(Self.minimumBitCount) bits, in whole bytes; \(bitCount) requested")
        }
        bytes = [UInt8](repeating: 0, count: bitCount / 8)
    }

    /// Decodes an `encodedList` value. Shorter lists than the minimum are read (privacy, not
    /// validity, is what the minimum protects); indexes are checked against the actual length.
    public init(encodedList: String) throws {
        let compressed: [UInt8]
        do {
            compressed = try Multibase.decodeBase64URL(encodedList)
        } catch let CredentialError.invalidMultibase(detail) {
            throw CredentialError.invalidStatusList("encodedList: \(detail)")
        }
        bytes = try Gzip.decompress(compressed)
        guard !bytes.isEmpty else { throw CredentialError.invalidStatusList("encodedList decodes to an empty list") }
    }

    public func isSet(_ index: Int) throws -> Bool {
        let (byte, mask) = try position(index)
        return bytes[byte] & mask != 0
    }

    public mutating func set(_ index: Int, to value: Bool = true) throws {
        let (byte, mask) = try position(index)
        if value { bytes[byte] |= mask } else { bytes[byte] &= ~mask }
    }

    /// The `encodedList` form: 'u' + base64url(GZIP(bits)), no padding.
    public func encodedList() throws -> String {
        Multibase.encodeBase64URL(try Gzip.compress(bytes))
    }

    private func position(_ index: Int) throws -> (byte: Int, mask: UInt8) {
        guard index >= 0, index < bitCount else {
            throw CredentialError.invalidStatusList("index \(index) is outside the list of \(bitCount) entries")
        }
        return (index / 8, UInt8(0x80) >> UInt8(index % 8))
    }
}
