import Foundation
import Vapor
import TanbaCore
import TanbaPersistence

/// What anyone may learn about a certificate: exactly what it prints, and its status.
struct VerificationDTO: Content {
    /// `valid`, `revoked` or `superseded`.
    let status: String
    let registrationNumber: String
    let learnerName: String
    /// The name in Latin letters printed under it, when the learner gave one.
    let learnerNameLatin: String?
    let program: String
    /// The awarded micro-qualification (Russian name); absent on certificates issued before programs named it.
    let qualification: String?
    let programCode: String
    let credits: String
    let creditSystem: String
    let hours: Int
    let nqfLevel: Int
    let eqfLevel: Int
    let startsOn: String
    let endsOn: String
    let issuedOn: String
    let issuer: String
    let learningOutcomes: [String]
    let assessmentMethods: [String]
    let studyForm: String
    let gpa: String
    let disciplines: [CertifiedContent.Line]
    let revokedOn: String?
    let revocationReason: String?
    /// The annulling decision (002 §9.2): who decided, its number and day; absent for certificates
    /// annulled before decisions were recorded.
    let revocationDecidedBy: String?
    let revocationDecisionNumber: String?
    let revocationDecidedOn: String?
    let supersededBy: String?
    let certificateURL: String

    init(_ certificate: CertificateModel, content: CertifiedContent, supersededByNumber: String?, publicURL: String) throws {
        status = certificate.status
        registrationNumber = certificate.registrationNumber
        learnerName = content.learnerName
        learnerNameLatin = content.learnerNameLatin
        program = content.programTitle
        qualification = content.qualification.flatMap { $0.ru.isEmpty ? nil : $0.ru }
        programCode = content.programCode
        credits = content.credits
        creditSystem = content.usesECTS ? "ECTS" : "KZ academic credits"
        hours = content.hours
        nqfLevel = content.nqfLevel
        eqfLevel = content.eqfLevel
        startsOn = content.startsOn
        endsOn = content.endsOn
        issuedOn = content.issuedOn
        issuer = content.institution
        learningOutcomes = content.learningOutcomes
        assessmentMethods = content.assessmentMethods
        studyForm = content.studyForm
        gpa = content.gpa
        disciplines = content.disciplines
        revokedOn = certificate.revokedAt.flatMap(DisplayDate.iso)
        let revoked = try certificate.certificateStatus == .revoked
        revocationReason = revoked ? certificate.revocationReason : nil
        let decision = revoked ? certificate.revocationDecision : nil
        revocationDecidedBy = decision?.decidedBy
        revocationDecisionNumber = decision?.number
        revocationDecidedOn = decision?.decidedOn
        supersededBy = supersededByNumber
        certificateURL = SiteRoute.apiVerifyPDF(token: certificate.token).url(publicURL: publicURL)
    }
}
