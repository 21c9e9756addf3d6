import Foundation
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaPersistence
@testable import TanbaWeb

@Suite(.serialized) struct CSRFCoverageTests {
    /// Every form route of the site, its parameters filled with ids that exist nowhere.
    func formRoutes(_ app: Application) -> [String] {
        app.routes.all.filter { $0.method == .POST && $0.path.first != .constant("api") }.map { route in
            "/" + route.path.map { component -> String in
                switch component {
                case .constant(let value): value
                default: UUID().uuidString
                }
            }.joined(separator: "/")
        }
    }

    @Test func everyFormRouteRefusesAPostWithoutTheTokenOrWithAForgedOne() async throws {
        try await withTanba { app, browser in
            let routes = formRoutes(app)
            #expect(routes.count >= 25, "\(routes)")
            try await browser.login(as: .administrator)
            let anonymous = browser.fresh()
            try await anonymous.get("/login")
            for path in routes {
                for client in [browser, anonymous] {
                    #expect(try await client.post(path, [("x", "1")], csrf: false).status == .forbidden, "\(path) without a token")
                    #expect(try await client.post(path, [("_csrf", "forged")], csrf: false).status == .forbidden, "\(path) forged")
                }
                // The anonymous visitor's cookie token does not pass for the signed-in session.
                #expect(try await browser.post(path, [("_csrf", anonymous.csrf)], csrf: false).status == .forbidden, "\(path) other token")
            }
        }
    }
}
