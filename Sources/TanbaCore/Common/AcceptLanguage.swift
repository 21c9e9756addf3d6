import Foundation

/// The interface language a browser asks for in its `Accept-Language` header (RFC 9110 §12.5.4):
/// the supported language with the highest weight, the earlier one on a tie.
public enum AcceptLanguage {
    /// nil when the header names none of Tanba's languages (or refuses them all with `q=0`).
    public static func preferred(_ header: String?) -> LanguageCode? {
        guard let header else { return nil }
        var best: (language: LanguageCode, weight: Double)?
        for item in header.split(separator: ",") {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let range = parts.first?.lowercased(), !range.isEmpty else { continue }
            let weight = parts.dropFirst().first { $0.lowercased().hasPrefix("q=") }
                .flatMap { Double($0.dropFirst(2)) } ?? 1
            guard weight > 0, let language = language(of: range) else { continue }
            if best.map({ weight > $0.weight }) ?? true { best = (language, weight) }
        }
        return best?.language
    }

    /// `kk`, `kk-KZ` and the often-seen `kz` read as Kazakh; `ru-RU` as Russian; `en-GB` as English.
    static func language(of range: String) -> LanguageCode? {
        let primary = range.split(separator: "-").first.map(String.init) ?? range
        if primary == "kz" { return .kazakh }
        return LanguageCode(rawValue: primary)
    }
}
