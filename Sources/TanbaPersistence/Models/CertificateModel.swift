import Fluent
import Foundation
import TanbaCore

/// An issued certificate: its number, token and the content it certifies, frozen at issue.
public final class CertificateModel: Model, @unchecked Sendable {
    public static let schema = "certificates"

    // managed
    @ID(key: .id) public var id: UUID?
    @Field(key: "issued_at") public var issuedAt: Date

    // data
    @Field(key: "registration_number") public var registrationNumber: String
    @Field(key: "year") public var year: Int
    @Field(key: "sequence") public var sequence: Int
    /// 128 random bits in base64url; the QR link carries it.
    @Field(key: "token") public var token: String
    @Field(key: "learner_id") public var learnerID: UUID
    @Field(key: "intake_id") public var intakeID: UUID
    @OptionalField(key: "session_id") public var sessionID: UUID?
    /// Surname as printed, lower-cased, for number-plus-surname lookups.
    @Field(key: "surname_key") public var surnameKey: String
    /// `CertifiedContent` as JSON: exactly what the documents print.
    @Field(key: "content") public var content: String
    @Field(key: "status") public var status: String
    @OptionalField(key: "revoked_at") public var revokedAt: Date?
    @Field(key: "revocation_reason") public var revocationReason: String
    /// The annulling decision (002 §9.2); empty for certificates revoked before it was recorded.
    @OptionalField(key: "revocation_decided_by") public var revocationDecidedBy: String?
    @OptionalField(key: "revocation_decision_number") public var revocationDecisionNumber: String?
    /// `yyyy-MM-dd`.
    @OptionalField(key: "revocation_decided_on") public var revocationDecidedOn: String?
    @OptionalField(key: "superseded_by") public var supersededBy: UUID?
    @OptionalField(key: "supersedes") public var supersedes: UUID?
    /// Number, learner (both spellings) and program, folded by `SearchKey`: what the journal searches.
    @OptionalField(key: "search_key") public var searchKey: String?

    public init() {}

    public init(id: UUID? = nil, registrationNumber: String, year: Int, sequence: Int, token: VerificationToken, learnerID: UUID,
                intakeID: UUID, sessionID: UUID?, surnameKey: String, content: String, searchKey: String? = nil, supersedes: UUID?,
                at date: Date) {
        self.id = id
        self.registrationNumber = registrationNumber
        self.year = year
        self.sequence = sequence
        self.token = token.value
        self.learnerID = learnerID
        self.intakeID = intakeID
        self.sessionID = sessionID
        self.surnameKey = surnameKey
        self.content = content
        self.status = CertificateStatus.valid.rawValue
        self.revocationReason = ""
        self.supersedes = supersedes
        self.searchKey = searchKey
        self.issuedAt = date
    }

    /// The journal's search key of a certificate.
    public static func searchKey(number: String, content: CertifiedContent?) -> String {
        SearchKey.normalise([number, content?.learnerName ?? "", content?.learnerNameLatin ?? "", content?.programTitle ?? ""]
            .filter { !$0.isEmpty }.joined(separator: " "))
    }

    public var certificateStatus: CertificateStatus {
        get throws { try UnknownStoredValue.decode(status, column: "certificates.status") }
    }

    public func certifiedContent() throws -> CertifiedContent {
        try JSONDecoder().decode(CertifiedContent.self, from: Data(content.utf8))
    }
}

extension CertificateModel {
    /// The decision that annulled this certificate, when one was recorded.
    public var revocationDecision: RevocationDecision? {
        guard let decidedBy = revocationDecidedBy, let number = revocationDecisionNumber, let decidedOn = revocationDecidedOn else {
            return nil
        }
        return RevocationDecision(decidedBy: decidedBy, number: number, decidedOn: decidedOn, reason: revocationReason)
    }
}
