import Foundation

/// What an institution calls the document it issues for a micro-qualification: AITU's form is a
/// «свидетельство» (001), the other regulations' a «сертификат». Every page, document and message
/// uses the one name, so a learner never holds a «свидетельство» that the journal calls a «сертификат».
public enum AwardDocumentName: String, Sendable, Hashable, Codable, CaseIterable {
    case certificate
    case svidetelstvo

    /// The suffix of the localised strings that name this document where they differ from the
    /// certificate's (`verify.title@svidetelstvo`); nil for the certificate, the default wording.
    public var wordingVariant: String? {
        switch self {
        case .certificate: nil
        case .svidetelstvo: "svidetelstvo"
        }
    }
}
