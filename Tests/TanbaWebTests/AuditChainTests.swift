import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaPersistence
@testable import TanbaWeb

/// Tamper evidence (#17 item 6): the audit trail is a hash chain, and an event edited, deleted or
/// inserted by someone with database access is found and named.
@Suite(.serialized) struct AuditChainTests {
    @Test func anEventEditedDeletedOrSlippedInIsFoundByItsPlaceInTheChain() async throws {
        try await withTanba { app, browser in
            // the whole chain of a learner's certification: pages, stores and the bulk issue
            _ = try await SurveyTests.certified(app, browser)
            let intact = try await AuditChain.verify(on: app.db)
            #expect(intact.problem == nil)
            let events = try await AuditEventModel.query(on: app.db).sort(\.$chainPosition).all()
            #expect(intact.events == events.count && events.count >= 3, "\(events.map(\.action))")
            #expect(events.map(\.chainPosition) == Array(1...events.count).map { Optional($0) }, "no gaps, in the order written")
            #expect(events.contains { $0.action == "issued" }, "the bulk issue's events are in the chain too")

            let sql = try #require(app.db as? any SQLDatabase)
            let victim = events[events.count / 2]
            let position = try #require(victim.chainPosition)
            // edited by hand
            try await sql.update("audit_events").set("details", to: victim.details + " (исправлено)")
                .where("id", .equal, try victim.requireID()).run()
            #expect(try await AuditChain.verify(on: app.db).problem == .edited(position: position, id: try victim.requireID()))
            try await sql.update("audit_events").set("details", to: victim.details).where("id", .equal, try victim.requireID()).run()
            #expect(try await AuditChain.verify(on: app.db).problem == nil, "put back, it verifies again")
            // deleted
            try await sql.delete(from: "audit_events").where("id", .equal, try victim.requireID()).run()
            #expect(try await AuditChain.verify(on: app.db).problem == .missing(position: position))
            // slipped in without the chain
            let forged = AuditEventModel(actorID: AuditEventModel.noUser, actorName: "кто-то", action: "revoked",
                                         subjectID: AuditEventModel.noUser, details: "", at: testNow)
            forged.id = UUID()
            try await sql.insert(into: "audit_events").columns("id", "at", "actor_id", "actor_name", "action", "subject_id", "details")
                .values(SQLBind(forged.id), SQLBind(forged.at), SQLBind(forged.actorID), SQLBind(forged.actorName), SQLBind(forged.action),
                        SQLBind(forged.subjectID), SQLBind(forged.details)).run()
            #expect(try await AuditChain.verify(on: app.db).problem == .unchained(id: try #require(forged.id)))
        }
    }

    @Test func theLastEventDeletedIsFoundToo() async throws {
        try await withTanba { app, browser in
            try await browser.login(as: .registrar)
            _ = try await EnrollmentFixture.make(app)
            let last = try #require(try await AuditEventModel.query(on: app.db).sort(\.$chainPosition, .descending).first())
            try await last.delete(on: app.db)
            #expect(try await AuditChain.verify(on: app.db).problem == .missing(position: try #require(last.chainPosition)))
        }
    }
}
