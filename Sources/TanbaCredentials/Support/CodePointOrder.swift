// Swift's String comparison is Unicode-canonical, but JSON-LD and RDFC-1.0 sort by
// code point; UTF-8 byte order is identical to code point order.
extension String {
    func precedesInCodePointOrder(_ other: String) -> Bool {
        utf8.lexicographicallyPrecedes(other.utf8)
    }
}

extension Sequence where Element == String {
    func sortedByCodePoint() -> [String] {
        sorted { $0.precedesInCodePointOrder($1) }
    }
}
