import Foundation
import Vapor
import TanbaCore
import TanbaPersistence

/// The learner's own page: applications with their intakes, orders, documents and marks, the
/// certificates with their downloads and standing, and the profile form. Built from `LearnerHome`,
/// which carries the learner's marks in each intake they are enrolled in.
struct MePage: Encodable {
    let applications: [ApplicationView]
    let certificates: [CertificateLink]
    /// The name in Latin letters the learner gave, for the profile form.
    let latinName: String
    let profileError: String?

    /// One of the learner's certificates.
    struct CertificateLink: Encodable {
        let number: String
        let program: String
        let status: String
        let statusCode: String
        let certificatePDF: String
        let transcriptPDF: String
        let verifyLink: String
        /// The signed Open Badges 3.0 credential; empty when the certificate has none.
        let credentialLink: String
        /// For an annulled certificate: when and why, as the public verification page says it.
        let revocation: String
        /// The end-of-program survey while it waits for the learner's answer; empty once answered.
        let surveyLink: String
    }

    /// One application as its applicant sees it.
    struct ApplicationView: Encodable {
        let intake: IntakeView
        let status: String
        let statusCode: String
        let reason: String
        let submitted: String
        let orderNumber: String
        let documents: [DocumentView]
        /// Zero or one record, so the shared template can loop over it.
        let records: [LearningRecordView]
        let withdrawLink: String
        let canWithdraw: Bool
    }

    init(_ home: LearnerHome, today: String, profileError: String?, request: Request) throws {
        applications = try home.applications.map { row in
            let application = row.application
            return ApplicationView(
                intake: try IntakeView(row.intake, content: row.content, today: today, request: request),
                status: request.t("application_status.\(row.status.rawValue)"), statusCode: row.status.rawValue,
                reason: application.decisionReason, submitted: DisplayDate.dayTime(application.submittedAt),
                orderNumber: row.order.map { "№ \($0.number), \(DisplayDate.fromISO($0.orderDate))" } ?? "",
                documents: try row.documents.map { try DocumentView($0, request: request) },
                records: row.status == .enrolled
                    ? home.records[application.intakeID].map { [LearningRecordView($0, content: row.content, request: request)] } ?? [] : [],
                withdrawLink: SiteRoute.applicationDecision(try application.requireID()).path,
                canWithdraw: [.submitted, .accepted].contains(row.status))
        }
        let withCredential = home.withCredential
        certificates = try home.certificates.map { certificate in
            let id = try certificate.requireID()
            return CertificateLink(
                number: certificate.registrationNumber,
                program: (try? certificate.certifiedContent().programTitle) ?? "",
                status: request.t("certificate_status.\(certificate.status)"), statusCode: certificate.status,
                certificatePDF: SiteRoute.certificateDocument(id: id, kind: .certificate).path,
                transcriptPDF: SiteRoute.certificateDocument(id: id, kind: .transcript).path,
                verifyLink: SiteRoute.verify(token: certificate.token).path,
                credentialLink: certificate.id.map(withCredential.contains) == true
                    ? SiteRoute.apiVerifyCredential(token: certificate.token).path : "",
                revocation: try certificate.certificateStatus == .revoked ? request.annulment(of: certificate) : "",
                surveyLink: try certificate.certificateStatus == .valid && !home.surveyed.contains(id) ? SiteRoute.meSurvey(id).path : "")
        }
        latinName = home.profile?.latinName ?? ""
        self.profileError = profileError
    }
}
