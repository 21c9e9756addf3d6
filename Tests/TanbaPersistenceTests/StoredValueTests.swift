import Foundation
import Testing
import TanbaCore
@testable import TanbaPersistence

@Suite struct StoredValueTests {
    @Test func anUnknownCertificateStatusFailsInsteadOfReadingAsValid() throws {
        let certificate = CertificateModel()
        certificate.status = "mystery"
        #expect(throws: UnknownStoredValue(column: "certificates.status", value: "mystery")) { try certificate.certificateStatus }
        certificate.status = "revoked"
        #expect(try certificate.certificateStatus == .revoked)
    }

    @Test func anUnknownApplicationStatusOrPaymentFailsToo() throws {
        let application = ApplicationModel()
        application.status = "lost"
        application.paymentStatus = "paid"
        #expect(throws: UnknownStoredValue.self) { try application.applicationStatus }
        #expect(try application.payment == .paid)
        application.paymentStatus = "barter"
        #expect(throws: UnknownStoredValue(column: "applications.payment_status", value: "barter")) { try application.payment }
    }

    @Test func anUnknownEditionStatusFailsInsteadOfReadingAsAnEditableDraft() throws {
        let edition = ProgramEditionModel()
        edition.status = "archived"
        #expect(throws: UnknownStoredValue(column: "program_editions.status", value: "archived")) { try edition.editionStatus }
        edition.setEditionStatus(.inReview(.externalExpertise))
        #expect(try edition.editionStatus == .inReview(.externalExpertise))
    }
}
