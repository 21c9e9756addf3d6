import Foundation

/// A document of a recognition application (004 §7.6); raw values are stored.
public enum RecognitionDocumentKind: String, CaseIterable, Sendable, Codable {
    /// The application to the commission's chair, signed: filed by the registrar on paper.
    case application
    case identityDocument = "identity_document"
    /// The certificate: original or a copy verifiable by QR code or seal.
    case certificate
    /// Its transcript («приложение» with hours and grades).
    case transcript
    /// The syllabus: what the experts compare outcomes with.
    case syllabus
}

/// The micro-credential earned elsewhere, as the applicant states it.
public struct RecognitionSource: Hashable, Sendable, Codable {
    public var kind: RecognitionSourceKind
    /// Who issued it: «Coursera / University of Michigan», «КазНУ им. аль-Фараби».
    public var issuer: String
    public var country: String
    /// The course or micro-credential as named on the certificate.
    public var title: String
    public var hours: Int?
    public var credits: Credits?
    public var grade: ExternalGrade
    /// The day it was completed, when known.
    public var completedOn: CalendarDay?

    public init(kind: RecognitionSourceKind, issuer: String, country: String, title: String, hours: Int?, credits: Credits?,
                grade: ExternalGrade, completedOn: CalendarDay?) {
        self.kind = kind
        self.issuer = issuer
        self.country = country
        self.title = title
        self.hours = hours
        self.credits = credits
        self.grade = grade
        self.completedOn = completedOn
    }

    /// Hours the source is worth at `hoursPerCredit`: as stated, or from its credits.
    public func workload(hoursPerCredit: Int) -> Int? {
        hours ?? credits?.hours(atHoursPerCredit: hoursPerCredit)
    }
}

/// A recognition application before it is filed: checked as a whole, one problem per mistake.
public struct RecognitionApplication: Sendable {
    public var purpose: RecognitionPurpose
    public var source: RecognitionSource
    /// Codes of the target disciplines, of one program.
    public var targetDisciplines: [String]
    public var documents: Set<RecognitionDocumentKind>
    /// An Open Badges 3.0 / W3C VC credential is attached instead of (or beside) a scanned certificate.
    public var hasCredential: Bool
    /// Filed by the registrar on the learner's behalf: the signed paper application is scanned.
    public var filedOnBehalf: Bool

    public init(purpose: RecognitionPurpose, source: RecognitionSource, targetDisciplines: [String],
                documents: Set<RecognitionDocumentKind>, hasCredential: Bool, filedOnBehalf: Bool) {
        self.purpose = purpose
        self.source = source
        self.targetDisciplines = targetDisciplines
        self.documents = documents
        self.hasCredential = hasCredential
        self.filedOnBehalf = filedOnBehalf
    }

    public enum Problem: Error, Hashable, Sendable {
        case fieldMissing(String)
        case tooLong(String, maximum: Int)
        /// Neither hours nor credits: the experts cannot compare the volume.
        case workloadMissing
        case hoursInvalid
        case noTargetDiscipline
        case documentMissing(RecognitionDocumentKind)
        case completedInFuture
    }

    /// The documents 004 §7.6 asks for this source: an identity document and the syllabus always;
    /// the certificate unless a verifiable credential is attached; a transcript from a university or
    /// research centre; the signed application when the registrar files it.
    public var requiredDocuments: [RecognitionDocumentKind] {
        RecognitionDocumentKind.allCases.filter { kind in
            switch kind {
            case .application: filedOnBehalf
            case .identityDocument, .syllabus: true
            case .certificate: !hasCredential
            case .transcript: source.kind == .university || source.kind == .researchCentre
            }
        }
    }

    /// Every problem, in form order; empty for an application that can be filed.
    public func problems(today: CalendarDay) -> [Problem] {
        var found: [Problem] = []
        for (field, value, maximum) in [("issuer", source.issuer, 300), ("country", source.country, 100), ("title", source.title, 300)] {
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { found.append(.fieldMissing(field)) } else if trimmed.count > maximum { found.append(.tooLong(field, maximum: maximum)) }
        }
        if let hours = source.hours, !(1...10_000).contains(hours) { found.append(.hoursInvalid) }
        if source.hours == nil, source.credits == nil || source.credits == .zero { found.append(.workloadMissing) }
        if let completed = source.completedOn, completed > today { found.append(.completedInFuture) }
        if targetDisciplines.isEmpty { found.append(.noTargetDiscipline) }
        for kind in requiredDocuments where !documents.contains(kind) { found.append(.documentMissing(kind)) }
        return found
    }
}
