import Foundation
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaPersistence
import TanbaDemo
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

    /// A page each permission opens, and whether it has a menu item.
    static let gatedPages: [(path: String, permission: Permission, inMenu: Bool)] = [
        (SiteRoute.intakes.path, .viewIntakes, true),
        (SiteRoute.journal.path, .viewCertificates, true),
        (SiteRoute.adminUsers.path, .administer, true),
        (SiteRoute.newProgram.path, .developPrograms, false),
        (SiteRoute.me.path, .applyAndStudy, true),
        (SiteRoute.commissionSeats.path, .sitOnCommission, true),
    ]

    @Test(arguments: Role.allCases)
    func everyPageAnswersAsThePermissionTableSaysAndTheMenuOffersOnlyWhatOpens(role: Role) async throws {
        try await withTanba { _, browser in
            try await browser.login(as: role)
            let menu = try await browser.get("/").body.string
            for page in Self.gatedPages {
                let status = try await browser.get(page.path).status
                #expect(status == (role.may(page.permission) ? .ok : .forbidden), "\(role) → \(page.path)")
                let offered = menu.contains(#"href="\#(page.path)""#)
                if !role.may(page.permission) {
                    #expect(!offered, "\(role) is not offered \(page.path)")
                } else if page.inMenu, page.permission != .sitOnCommission || !role.may(.manageAttestation) {
                    #expect(offered, "\(role) finds \(page.path) in the menu")
                }
            }
        }
    }

    @Test func templatesLinkOnlyThroughSiteRoute() throws {
        let views = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/TanbaWeb/Resources/Views")
        for file in try FileManager.default.contentsOfDirectory(at: views, includingPropertiesForKeys: nil) {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in text.matches(of: /#route\("([^"]*)"\)/) {
                #expect(SiteRoute.named[String(match.output.1)] != nil, "\(file.lastPathComponent): #route(\"\(match.output.1)\")")
            }
            // A literal path is a link SiteRoute does not know about; only the stylesheet is a file, not a route.
            let literal = text.matches(of: /(?:href|action)="(\/[^"#]*)"/).map { String($0.output.1) }.filter { $0 != "/styles.css" }
            #expect(literal.isEmpty, "\(file.lastPathComponent): \(literal)")
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
