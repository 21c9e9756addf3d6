import Foundation

/// An amount in Kazakhstani tenge, held in tiyn so that sums are exact.
public struct Tenge: Hashable, Comparable, Sendable, Codable {
    public let tiyn: Int

    public init(tiyn: Int) {
        self.tiyn = tiyn
    }

    /// Parses "150000", "150 000", "150000.50" or "150 000,50"; nil for anything else or negative.
    public init?(parsing text: String) {
        let compact = text.filter { !$0.isWhitespace && $0 != "\u{00A0}" && $0 != "\u{202F}" }
            .replacingOccurrences(of: ",", with: ".")
        let parts = compact.split(separator: ".", omittingEmptySubsequences: false)
        guard !compact.isEmpty, parts.count <= 2, let whole = parts.first, !whole.isEmpty, whole.count <= 12,
              whole.allSatisfy(\.isASCIIDigit), let wholeValue = Int(whole) else { return nil }
        var fraction = 0
        if parts.count == 2 {
            let digits = parts[1]
            guard (1...2).contains(digits.count), digits.allSatisfy(\.isASCIIDigit), let value = Int(digits) else { return nil }
            fraction = digits.count == 1 ? value * 10 : value
        }
        tiyn = wholeValue * 100 + fraction
    }

    public static func < (lhs: Tenge, rhs: Tenge) -> Bool { lhs.tiyn < rhs.tiyn }
}

extension Tenge: CustomStringConvertible {
    /// "150 000" or "150 000,50", grouped as Kazakhstan writes amounts.
    public var description: String {
        var digits = String(tiyn / 100)
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits = String(digits.dropLast(3))
        }
        groups.insert(digits, at: 0)
        let whole = groups.joined(separator: " ")
        let fraction = tiyn % 100
        return fraction == 0 ? whole : whole + "," + (fraction < 10 ? "0" : "") + String(fraction)
    }
}
