import Foundation

/// Kazakhstan's business identification number («БИН»): twelve digits, the last a check digit
/// computed as for the IIN (weights 1-11, and 3-11, 1, 2 when the first sum leaves 10).
public enum BusinessIdentificationNumber {
    /// Whether `text` is twelve digits whose last one checks.
    public static func isValid(_ text: String) -> Bool {
        let digits = text.compactMap { $0.wholeNumberValue }
        guard text.count == 12, digits.count == 12, text.allSatisfy(\.isASCII) else { return false }
        guard let check = checkDigit(Array(digits.prefix(11))) else { return false }
        return check == digits[11]
    }

    /// The check digit of the first eleven digits; nil when both weightings leave 10 (such numbers
    /// are never assigned).
    static func checkDigit(_ digits: [Int]) -> Int? {
        let first = zip(digits, 1...11).reduce(0) { $0 + $1.0 * $1.1 } % 11
        if first != 10 { return first }
        let weights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
        let second = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 } % 11
        return second == 10 ? nil : second
    }
}
