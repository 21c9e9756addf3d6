import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaPersistence
@testable import TanbaWeb

@Suite(.serialized) struct AttestationPageTests {
    func count<T>(_ app: Application, _ load: () async throws -> T) async throws -> (Int, T) {
        app.fluent.history.start()
        defer { app.fluent.history.stop() }
        app.fluent.history.clear()
        let value = try await load()
        return (app.fluent.history.queries.count, value)
    }

    @Test func theAttestationPageReadsAFixedNumberOfQueriesHoweverManyCommissionsThereAre() async throws {
        try await withTanba { app, browser in
            let (intakeID, _) = try await CertificationTests.readyLearner(app)
            try await browser.login(as: .registrar)
            let sessionPath = try await CertificationTests.openSession(browser, intakeID: intakeID)
            let (few, _) = try await count(app) { try await AttestationOverview.load(intakeID, on: app.db, clock: .fixed(testNow)) }
            for _ in 0..<6 { _ = try await CertificationTests.openSession(browser, intakeID: intakeID) }
            let (many, overview) = try await count(app) { try await AttestationOverview.load(intakeID, on: app.db, clock: .fixed(testNow)) }
            #expect(overview.commissions.count == 7)
            #expect(overview.commissions.allSatisfy { $0.members.count == 3 && $0.members.first?.role == CommissionRole.chair.rawValue })
            #expect(many == few, "7 commissions read with the queries of 1")
            #expect(overview.readyLearners.map(\.standing) == [.awaitingDecision])

            // the session page: the same for one vote or many
            let sessionID = try #require(UUID(uuidString: String(sessionPath.split(separator: "/").last ?? "")))
            let (sessionQueries, session) = try await count(app) { try await SessionOverview.load(sessionID, on: app.db, clock: .fixed(testNow)) }
            #expect(session.members.count == 3)
            #expect(session.learners.count == 1)
            #expect(sessionQueries <= 20, "\(sessionQueries) queries")

            // and the pages show them
            let page = try await browser.get("/workspace/intakes/\(intakeID)/attestation").body.string
            #expect(page.components(separatedBy: "Касымов Е.").count - 1 >= 7)
            #expect(try await browser.get(sessionPath).status == .ok)
        }
    }
}
