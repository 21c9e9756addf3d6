import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaCredentials
import TanbaPersistence
@testable import TanbaWeb

@Suite(.serialized) struct LoginSecurityTests {
    /// A database two app instances can share: a SQLite file, or the PostgreSQL test database.
    func sharedDatabase() -> (DatabaseLocation, URL?) {
        if case .postgres = testDatabase { return (testDatabase, nil) }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tanba-shared-\(UUID()).sqlite")
        return (.sqliteFile(path: file.path), file)
    }

    @Test func wrongPasswordsAreThrottledAcrossTwoServerProcesses() async throws {
        let (database, file) = sharedDatabase()
        defer { if let file { try? FileManager.default.removeItem(at: file) } }
        let key = KeyEncryptionKey.generate()
        try await withTanba(database: database, keyEncryptionKey: key) { first, attacker in
            try await withTanba(database: database, keyEncryptionKey: key, fresh: false) { second, _ in
                try await attacker.get("/login")
                for attempt in 0..<5 {
                    let browser = attempt.isMultiple(of: 2) ? attacker : attacker.on(second)
                    let response = try await browser.post("/login", [("login", "registrar"), ("password", "guess-\(attempt)")])
                    #expect(response.status == .unauthorized, "attempt \(attempt)")
                }
                // The right password is not even checked now, on either instance, from any client.
                for app in [first, second] {
                    let blocked = try await attacker.on(app).post("/login", [("login", "registrar"), ("password", testPassword)])
                    #expect(blocked.status == .tooManyRequests)
                    #expect(blocked.body.string.contains("Повторите") || blocked.body.string.contains("попытку"))
                    #expect(blocked.body.string.contains("29.08.2026 15:55"), "retry time in Almaty: \(blocked.body.string)")
                    #expect(blocked.headers.first(name: .retryAfter) == "900")
                }
                #expect(attacker.cookies[SessionCookie.name] == nil)
                let events = try await AuditEventModel.query(on: first.db).filter(\.$action == "login_throttled").all()
                #expect(events.count == 1)
                #expect(events.first?.details.contains("registrar") == true)
                // Another account is still open to its owner.
                try await attacker.fresh().login(as: .teacher)
            }
        }
    }

    @Test func anUnknownLoginTakesAsLongAsAWrongPassword() async throws {
        try await withTanba { app, browser in
            try await UserDirectory(database: app.db, clock: .live).create(login: "madina", fullName: "Жумабаева Мадина",
                                                             roleName: "registrar", password: "тихий вечер над степью")
            try await browser.get("/login")
            func timed(_ login: String, _ index: Int) async throws -> Double {
                let start = ContinuousClock.now
                let response = try await browser.fresh().post("/login", [("login", login), ("password", "wrong-\(index)")])
                #expect(response.status == .unauthorized)
                let elapsed = ContinuousClock.now - start
                return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            }
            // Warm up both paths (the decoy hash is made on first use), then alternate and compare
            // the fastest of each: other tests loading the machine only ever add time, so the
            // minimum is each path's own cost (a median still moved with the suite's load).
            _ = try await timed("madina", 99)
            _ = try await timed("nobody-here", 99)
            var wrong: [Double] = [], unknown: [Double] = []
            for index in 0..<4 {  // five tries an account in all: the throttle allows no more
                wrong.append(try await timed("madina", index))
                unknown.append(try await timed("nobody-here", index))
            }
            let wrongPassword = wrong.min() ?? 0, unknownLogin = unknown.min() ?? 0
            // bcrypt at cost 12 dominates both; the difference is a few database reads.
            #expect(wrongPassword > 0.05)
            #expect(abs(wrongPassword - unknownLogin) < 0.5 * max(wrongPassword, unknownLogin),
                    "wrong password \(wrongPassword) s, unknown login \(unknownLogin) s")
        }
    }

    @Test func aRegistrationWithSeveralMistakesNamesEveryOneAtOnceAndKeepsWhatWasTyped() async throws {
        try await withTanba { app, browser in
            try await browser.get("/register")
            let refused = try await browser.post("/register", [
                ("fullName", "Жумабаева Мадина"), ("login", "мадина"), ("password", "коротко"), ("category", ""),
                ("email", "madina@"), ("organisation", "АО «Казахтелеком»"), ("phone", "")])
            #expect(refused.status == .unprocessableEntity)
            let page = refused.body.string
            for message in ["Логин: от 1 до 64 символов", "Выберите категорию слушателя.", "Адрес электронной почты указан неверно.",
                            "Без согласия на обработку персональных данных", "не менее 10 символов"] {
                #expect(page.contains(message), "\(message)")
            }
            #expect(page.contains("АО «Казахтелеком»"), "the typed organisation comes back")
            #expect(!page.contains("коротко"), "the password never comes back")
            #expect(try await UserModel.query(on: app.db).filter(\.$login == "мадина").count() == 0)
        }
    }

    @Test func newPasswordsFollowThePolicyWithAMessagePerProblem() async throws {
        try await withTanba { _, browser in
            try await browser.get("/register")
            func register(_ password: String) async throws -> TestingHTTPResponse {
                try await browser.post("/register", [("fullName", "Жумабаева Мадина"), ("login", "madina"), ("password", password),
                                                     ("category", "free_listener"), ("email", ""), ("organisation", ""), ("phone", ""), ("consent", "yes")])
            }
            let short = try await register("коротко")
            #expect(short.status == .unprocessableEntity)
            #expect(short.body.string.contains("не менее 10 символов"))
            // 40 Cyrillic letters: 80 bytes; bcrypt would have ignored the last four.
            let long = try await register(String(repeating: "тишина", count: 7))
            #expect(long.status == .unprocessableEntity)
            #expect(long.body.string.contains("72 байт"))
            #expect(try await register("madina-2026-year").body.string.contains("не должен содержать логин"))
            #expect(try await register("Жумабаева!!2026").body.string.contains("имя или фамилию"))
            let common = try await register("password1234")
            #expect(common.status == .unprocessableEntity)
            #expect(common.body.string.contains("слишком простой"))
            let accepted = try await register("степной ветер в апреле")
            #expect(accepted.status == .seeOther)
        }
    }

    @Test func theCommandLineRefusesAPasswordBcryptWouldCut() throws {
        let problems = UserDirectory.passwordProblems(String(repeating: "ж", count: 40), login: "rector", fullName: "Ректор")
        #expect(problems == [.tooLong(maximumBytes: 72)])
        #expect(UserDirectoryError.weakPassword(.tooLong(maximumBytes: 72)).description.contains("refused, not cut"))
        #expect(PasswordDictionary.isAvailable, "cracklib's dictionary (cracklib-runtime) is installed")
    }
}
