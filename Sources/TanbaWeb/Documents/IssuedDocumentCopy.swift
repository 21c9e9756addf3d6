import Foundation
import Vapor
import TanbaCore
import TanbaDocuments
import TanbaPersistence

extension Request {
    /// The bytes to serve for an issued document: as stored while the certificate is valid; once
    /// it is revoked or superseded, a copy stamped with that and its date across every page, so a
    /// printout cannot pass for a valid certificate. The stored document is never changed.
    func servedCopy(of document: IssuedDocumentModel, certificate: CertificateModel) async throws -> Data {
        let headline: String, date: Date?
        switch try certificate.certificateStatus {
        case .valid: return document.pdf
        case .revoked:
            headline = t("certificate.stamp.revoked")
            date = certificate.revokedAt
        case .superseded:
            headline = t("certificate.stamp.superseded")
            date = certificate.revokedAt
        }
        let detail = [certificate.registrationNumber, date.map(AlmatyDate.dotted) ?? ""].filter { !$0.isEmpty }
            .joined(separator: " · ")
        return try await PDFStamp.stamped(document.pdf, headline: headline, detail: detail)
    }
}
