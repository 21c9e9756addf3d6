import Foundation

/// A numbering pattern such as `MC-{YYYY}-{N:6}`: the year and a zero-padded sequence within it.
public struct NumberFormat: Hashable, Sendable, Codable {
    public let pattern: String

    public init(_ pattern: String) {
        self.pattern = pattern
    }

    /// The number for `sequence` (1-based) in `year`.
    public func format(year: Int, sequence: Int) -> String {
        var result = pattern.replacingOccurrences(of: "{YYYY}", with: String(year))
        if let open = result.range(of: "{N:"), let close = result[open.upperBound...].firstIndex(of: "}") {
            let width = Int(result[open.upperBound..<close]) ?? 1
            let digits = String(sequence)
            let padded = String(repeating: "0", count: max(0, width - digits.count)) + digits
            result.replaceSubrange(open.lowerBound...close, with: padded)
        }
        return result
    }
}
