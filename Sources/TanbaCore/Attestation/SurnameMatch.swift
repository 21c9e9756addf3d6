import Foundation

/// How the number-and-surname lookup compares a surname typed by an employer with the one
/// printed: case, ё/е and the Kazakh letters a Russian keyboard lacks are folded to their
/// look-alikes (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ/ү→у, һ→х, і→и), so «Нурланова» finds «Нұрланова».
public enum SurnameMatch {
    static let lookAlikes: [Character: Character] = [
        "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и", "ё": "е",
    ]

    /// The folded form compared on both sides.
    public static func fold(_ surname: String) -> String {
        String(surname.trimmingCharacters(in: .whitespacesAndNewlines).lowercased().map { lookAlikes[$0] ?? $0 })
    }

    /// Whether `typed` names the holder whose surname is `printed` (or, when it is printed too,
    /// whose surname in Latin letters is `latin`).
    public static func matches(_ typed: String, printed: String, latin: String? = nil) -> Bool {
        let key = fold(typed)
        guard !key.isEmpty else { return false }
        return key == fold(printed) || latin.map { key == fold($0) } == true
    }
}
