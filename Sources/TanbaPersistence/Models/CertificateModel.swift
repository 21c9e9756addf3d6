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
    @OptionalField(key: "superseded_by") public var supersededBy: UUID?
    @OptionalField(key: "supersedes") public var supersedes: UUID?

    public init() {}

    public init(id: UUID? = nil, registrationNumber: String, year: Int, sequence: Int, token: VerificationToken, learnerID: UUID,
                intakeID: UUID, sessionID: UUID?, surnameKey: String, content: String, supersedes: UUID?, at date: Date) {
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
        self.issuedAt = date
    }

    public var certificateStatus: CertificateStatus {
        get throws { try UnknownStoredValue.decode(status, column: "certificates.status") }
    }

    public func certifiedContent() throws -> CertifiedContent {
        try JSONDecoder().decode(CertifiedContent.self, from: Data(content.utf8))
    }
}

/// A rendered document of a certificate (the certificate itself, the transcript), kept as issued.
public final class IssuedDocumentModel: Model, @unchecked Sendable {
    public static let schema = "issued_documents"

    @ID(key: .id) public var id: UUID?
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "certificate_id") public var certificateID: UUID
    /// `certificate` or `transcript`.
    @Field(key: "kind") public var kind: String
    @Field(key: "pdf") public var pdf: Data
    @Field(key: "sha256") public var sha256: String

    public init() {}

    public init(certificateID: UUID, kind: String, pdf: Data, at date: Date) {
        self.certificateID = certificateID
        self.kind = kind
        self.pdf = pdf
        self.sha256 = Digest.sha256Hex(Array(pdf))
        self.createdAt = date
    }
}

/// An append-only record of who did what to an issued document.
public final class AuditEventModel: Model, @unchecked Sendable {
    public static let schema = "audit_events"

    @ID(key: .id) public var id: UUID?
    @Field(key: "at") public var at: Date
    @Field(key: "actor_id") public var actorID: UUID
    @Field(key: "actor_name") public var actorName: String
    /// `issued`, `revoked`, `superseded`, `protocol_closed`, `login_throttled`, `api_token_revoked`...
    @Field(key: "action") public var action: String
    @Field(key: "subject_id") public var subjectID: UUID
    @Field(key: "details") public var details: String

    public init() {}

    public convenience init(actor: ActingUser, action: String, subjectID: UUID, details: String, at date: Date) {
        self.init(actorID: actor.id, actorName: actor.name, action: action, subjectID: subjectID, details: details, at: date)
    }

    /// The actor or subject id of an event that names no user (the command line, an unknown login).
    public static let noUser = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))

    /// An event whose actor is not a signed-in user (a client guessing passwords, the command line).
    public init(actorID: UUID, actorName: String, action: String, subjectID: UUID, details: String, at date: Date) {
        self.actorID = actorID
        self.actorName = actorName
        self.action = action
        self.subjectID = subjectID
        self.details = details
        self.at = date
    }
}
