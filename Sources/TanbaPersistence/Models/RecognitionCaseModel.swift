import Fluent
import Foundation
import TanbaCore

/// A recognition case: the application as filed, and where it stands.
public final class RecognitionCaseModel: Model, @unchecked Sendable {
    public static let schema = "recognition_cases"

    // managed
    @ID(key: .id) public var id: UUID?
    @Field(key: "filed_at") public var filedAt: Date
    @Field(key: "filed_by") public var filedBy: UUID

    // data
    /// «ПР-2026-0001».
    @Field(key: "number") public var number: String
    @Field(key: "learner_id") public var learnerID: UUID
    /// `yyyy-MM-dd` in Almaty: the day deadlines are counted from.
    @Field(key: "filed_on") public var filedOn: String
    @Field(key: "purpose") public var purpose: String
    @Field(key: "period_id") public var periodID: UUID
    @Field(key: "target_program_code") public var targetProgramCode: String
    @Field(key: "target_program_name") public var targetProgramName: String
    /// The source as JSON (`RecognitionSource`).
    @Field(key: "source") public var source: String
    @Field(key: "status") public var status: String
    /// The credential exactly as uploaded, and how Tanba's verifier found it on arrival.
    @OptionalField(key: "credential") public var credential: Data?
    @OptionalField(key: "credential_status") public var credentialStatus: String?
    /// The checks as JSON: `[{"check": …, "status": …, "message": …}]`.
    @OptionalField(key: "credential_checks") public var credentialChecks: String?
    @OptionalField(key: "referred_on") public var referredOn: String?
    @OptionalField(key: "expert_group_id") public var expertGroupID: UUID?
    @OptionalField(key: "conclusion_due") public var conclusionDue: String?
    /// The equivalency rule that recognised the case at once (003); nil for the manual way.
    @OptionalField(key: "automatic_rule_id") public var automaticRuleID: UUID?
    /// Why a case with a credential was not recognised automatically (`AutomaticRecognition.Refusal`).
    @OptionalField(key: "automatic_refusal") public var automaticRefusal: String?

    public init() {}

    public var caseStatus: RecognitionStatus {
        get throws { try UnknownStoredValue.decode(status, column: "recognition_cases.status") }
    }

    public var casePurpose: RecognitionPurpose {
        get throws { try UnknownStoredValue.decode(purpose, column: "recognition_cases.purpose") }
    }

    public var recognitionSource: RecognitionSource {
        get throws { try JSONDecoder().decode(RecognitionSource.self, from: Data(source.utf8)) }
    }
}

/// A target discipline of a case, copied from the catalogue when the case was filed.
public final class RecognitionCaseDisciplineModel: Model, @unchecked Sendable {
    public static let schema = "recognition_case_disciplines"

    @ID(key: .id) public var id: UUID?
    @Field(key: "case_id") public var caseID: UUID
    @Field(key: "position") public var position: Int
    /// `DegreeDiscipline` as JSON.
    @Field(key: "discipline") public var discipline: String

    public init() {}

    public init(caseID: UUID, position: Int, discipline: DegreeDiscipline) throws {
        self.caseID = caseID
        self.position = position
        self.discipline = String(decoding: try JSONEncoder().encode(discipline), as: UTF8.self)
    }

    public var degreeDiscipline: DegreeDiscipline {
        get throws { try JSONDecoder().decode(DegreeDiscipline.self, from: Data(discipline.utf8)) }
    }
}

/// A document of a recognition case; stored like an enrollment application's documents.
public final class RecognitionDocumentModel: Model, @unchecked Sendable {
    public static let schema = "recognition_documents"

    @ID(key: .id) public var id: UUID?
    @Field(key: "uploaded_at") public var uploadedAt: Date
    @Field(key: "case_id") public var caseID: UUID
    @Field(key: "kind") public var kind: String
    /// The name the file had, shown back; never used on disk.
    @Field(key: "original_name") public var originalName: String
    @Field(key: "stored_name") public var storedName: String
    @Field(key: "content_type") public var contentType: String
    @Field(key: "size") public var size: Int
    @Field(key: "sha256") public var sha256: String

    public init() {}

    public init(caseID: UUID, kind: RecognitionDocumentKind, originalName: String, storedName: String,
                type: UploadedFileType, size: Int, sha256: String, at date: Date) {
        self.caseID = caseID
        self.kind = kind.rawValue
        self.originalName = originalName
        self.storedName = storedName
        contentType = type.rawValue
        self.size = size
        self.sha256 = sha256
        uploadedAt = date
    }

    public var documentKind: RecognitionDocumentKind {
        get throws { try UnknownStoredValue.decode(kind, column: "recognition_documents.kind") }
    }
}
