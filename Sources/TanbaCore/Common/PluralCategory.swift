import Foundation

/// The plural form a number takes in a language (CLDR plural rules for cardinals): Russian
/// «1 голоса, 2 голосов, 5 голосов, 21 голоса», Kazakh and English one/other.
public enum PluralCategory: String, Sendable, CaseIterable {
    case one, few, many, other

    public static func of(_ count: Int, in language: LanguageCode) -> PluralCategory {
        let n = abs(count)
        switch language {
        case .russian:
            if n % 10 == 1, n % 100 != 11 { return .one }
            if (2...4).contains(n % 10), !(12...14).contains(n % 100) { return .few }
            return .many
        case .kazakh, .english:
            return n == 1 ? .one : .other
        }
    }
}
