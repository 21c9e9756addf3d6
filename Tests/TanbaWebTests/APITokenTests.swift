import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaPersistence
@testable import TanbaWeb

@Suite(.serialized) struct APITokenTests {
    func call(_ browser: Browser, token: String) async throws -> HTTPStatus {
        var headers = HTTPHeaders()
        headers.bearerAuthorization = BearerAuthorization(token: token)
        return try await browser.sendRaw(.GET, "/api/v1/intakes", headers: headers, body: nil).status
    }

    @Test func aRevokedTokenIsRefusedAtOnceAndTheAdministratorSeesIt() async throws {
        let time = MovableClock()
        try await withTanba(clock: time.clock) { app, browser in
            let store = APITokenStore(database: app.db, clock: time.clock, random: .system)
            let token = try await store.create(forLogin: "registrar", name: "Platonus")
            #expect(try await call(browser.fresh(), token: token) == .ok)
            let listed = try #require(try await store.list().first)
            #expect(listed.lastUsedAt == testNow)
            #expect(listed.login == "registrar")

            try await browser.login(as: .administrator)
            let page = try await browser.get("/admin/tokens")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Platonus"))
            #expect(!page.body.string.contains(token))
            let revoked = try await browser.post("/admin/tokens/\(listed.id.uuidString)/revoke")
            #expect(revoked.status == .seeOther)
            #expect(try await call(browser.fresh(), token: token) == .unauthorized)
            #expect(try await browser.get("/admin/tokens").body.string.contains("отозван"))
            let events = try await AuditEventModel.query(on: app.db).filter(\.$action == "api_token_revoked").all()
            #expect(events.map(\.subjectID) == [listed.id])
        }
    }

    @Test func anExpiredTokenIsRefused() async throws {
        let time = MovableClock()
        try await withTanba(clock: time.clock) { app, browser in
            let store = APITokenStore(database: app.db, clock: time.clock, random: .system)
            let token = try await store.create(forLogin: "registrar", name: "Univer", expiresAt: testNow.addingTimeInterval(3600))
            #expect(try await call(browser, token: token) == .ok)
            time.advance(3601)
            #expect(try await call(browser, token: token) == .unauthorized)
            await #expect(throws: LearningStoreError.invalidInput(field: "expires")) {
                try await store.create(forLogin: "registrar", name: "late", expiresAt: testNow)
            }
        }
    }

    @Test func onlyTheAdministratorManagesTokens() async throws {
        try await withTanba { app, browser in
            let token = try await APITokenStore(database: app.db, clock: .live, random: .system).create(forLogin: "registrar", name: "Platonus")
            let id = try #require(try await APITokenStore(database: app.db, clock: .live, random: .system).list().first?.id)
            try await browser.login(as: .registrar)
            #expect(try await browser.get("/admin/tokens").status == .forbidden)
            #expect(try await browser.post("/admin/tokens/\(id.uuidString)/revoke").status == .forbidden)
            #expect(try await call(browser.fresh(), token: token) == .ok)
        }
    }

    @Test func aTokenOpensTheAPIButNoPage() async throws {
        try await withTanba { app, browser in
            let token = try await APITokenStore(database: app.db, clock: .live, random: .system).create(forLogin: "registrar", name: "Platonus")
            var headers = HTTPHeaders()
            headers.bearerAuthorization = BearerAuthorization(token: token)
            let client = browser.fresh()
            #expect(try await client.sendRaw(.GET, "/api/v1/intakes", headers: headers, body: nil).status == .ok)
            // The same token on the registrar's intakes page: the page asks to sign in.
            let page = try await client.sendRaw(.GET, "/workspace/intakes", headers: headers, body: nil)
            #expect(page.status == .seeOther || page.status == .found)
            #expect(page.headers.first(name: .location) == "/login")
        }
    }

    @Test func everyRouteUnderTheAPIPrefixIsInTheAPIGroupAndNoOtherIs() async throws {
        try await withTanba { app, _ in
            for route in app.routes.all {
                let underPrefix = route.path.starts(with: RouteGroup.apiPrefix)
                let marked = route.userInfo[RouteGroup.userInfoKey] as? RouteGroup == .api
                #expect(underPrefix == marked, "\(route.method) \(route.path.string)")
            }
        }
    }

    @Test func anUnknownAPIPathAnswersInJSON() async throws {
        try await withTanba { _, browser in
            let response = try await browser.get("/api/v1/no-such-thing")
            #expect(response.status == .notFound)
            #expect(response.headers.contentType == .json)
        }
    }
}
