import Foundation

/// The documents issued with each certificate («сертификат/свидетельство» and its transcript, «приложение»).
public enum IssuedDocumentKind: String, CaseIterable, Sendable, Codable {
    case certificate = "certificate"
    case transcript = "transcript"
}
