/// Base58 with the Bitcoin alphabet, as multibase's base58btc ('z') uses.
public enum Base58 {
    static let alphabet = Array("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".utf8)
    // The conversion is quadratic; keys and signatures are far below this.
    public static let maxEncodedLength = 4096

    private static let decodeTable: [Int8] = {
        var table = [Int8](repeating: -1, count: 128)
        for (index, char) in alphabet.enumerated() { table[Int(char)] = Int8(index) }
        return table
    }()

    public static func encode<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        let input = Array(bytes)
        let leadingZeros = input.prefix(while: { $0 == 0 }).count
        // Big-endian base-58 digits of the number the bytes spell.
        var digits: [UInt8] = []
        for byte in input[leadingZeros...] {
            var carry = Int(byte)
            for index in digits.indices {
                carry += Int(digits[index]) << 8
                digits[index] = UInt8(carry % 58)
                carry /= 58
            }
            while carry > 0 {
                digits.append(UInt8(carry % 58))
                carry /= 58
            }
        }
        let encoded = [UInt8](repeating: alphabet[0], count: leadingZeros) + digits.reversed().map { alphabet[Int($0)] }
        return String(decoding: encoded, as: UTF8.self)
    }

    public static func decode(_ text: String) throws -> [UInt8] {
        let input = Array(text.utf8)
        guard input.count <= maxEncodedLength else {
            throw CredentialError.invalidMultibase("base58 text longer than \(maxEncodedLength) characters")
        }
        let leadingOnes = input.prefix(while: { $0 == alphabet[0] }).count
        var bytes: [UInt8] = []
        for char in input[leadingOnes...] {
            guard char < 128, decodeTable[Int(char)] >= 0 else {
                throw CredentialError.invalidMultibase("character '\(Character(Unicode.Scalar(char)))' is not in the base58btc alphabet")
            }
            var carry = Int(decodeTable[Int(char)])
            for index in bytes.indices {
                carry += Int(bytes[index]) * 58
                bytes[index] = UInt8(carry & 0xFF)
                carry >>= 8
            }
            while carry > 0 {
                bytes.append(UInt8(carry & 0xFF))
                carry >>= 8
            }
        }
        return [UInt8](repeating: 0, count: leadingOnes) + bytes.reversed()
    }
}
