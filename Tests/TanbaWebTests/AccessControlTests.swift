import Fluent
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaPersistence
@testable import TanbaWeb

@Suite(.serialized) struct AccessControlTests {
    /// Creates a submitted program and returns its edition path.
    func submittedProgram(_ browser: Browser) async throws -> String {
        let developer = browser.fresh()
        try await developer.login(as: .programDeveloper)
        let path = try await developer.post("/workspace/programs", programFormFields()).location
        try await developer.post(path + "/actions", [("action", "submit")])
        return path
    }

    @Test(arguments: Role.allCases.filter { $0 != .internalExpert })
    func onlyTheInternalExpertDecidesInternalExpertise(role: Role) async throws {
        try await withTanba { app, browser in
            let path = try await submittedProgram(browser)
            try await browser.login(as: role)
            try await browser.get(path)
            let response = try await browser.post(path + "/actions", [("action", "approve"), ("conclusion", "Да")])
            #expect(response.status == .forbidden)
            #expect(try await ApprovalStepModel.query(on: app.db).count() == 1)
        }
    }

    @Test(arguments: Role.allCases.filter { $0 != .programDeveloper })
    func onlyDevelopersDraftPrograms(role: Role) async throws {
        try await withTanba { app, browser in
            try await browser.login(as: role)
            #expect(try await browser.get("/workspace/programs/new").status == .forbidden)
            #expect(try await browser.post("/workspace/programs", programFormFields()).status == .forbidden)
            #expect(try await ProgramModel.query(on: app.db).count() == 0)
        }
    }

    @Test(arguments: Role.allCases.filter { $0 != .administrator })
    func onlyAdministratorsManageUsers(role: Role) async throws {
        try await withTanba { app, browser in
            try await browser.login(as: role)
            #expect(try await browser.get("/admin/users").status == .forbidden)
            let response = try await browser.post("/admin/users", [("login", "new"), ("fullName", "Новый"),
                                                                   ("role", "administrator"), ("password", "long-enough-1")])
            #expect(response.status == .forbidden)
            #expect(try await UserModel.query(on: app.db).filter(\.$login == "new").count() == 0)
        }
    }

    @Test func anonymousVisitorsAreSentToLogin() async throws {
        try await withTanba { _, browser in
            let response = try await browser.get("/workspace")
            #expect(response.status == .seeOther)
            #expect(response.location == "/login")
            #expect(try await browser.post("/workspace/programs", programFormFields()).status == .unauthorized)
        }
    }

    @Test func aFormWithoutTheCSRFTokenIsRefused() async throws {
        try await withTanba { app, browser in
            try await browser.login(as: .programDeveloper)
            let response = try await browser.post("/workspace/programs", programFormFields(), csrf: false)
            #expect(response.status == .forbidden)
            let forged = try await browser.post("/workspace/programs", programFormFields() + [("_csrf", "forged")], csrf: false)
            #expect(forged.status == .forbidden)
            #expect(try await ProgramModel.query(on: app.db).count() == 0)
        }
    }

    @Test func aWrongPasswordDoesNotSignIn() async throws {
        try await withTanba { _, browser in
            let response = try await browser.post("/login", [("login", "administrator"), ("password", "wrong")])
            #expect(response.status == .unauthorized)
            #expect(response.body.string.contains("Неверный логин или пароль"))
            #expect(try await browser.get("/workspace").status == .seeOther)
        }
    }

    @Test func theAdministratorCreatesAUserWhoCanSignIn() async throws {
        try await withTanba { app, browser in
            try await browser.login(as: .administrator)
            try await browser.get("/admin/users")
            let weak = try await browser.post("/admin/users", [("login", "aigerim"), ("fullName", "Айгерим"),
                                                               ("role", "registrar"), ("password", "short")])
            #expect(weak.status == .unprocessableEntity)
            let created = try await browser.post("/admin/users", [("login", "aigerim"), ("fullName", "Айгерим Нурлановна"),
                                                                  ("role", "registrar"), ("password", "long-enough-1")])
            #expect(created.status == .seeOther)
            let newcomer = browser.fresh()
            let signIn = try await newcomer.post("/login", [("login", "aigerim"), ("password", "long-enough-1")])
            #expect(signIn.status == .seeOther)
        }
    }

    @Test func signingOutEndsTheSession() async throws {
        try await withTanba { _, browser in
            try await browser.login(as: .registrar)
            #expect(try await browser.get("/workspace").status == .ok)
            try await browser.post("/logout")
            #expect(try await browser.get("/workspace").status == .seeOther)
        }
    }
}
