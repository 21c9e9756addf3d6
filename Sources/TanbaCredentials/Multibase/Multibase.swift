/// Multibase strings in the one encoding Data Integrity uses: base58btc, prefix 'z'.
public enum Multibase {
    public static func encodeBase58BTC<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        "z" + Base58.encode(bytes)
    }

    public static func decodeBase58BTC(_ text: String) throws -> [UInt8] {
        guard let first = text.first else { throw CredentialError.invalidMultibase("empty value") }
        guard first == "z" else {
            throw CredentialError.invalidMultibase("expected base58btc prefix 'z', found '\(first)'")
        }
        return try Base58.decode(String(text.dropFirst()))
    }
}
