import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaPersistence
@testable import TanbaWeb

@Suite(.serialized) struct SessionSecurityTests {
    @Test func aLanguageSwitchNeverCopiesAHeaderIntoTheRedirect() async throws {
        try await withTanba { _, browser in
            let injected = try await browser.get("/language/kk?back=/%0d%0aSet-Cookie:%20tanba_session%3Dplanted")
            #expect(injected.status == .seeOther)
            #expect(injected.location == "/")
            #expect(injected.headers[.setCookie].allSatisfy { !$0.contains("planted") })
            #expect(try await browser.get("/language/ru?back=/%09/evil.example").location == "/")
            #expect(try await browser.get("/language/ru?back=//evil.example").location == "/")
            #expect(try await browser.get("/language/ru?back=/programs/X%3Fq%3D1").location == "/programs/X?q=1")
        }
    }

    @Test func signingInIssuesANewSessionAndThePlantedOneOpensNothing() async throws {
        try await withTanba { app, browser in
            browser.plant(cookie: SessionCookie.name, "attacker-chosen-id")
            try await browser.get("/login")
            let anonymousCSRF = browser.csrf
            let response = try await browser.post("/login", [("login", "registrar"), ("password", testPassword)])
            #expect(response.status == .seeOther)
            let issued = try #require(response.headers.setCookie?[SessionCookie.name])
            #expect(issued.string != "attacker-chosen-id")
            #expect(issued.isHTTPOnly)
            try await browser.get(response.location)
            #expect(browser.csrf != anonymousCSRF)

            let attacker = browser.fresh()
            attacker.plant(cookie: SessionCookie.name, "attacker-chosen-id")
            #expect(try await attacker.get("/workspace/journal").status == .seeOther)

            // Signing in again in the same browser ends the session it had.
            let first = issued.string
            let again = try await browser.post("/login", [("login", "registrar"), ("password", testPassword)])
            let second = try #require(again.headers.setCookie?[SessionCookie.name]).string
            #expect(second != first)
            let stale = browser.fresh()
            stale.plant(cookie: SessionCookie.name, first)
            #expect(try await stale.get("/workspace/journal").status == .seeOther)
            #expect(try await UserSessionModel.query(on: app.db).count() == 1)
        }
    }

    @Test func anonymousVisitorsLeaveNoSessionRows() async throws {
        try await withTanba { app, browser in
            for _ in 0..<200 { #expect(try await browser.get("/verify").status == .ok) }
            try await browser.get("/")
            try await browser.get("/login")
            #expect(try await UserSessionModel.query(on: app.db).count() == 0)
            #expect(browser.cookies[SessionCookie.name] == nil)
            // The login form still carries a CSRF token, checked against a cookie instead of a row.
            #expect(!browser.csrf.isEmpty)
            #expect(try await browser.post("/login", [("login", "registrar"), ("password", "wrong")]).status == .unauthorized)
            #expect(try await browser.post("/login", [("login", "registrar"), ("password", "wrong")], csrf: false).status == .forbidden)
        }
    }

    @Test func staffSessionsExpireOnTheServerAndExpiredRowsAreDeleted() async throws {
        let time = MovableClock()
        try await withTanba(clock: time.clock) { app, browser in
            try await browser.login(as: .registrar)
            time.advance(20 * 60)
            #expect(try await browser.get("/workspace/journal").status == .ok)
            time.advance(20 * 60)
            #expect(try await browser.get("/workspace/journal").status == .ok, "a request within 30 minutes keeps the session")
            time.advance(31 * 60)
            let expired = try await browser.get("/workspace/journal")
            #expect(expired.status == .seeOther)
            #expect(expired.location == "/login")
            #expect(try await UserSessionModel.query(on: app.db).count() == 0)

            // Rows nobody comes back for are purged when others sign in.
            let learner = browser.fresh()
            try await learner.login(as: .learner)
            let staff = browser.fresh()
            try await staff.login(as: .teacher)
            time.advance(9 * 3600)
            #expect(try await SessionStore(database: app.db, clock: time.clock, random: .system).purgeExpired() == 2)
            #expect(try await UserSessionModel.query(on: app.db).count() == 0)
        }
    }

    @Test func aSessionEndsWithARoleChangeOrSigningOut() async throws {
        try await withTanba { app, browser in
            try await browser.login(as: .registrar)
            #expect(try await browser.get("/workspace/journal").status == .ok)
            try await UserDirectory(database: app.db, clock: .live).changeRole(login: "registrar", to: Role.teacher.rawValue)
            #expect(try await browser.get("/workspace/journal").status == .seeOther)
            let events = try await AuditEventModel.query(on: app.db).filter(\.$action == "role_changed").all()
            #expect(events.map(\.details) == ["registrar → teacher"])

            try await browser.get("/login")
            try await browser.login(as: .administrator)
            let token = try #require(browser.cookies[SessionCookie.name])
            let out = try await browser.post("/logout")
            #expect(out.status == .seeOther)
            let replay = browser.fresh()
            replay.plant(cookie: SessionCookie.name, token)
            #expect(try await replay.get("/admin/users").status == .seeOther)
        }
    }

    @Test func theSessionTableStoresNoUsableToken() async throws {
        try await withTanba { app, browser in
            try await browser.login(as: .administrator)
            let token = try #require(browser.cookies[SessionCookie.name])
            let row = try #require(try await UserSessionModel.query(on: app.db).first())
            #expect(row.tokenHash != token)
            let thief = browser.fresh()
            thief.plant(cookie: SessionCookie.name, row.tokenHash)
            #expect(try await thief.get("/admin/users").status == .seeOther)
        }
    }
}
