import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaPersistence
@testable import TanbaWeb

@Suite(.serialized) struct IntakePageTests {
    @Test func applicationsArePendingFirstAndFilterByStatus() async throws {
        try await withTanba { app, browser in
            try await app.autoRevert()
            try await app.autoMigrate()
            try await DemoData(policyName: "aitu").load(on: app.db, storage: try #require(app.services).storage,
                                                       localizer: app.localizer, issuer: try #require(app.services).issuer)
            let applications = try await ApplicationModel.query(on: app.db).all()
            let intakeID = try #require(Dictionary(grouping: applications, by: \.intakeID)
                .first { Set($0.value.map(\.status)).count > 1 }?.key, "an intake with applications of several statuses")
            try await browser.login("registrar", password: "demo-registrar-2026")
            let path = "/workspace/intakes/\(intakeID.uuidString)"
            let page = try await browser.get(path).body.string
            let statuses = applications.filter { $0.intakeID == intakeID }.map(\.applicationStatus)
            // The badges appear in review order: every pending one before any settled one.
            let order = ApplicationStatus.allCases.sorted { $0.reviewRank < $1.reviewRank }
            let shownOrder = order.filter { statuses.contains($0) }.compactMap { status in
                page.range(of: "status-\(status.rawValue)\"")?.lowerBound
            }
            #expect(shownOrder == shownOrder.sorted(), "pending applications come first")
            let first = try #require(statuses.min { $0.reviewRank < $1.reviewRank })
            let filtered = try await browser.get(path + "?status=\(first.rawValue)").body.string
            #expect(filtered.contains(#"aria-current="page">"#))
            for other in Set(statuses) where other != first {
                #expect(!filtered.contains("badge status-\(other.rawValue)\""), "\(other) hidden by the filter")
            }
        }
    }
}

@Suite(.serialized) struct WithdrawalTests {
    @Test func withdrawingAProgramAsksForConfirmationFirst() async throws {
        try await withTanba { app, browser in
            try await app.autoRevert()
            try await app.autoMigrate()
            try await DemoData(policyName: "aitu").load(on: app.db, storage: try #require(app.services).storage,
                                                       localizer: app.localizer, issuer: try #require(app.services).issuer)
            let edition = try #require(try await ProgramEditionModel.query(on: app.db).filter(\.$status == "registered").first())
            let path = "/workspace/editions/\(try edition.requireID().uuidString)"
            try await browser.login("secretary", password: "demo-secretary-2026")
            #expect(try await browser.get(path).body.string.contains("отменить снятие нельзя"))
            let decision = [("action", "withdraw"), ("conclusion", "Не востребована два года"), ("documentNumber", "Протокол № 7")]
            let unconfirmed = try await browser.post(path + "/actions", decision)
            #expect(unconfirmed.status == .unprocessableEntity)
            #expect(unconfirmed.body.string.contains("необратимо"))
            #expect(try await ProgramEditionModel.find(edition.id, on: app.db)?.status == "registered")
            let confirmed = try await browser.post(path + "/actions", decision + [("confirmWithdraw", "yes")])
            #expect(confirmed.status == .seeOther)
            #expect(try await ProgramEditionModel.find(edition.id, on: app.db)?.status == "withdrawn")
        }
    }
}
