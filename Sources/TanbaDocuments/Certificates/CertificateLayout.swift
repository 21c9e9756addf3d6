/// The certificate forms Tanba can print, after the seed universities' regulations.
///
/// Every layout prints page 1 on A4 landscape with the learner's name, the registration number
/// and a QR code of the verification URL (at least 30 mm, the URL printed under it); some add a
/// second page. Build the PDF spec with ``CertificateDocument/makeSpec(_:layout:)``.
public enum CertificateLayout: String, Sendable, Hashable, CaseIterable {
    /// Atyrau University, Appendix 1: certificate of completion stating hours and/or credits.
    case atyrau
    /// AITU «свидетельство о присвоении микроквалификации» with an appendix page listing
    /// courses, topics and hours (``CertificateContent/courses``).
    case aitu
    /// The 2025 faculty regulation: level, ECTS, assessment method and QR on page 1; programme
    /// details and learning outcomes on page 2.
    case ects
    /// SKMA Appendix Б: «СЕРТИФИКАТ №» with the identification number and a large QR code.
    case skma
    /// Two languages side by side (``CertificateContent/secondLanguage``); learning outcomes in
    /// both languages on page 2. Without a second language it prints the primary one alone.
    case bilingual
}
