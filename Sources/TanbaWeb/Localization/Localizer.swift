import Foundation
import TanbaCore

/// Interface strings in Russian, Kazakh and English, loaded from the bundled JSON files.
public struct Localizer: Sendable {
    public static let defaultLanguage = LanguageCode.russian

    private let tables: [LanguageCode: [String: String]]

    public init(tables: [LanguageCode: [String: String]]) {
        self.tables = tables
    }

    /// Loads `Localization/{ru,kk,en}.json` from the module's resources.
    public static func bundled() throws -> Localizer {
        var tables: [LanguageCode: [String: String]] = [:]
        for language in LanguageCode.allCases {
            let url = BundledResources.url("Localization/\(language.rawValue).json")
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw LocalizerError.missingTable(language.rawValue)
            }
            tables[language] = try JSONDecoder().decode([String: String].self, from: Data(contentsOf: url))
        }
        return Localizer(tables: tables)
    }

    /// The string for `key`; falls back to Russian, then shows the key so a gap is visible, not blank.
    /// With a `variant` (the institution's own name for a document, `AwardDocumentName.wordingVariant`),
    /// `key@variant` wins where this language has it; a language whose wording does not change keeps the usual string.
    public func string(_ key: String, _ language: LanguageCode, variant: String? = nil) -> String {
        if let variant, let text = tables[language]?[key + "@" + variant] { return text }
        return tables[language]?[key] ?? tables[Self.defaultLanguage]?[key] ?? key
    }

    /// The string with `{name}` placeholders filled in one pass: a value is never searched for
    /// placeholders itself (a learner's name or a program title may contain braces), and unknown
    /// placeholders stay as written.
    public func string(_ key: String, _ language: LanguageCode, _ arguments: [String: String],
                       variant: String? = nil) -> String {
        let template = string(key, language, variant: variant)
        guard !arguments.isEmpty else { return template }
        var text = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            text += rest[..<open]
            let name = rest[rest.index(after: open)..<close]
            if let value = arguments[String(name)] {
                text += value
            } else {
                text += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        text += rest
        return text
    }

    /// The string for `count` in its plural form: `key.one`, `key.few`, `key.many` or `key.other`
    /// as the language's rules pick (`key.other` when a form is missing), `{count}` filled in.
    public func plural(_ key: String, _ language: LanguageCode, count: Int, _ arguments: [String: String] = [:],
                       variant: String? = nil) -> String {
        let category = PluralCategory.of(count, in: language)
        let form = tables[language]?["\(key).\(category.rawValue)"] != nil ? "\(key).\(category.rawValue)" : "\(key).other"
        return string(form, language, arguments.merging(["count": "\(count)"]) { given, _ in given }, variant: variant)
    }

    public func keys(_ language: LanguageCode) -> Set<String> {
        Set(tables[language]?.keys.map { $0 } ?? [])
    }
}

/// A localisation file that is not there.
public enum LocalizerError: Error {
    case missingTable(String)
}
