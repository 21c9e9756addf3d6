import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaPersistence
@testable import TanbaWeb

@Suite(.serialized) struct SecondFactorTests {
    @Test func aRegistrarWithASecondFactorSignsInWithACodeUsedOnce() async throws {
        let time = MovableClock()
        try await withTanba(clock: time.clock) { app, browser in
            try await browser.login(as: .registrar)
            #expect(try await browser.get("/account/second-factor").body.string.contains("выключен"))
            #expect(try await browser.post("/account/second-factor/setup").status == .seeOther)
            let setup = try await browser.get("/account/second-factor")
            #expect(setup.body.string.contains("data:image/svg+xml;base64,"))
            let user = try #require(try await UserModel.query(on: app.db).filter(\.$login == "registrar").first())
            let services = try #require(app.services)
            let factor = SecondFactor(database: app.db, keyEncryptionKey: services.issuer.keyEncryptionKey, clock: time.clock, random: services.random)
            let secret = try #require(try factor.secret(of: user))
            #expect(user.sealedTOTPSecret?.contains(TOTP.base32(secret) ?? "-") == false, "the secret is sealed at rest")
            #expect(try await browser.post("/account/second-factor/confirm", [("code", "000000")]).status == .unprocessableEntity)
            let code = try #require(TOTP.code(secret: secret, at: time.clock.now()))
            #expect(try await browser.post("/account/second-factor/confirm", [("code", code)]).status == .seeOther)
            #expect(try await browser.get("/account/second-factor").body.string.contains("включён"))

            // Signing in now takes the password and then a code.
            let other = browser.fresh()
            try await other.get("/login")
            let password = try await other.post("/login", [("login", "registrar"), ("password", testPassword)])
            #expect(password.location == "/login/code")
            #expect(try await other.get("/workspace/journal").status == .seeOther, "a password alone opens nothing")
            try await other.get("/login/code")
            #expect(try await other.post("/login/code", [("code", code)]).status == .unauthorized, "a code is good once")
            time.advance(30)
            let next = try #require(TOTP.code(secret: secret, at: time.clock.now()))
            let signedIn = try await other.post("/login/code", [("code", next)])
            #expect(signedIn.status == .seeOther)
            try await other.get(signedIn.location)
            #expect(try await other.get("/workspace/journal").status == .ok)

            // A lost phone: the reset removes the factor and ends the user's sessions.
            try await UserDirectory(database: app.db, clock: time.clock).resetSecondFactor(login: "registrar")
            #expect(try await other.get("/workspace/journal").status == .seeOther)
            let again = browser.fresh()
            try await again.get("/login")
            #expect(try await again.post("/login", [("login", "registrar"), ("password", testPassword)]).location == "/workspace/intakes")
            #expect(try await AuditEventModel.query(on: app.db).filter(\.$action == "second_factor_reset").count() == 1)
        }
    }

    @Test func learnersAndTeachersHaveNoSecondFactorPage() async throws {
        try await withTanba { _, browser in
            try await browser.login(as: .teacher)
            #expect(try await browser.get("/account/second-factor").status == .forbidden)
            #expect(try await browser.post("/account/second-factor/setup").status == .forbidden)
        }
    }

    @Test func liboathAgreesWithTheRFC6238TestVector() throws {
        // RFC 6238 Appendix B: the ASCII secret "12345678901234567890", SHA-1, T = 59 s → 94287082 (8 digits; 6 → 287082).
        let secret = Array("12345678901234567890".utf8)
        #expect(TOTP.code(secret: secret, at: Date(timeIntervalSince1970: 59)) == "287082")
        #expect(TOTP.matchingStep(code: "287082", secret: secret, at: Date(timeIntervalSince1970: 59)) == 1)
        #expect(TOTP.matchingStep(code: "287082", secret: secret, at: Date(timeIntervalSince1970: 200)) == nil)
        #expect(TOTP.base32(Array("12345678901234567890".utf8)) == "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")
    }
}
