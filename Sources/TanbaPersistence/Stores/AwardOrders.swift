import Fluent
import Foundation
import TanbaCore

/// The rector's order on awarding (004 §5.15): recorded once per closed protocol, with its audit event.
extension CommissionStore {
    /// Records the order that awards what the closed session decided; the registrar enters it as signed.
    @discardableResult
    public func recordAwardOrder(_ sessionID: UUID, number: String, date: String, by actor: ActingUser) async throws -> AwardOrderModel {
        guard actor.role.may(.manageAttestation) else { throw AttestationStoreError.forbidden }
        let now = clock.now()
        return try await database.transaction { db in
            guard let session = try await AttestationSessionModel.find(sessionID, on: db) else { throw AttestationStoreError.notFound }
            guard session.isClosed else { throw AttestationStoreError.sessionOpen }
            if let existing = try await AwardOrderModel.query(on: db).filter(\.$sessionID == sessionID).first() {
                throw AttestationStoreError.awardOrderRecorded(number: existing.number)
            }
            let order: AwardOrder
            do {
                order = try AwardOrder.checked(number: number, date: date, protocolDate: session.sessionDate, today: AlmatyDate.iso(now))
            } catch let problems as AwardOrder.Problems {
                throw AttestationStoreError.awardOrder(problems)
            }
            let row = AwardOrderModel(sessionID: sessionID, order: order, recordedBy: actor.id, at: now)
            try await row.create(on: db)
            try await AuditEventModel(actor: actor, action: "award_order_recorded", subjectID: sessionID,
                                      details: "№ \(order.number), \(AlmatyDate.dotted(iso: order.date)); protocol \(session.protocolNumber)",
                                      at: now).create(on: db)
            return row
        }
    }

    /// The award order of a session, when one is recorded.
    public func awardOrder(of sessionID: UUID) async throws -> AwardOrderModel? {
        try await AwardOrderModel.query(on: database).filter(\.$sessionID == sessionID).first()
    }
}
