import Foundation

// Swift's String comparison is Unicode-canonical, but JSON-LD and RDFC-1.0 sort by
// code point; UTF-8 byte order is identical to code point order.
extension String {
    func precedesInCodePointOrder(_ other: String) -> Bool {
        // memcmp over contiguous UTF-8 (native strings always are): canonicalisation sorts every
        // N-Quads line, and walking UTF8View element by element dominated those sorts.
        let fast = utf8.withContiguousStorageIfAvailable { lhs in
            other.utf8.withContiguousStorageIfAvailable { rhs -> Bool in
                let common = Swift.min(lhs.count, rhs.count)
                if common > 0, let left = lhs.baseAddress, let right = rhs.baseAddress {
                    let order = memcmp(left, right, common)
                    if order != 0 { return order < 0 }
                }
                return lhs.count < rhs.count
            }
        }
        if let fast, let result = fast { return result }
        return utf8.lexicographicallyPrecedes(other.utf8)
    }
}

extension Sequence where Element == String {
    func sortedByCodePoint() -> [String] {
        sorted { $0.precedesInCodePointOrder($1) }
    }
}
