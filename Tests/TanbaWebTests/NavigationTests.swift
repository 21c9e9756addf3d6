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
