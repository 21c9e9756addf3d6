import Foundation

/// A language of instruction or of the interface.
public enum LanguageCode: String, CaseIterable, Sendable, Codable {
    case russian = "ru"
    case kazakh = "kk"
    case english = "en"
}

/// Form of study («форма обучения»).
public enum StudyForm: String, CaseIterable, Sendable, Codable {
    /// In person («очная», offline).
    case inPerson = "in_person"
    case online = "online"
    case blended = "blended"
}
