import Foundation

/// A name or title in the three interface languages; an empty translation reads as the Russian one.
public struct LocalizedText: Hashable, Sendable, Codable {
    public var ru: String
    public var kk: String
    public var en: String

    public init(ru: String = "", kk: String = "", en: String = "") {
        self.ru = ru
        self.kk = kk
        self.en = en
    }

    /// The text exactly as stored in `language`, empty when none was given.
    public subscript(language: LanguageCode) -> String {
        get {
            switch language {
            case .russian: ru
            case .kazakh: kk
            case .english: en
            }
        }
        set {
            switch language {
            case .russian: ru = newValue
            case .kazakh: kk = newValue
            case .english: en = newValue
            }
        }
    }

    /// The text to print in `language`: a document in Kazakh still names the institution when only
    /// the Russian name is known.
    public func text(in language: LanguageCode) -> String {
        let own = self[language]
        return own.isEmpty ? ru : own
    }

    public var isEmpty: Bool { ru.isEmpty && kk.isEmpty && en.isEmpty }
}
