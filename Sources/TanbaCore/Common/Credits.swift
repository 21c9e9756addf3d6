import Foundation

/// Academic credits («академические кредиты»), held exactly in hundredths so sums never drift.
///
/// Most programs count whole credits, but hour-based courses do not: 144 hours at 30 hours per
/// credit is 4.8 credits, and ECTS allows halves.
public struct Credits: Hashable, Comparable, Sendable, Codable {
    public let hundredths: Int

    public init(hundredths: Int) {
        self.hundredths = hundredths
    }

    public init(_ whole: Int) {
        self.hundredths = whole * 100
    }

    /// Parses "6", "4.8" or the Russian "4,8"; nil for anything else or more than two decimals.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        guard !trimmed.isEmpty else { return nil }
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2,
              let wholePart = parts.first, !wholePart.isEmpty,
              wholePart.allSatisfy(\.isASCIIDigit), wholePart.count <= 6,
              let whole = Int(wholePart)
        else { return nil }
        var fraction = 0
        if parts.count == 2 {
            let digits = parts[1]
            guard !digits.isEmpty, digits.count <= 2, digits.allSatisfy(\.isASCIIDigit),
                  let value = Int(digits)
            else { return nil }
            fraction = digits.count == 1 ? value * 10 : value
        }
        self.hundredths = whole * 100 + fraction
    }

    public static let zero = Credits(hundredths: 0)

    public static func < (lhs: Credits, rhs: Credits) -> Bool { lhs.hundredths < rhs.hundredths }

    public static func + (lhs: Credits, rhs: Credits) -> Credits {
        Credits(hundredths: lhs.hundredths + rhs.hundredths)
    }

    /// Hours this many credits are worth at `hoursPerCredit`, or nil when that is not a whole number.
    public func hours(atHoursPerCredit hoursPerCredit: Int) -> Int? {
        let total = hundredths * hoursPerCredit
        return total % 100 == 0 ? total / 100 : nil
    }

    /// Credits worth `hours` at `hoursPerCredit`, exact to the hundredth (rounded half up beyond).
    public static func fromHours(_ hours: Int, hoursPerCredit: Int) -> Credits {
        let scaled = hours * 100
        return Credits(hundredths: (scaled + hoursPerCredit / 2) / hoursPerCredit)
    }

    public var decimal: Decimal { Decimal(hundredths) / 100 }
}

extension Credits: CustomStringConvertible {
    /// "6", "4.8", "4.75": the shortest exact form, with a dot.
    public var description: String {
        let whole = hundredths / 100
        let fraction = hundredths % 100
        if fraction == 0 { return "\(whole)" }
        if fraction % 10 == 0 { return "\(whole).\(fraction / 10)" }
        return "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

/// An inclusive range of credits a program type may have.
public struct CreditRange: Hashable, Sendable, Codable {
    public let lower: Credits
    public let upper: Credits

    public init(_ lower: Int, _ upper: Int) {
        self.lower = Credits(lower)
        self.upper = Credits(upper)
    }

    public func contains(_ credits: Credits) -> Bool { credits >= lower && credits <= upper }
}

extension CreditRange: CustomStringConvertible {
    public var description: String { "\(lower)–\(upper)" }
}
