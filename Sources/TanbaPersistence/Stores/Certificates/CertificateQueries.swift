import Fluent
import Foundation
import TanbaCore
import TanbaCredentials

/// Finding certificates: by verification token, by number and surname, for the journal and its audit trail.
public struct CertificateQueries: Sendable {
    public let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    public func find(token: String) async throws -> CertificateModel? {
        guard let token = VerificationToken(parsing: token) else { return nil }
        return try await CertificateModel.query(on: database).filter(\.$token == token.value).first()
    }

    /// Number plus surname: both must match, so numbers alone reveal nothing.
    /// The certificate with `number` when `surname` names its holder as `SurnameMatch` folds it
    /// (Kazakh letters typed on a Russian keyboard, ё/е, case), in Cyrillic or in the Latin
    /// spelling printed on it. The number is unique, so the surname is compared in memory.
    public func find(number: String, surname: String) async throws -> CertificateModel? {
        guard !surname.trimmed.isEmpty, (1...40).contains(number.trimmed.count),
              let certificate = try await CertificateModel.query(on: database)
                .filter(\.$registrationNumber == number.trimmed.uppercased()).first()
        else { return nil }
        let latin = (try? certificate.certifiedContent())?.learnerNameLatin.map(CertifiedContent.surnameKey)
        return SurnameMatch.matches(surname, printed: certificate.surnameKey, latin: latin) ? certificate : nil
    }

    public func find(_ id: UUID) async throws -> CertificateModel? {
        try await CertificateModel.find(id, on: database)
    }

    /// The signed Open Badges 3.0 credential issued with the certificate (none for certificates issued without one).
    public func credential(of certificateID: UUID) async throws -> CertificateCredentialModel? {
        try await CertificateCredentialModel.query(on: database).filter(\.$certificateID == certificateID).first()
    }

    public func document(_ kind: String, of certificateID: UUID) async throws -> IssuedDocumentModel? {
        try await IssuedDocumentModel.query(on: database).filter(\.$certificateID == certificateID).filter(\.$kind == kind).first()
    }

    /// The journal of issued documents (004 App. Г), newest first. `issuedFrom` and `issuedTo` are
    /// `yyyy-MM-dd` days on the Almaty calendar, each included; a day that does not exist is refused.
    /// Every certificate the filters match, newest first: for exports and the command line.
    public func journal(search: String? = nil, status: CertificateStatus? = nil, intakeID: UUID? = nil,
                        issuedFrom: String? = nil, issuedTo: String? = nil) async throws -> [CertificateModel] {
        try await journalQuery(search: search, status: status, intakeID: intakeID, issuedFrom: issuedFrom, issuedTo: issuedTo).all()
    }

    /// One page of the journal and how many certificates match in all: searched, counted and
    /// paged by the database, so a registry of a million certificates is never read into memory.
    public func journal(search: String? = nil, status: CertificateStatus? = nil, issuedFrom: String? = nil, issuedTo: String? = nil,
                        page: Int, perPage: Int) async throws -> JournalSlice {
        let query = try journalQuery(search: search, status: status, intakeID: nil, issuedFrom: issuedFrom, issuedTo: issuedTo)
        let total = try await query.copy().count()
        let pages = max(1, (total + perPage - 1) / perPage)
        let current = min(max(1, page), pages)
        let rows = try await query.range((current - 1) * perPage..<(current * perPage)).all()
        return JournalSlice(rows: rows, total: total, page: current, perPage: perPage)
    }

    private func journalQuery(search: String?, status: CertificateStatus?, intakeID: UUID?, issuedFrom: String?,
                              issuedTo: String?) throws -> QueryBuilder<CertificateModel> {
        let query = CertificateModel.query(on: database).sort(\.$issuedAt, .descending).sort(\.$sequence, .descending)
        if let status { query.filter(\.$status == status.rawValue) }
        if let intakeID { query.filter(\.$intakeID == intakeID) }
        if let issuedFrom {
            guard let start = AlmatyDate.day(iso: issuedFrom) else { throw CertificateStoreError.invalidInput(field: "issuedFrom") }
            query.filter(\.$issuedAt >= start)
        }
        if let issuedTo {
            guard let day = AlmatyDate.day(iso: issuedTo), let end = Monitoring.calendar.date(byAdding: .day, value: 1, to: day) else {
                throw CertificateStoreError.invalidInput(field: "issuedTo")
            }
            query.filter(\.$issuedAt < end)
        }
        // The folded key, not the text: SQLite's LIKE folds ASCII only.
        let text = SearchKey.normalise(search ?? "").replacingOccurrences(of: "%", with: "")
        if !text.isEmpty { query.filter(\.$searchKey ~~ text) }
        return query
    }

    public func auditTrail(of subjectID: UUID) async throws -> [AuditEventModel] {
        try await AuditEventModel.query(on: database).filter(\.$subjectID == subjectID).sort(\.$at).all()
    }
}

/// A page of the journal.
public struct JournalSlice: Sendable {
    public let rows: [CertificateModel]
    /// Certificates matching the filters, on every page.
    public let total: Int
    /// The page shown, from 1 (a page past the last shows the last).
    public let page: Int
    public let perPage: Int

    public var pages: Int { max(1, (total + perPage - 1) / perPage) }
}
