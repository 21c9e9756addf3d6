import Fluent
import Foundation
import SQLKit

/// A model whose rows a bulk issue inserts many at a time in one statement.
///
/// Fluent's own `[Model].create(on:)` reflects over every model's properties to collect its
/// values, which was a visible share of issuing 1,000 certificates; these models list their
/// columns once instead. A test checks each list against the model's Fluent fields.
protocol BulkInsertable: Model where IDValue == UUID {
    /// Column names, in the order of ``insertValues``.
    static var insertColumns: [String] { get }
    /// The row's values, in the order of ``insertColumns`` (the id first).
    var insertValues: [any Encodable & Sendable] { get }
    /// The model's `@ID` property. Fluent's `_$idExists` finds it by reflection on every call.
    var idProperty: IDProperty<Self, UUID> { get }
}

extension Array where Element: BulkInsertable {
    /// Inserts every model in one statement (ids assigned where missing); afterwards they count as
    /// saved, so Fluent updates them like any fetched model.
    func insert(on db: any Database) async throws {
        guard !isEmpty else { return }
        guard let sql = db as? any SQLDatabase else {
            try await create(on: db)
            return
        }
        var insert = sql.insert(into: Element.schema).columns(Element.insertColumns)
        for model in self {
            if model.id == nil { model.id = UUID() }
            insert = insert.values(model.insertValues.map { SQLBind($0) })
        }
        try await insert.run()
        for model in self { model.idProperty.exists = true }
    }
}

extension CertificateModel: BulkInsertable {
    var idProperty: IDProperty<CertificateModel, UUID> { $id }
    static let insertColumns = ["id", "issued_at", "registration_number", "year", "sequence", "token", "learner_id", "intake_id",
                                "session_id", "surname_key", "content", "status", "revoked_at", "revocation_reason",
                                "revocation_decided_by", "revocation_decision_number", "revocation_decided_on",
                                "superseded_by", "supersedes", "search_key"]
    var insertValues: [any Encodable & Sendable] {
        [id, issuedAt, registrationNumber, year, sequence, token, learnerID, intakeID, sessionID, surnameKey, content, status,
         revokedAt, revocationReason, revocationDecidedBy, revocationDecisionNumber, revocationDecidedOn, supersededBy, supersedes, searchKey]
    }
}

extension IssuedDocumentModel: BulkInsertable {
    var idProperty: IDProperty<IssuedDocumentModel, UUID> { $id }
    static let insertColumns = ["id", "created_at", "certificate_id", "kind", "pdf", "sha256"]
    var insertValues: [any Encodable & Sendable] { [id, createdAt, certificateID, kind, pdf, sha256] }
}

extension CertificateCredentialModel: BulkInsertable {
    var idProperty: IDProperty<CertificateCredentialModel, UUID> { $id }
    static let insertColumns = ["id", "created_at", "certificate_id", "status_list", "status_index", "key_id", "json"]
    var insertValues: [any Encodable & Sendable] { [id, createdAt, certificateID, statusList, statusIndex, keyID, json] }
}

extension AuditEventModel: BulkInsertable {
    var idProperty: IDProperty<AuditEventModel, UUID> { $id }
    static let insertColumns = ["id", "at", "actor_id", "actor_name", "action", "subject_id", "details", "chain_position", "chain_hash"]
    var insertValues: [any Encodable & Sendable] { [id, at, actorID, actorName, action, subjectID, details, chainPosition, chainHash] }
}
