import Fluent
import Foundation
import Testing
@testable import TanbaPersistence

@Suite struct BulkInsertTests {
    @Test func everyBulkInsertedModelListsExactlyItsFluentFields() {
        #expect(CertificateModel.insertColumns == CertificateModel.keys.map(\.description))
        #expect(IssuedDocumentModel.insertColumns == IssuedDocumentModel.keys.map(\.description))
        #expect(CertificateCredentialModel.insertColumns == CertificateCredentialModel.keys.map(\.description))
        #expect(AuditEventModel.insertColumns == AuditEventModel.keys.map(\.description))
    }

    @Test func bulkInsertedRowsReadBackThroughFluentAndUpdateLikeFetchedOnes() async throws {
        try await withDatabase { db in
            // setup
            let actor = try await makeActor(.registrar, on: db)
            let subject = UUID()
            let events = (0..<3).map { AuditEventModel(actor: actor, action: "issued", subjectID: subject, details: "№ \($0)",
                                                       at: Date(timeIntervalSince1970: 1_795_552_200)) }

            // act
            try await events.insert(on: db)
            events[0].details = "исправлено"
            try await events[0].update(on: db)

            // check
            let stored = try await AuditEventModel.query(on: db).filter(\.$subjectID == subject).sort(\.$details).all()
            #expect(stored.map(\.details) == ["исправлено", "№ 1", "№ 2"])
            #expect(stored.allSatisfy { $0.at == Date(timeIntervalSince1970: 1_795_552_200) && $0.actorID == actor.id })
        }
    }
}
