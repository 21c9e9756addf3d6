import Foundation

/// The seed form an institution's certificate follows, page for page.
public enum CertificateForm: String, Sendable, Hashable, Codable, CaseIterable {
    /// 000 App. 1: a certificate of completion stating hours and credits.
    case atyrau
    /// 001: «свидетельство о присвоении микроквалификации» with an appendix of courses and topics.
    case aitu
    /// 002: level, ECTS and assessment on page 1, programme details and outcomes on page 2.
    case ects
    /// 004 App. Б: «СЕРТИФИКАТ №» with the identification number and a large QR code.
    case skma
}

/// The city a document is signed in, printed beside its date (localised as `certificate.city.<raw>`).
public enum DocumentCity: String, Sendable, Hashable, Codable, CaseIterable {
    case astana
    case atyrau
    case shymkent
}
