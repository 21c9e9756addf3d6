import Foundation

/// Text folded the way searches compare it, done in Swift at write time because SQLite's LIKE
/// folds only ASCII: lower case in every script (Kazakh and Russian letters included), «ё» as «е»,
/// whitespace collapsed. A search folds its query the same way and looks for it inside the key.
public enum SearchKey {
    public static func normalise(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "ё", with: "е")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The pattern for `LIKE … ESCAPE '\'` that finds `query` anywhere in a key.
    public static func containsPattern(_ query: String) -> String {
        let escaped = normalise(query).replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
        return "%" + escaped + "%"
    }
}
