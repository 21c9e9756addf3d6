import Foundation
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaPersistence
@testable import TanbaWeb

@Suite(.serialized) struct NavigationTests {
    @Test(arguments: [(Role.learner, "/me"), (.teacher, "/workspace/intakes"), (.registrar, "/workspace/intakes"),
                      (.programDeveloper, "/workspace"), (.administrator, "/workspace")])
    func signingInLandsWhereTheRolesWorkIs(role: Role, home: String) async throws {
        try await withTanba { _, browser in
            try await browser.get("/login")
            let response = try await browser.post("/login", [("login", role.rawValue), ("password", testPassword)])
            #expect(response.location == home)
            #expect(try await browser.get(home).status == .ok)
        }
    }

    @Test func theCurrentMenuItemIsMarkedAndASkipLinkLeadsToTheContent() async throws {
        try await withTanba { _, browser in
            try await browser.login(as: .registrar)
            let page = try await browser.get("/workspace/journal?status=valid").body.string
            #expect(page.contains(#"<a href="/workspace/journal" aria-current="page">"#))
            #expect(!page.contains(#"<a href="/workspace" aria-current="page">"#))
            #expect(page.contains(##"<a class="skip" href="#main">"##))
            #expect(page.contains(#"<main id="main""#))
            let home = try await browser.fresh().get("/programs/NONE").body.string
            #expect(home.contains(#"<a href="/" aria-current="page">"#))
        }
    }
}

@Suite(.serialized) struct ClassifierTranslationTests {
    @Test func aFieldOfEducationIsNamedInThePagesLanguage() async throws {
        try await withTanba { app, browser in
            try await app.autoRevert()
            try await app.autoMigrate()
            try await DemoData(policyName: "aitu").load(on: app.db, storage: try #require(app.services).storage,
                                                       localizer: app.localizer, issuer: try #require(app.services).issuer)
            try await browser.setLanguage("en")
            let english = try await browser.get("/").body.string
            #expect(english.contains("06 Information and communication technologies"))
            try await browser.setLanguage("kk")
            #expect(try await browser.get("/programs/AITU-MC-2026-001").body.string.contains("06 Ақпараттық-коммуникациялық технологиялар"))
        }
    }
}
