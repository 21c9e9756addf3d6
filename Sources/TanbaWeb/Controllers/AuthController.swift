import Fluent
import Vapor
import TanbaCore
import TanbaPersistence

/// Sign-in, sign-out and the language switch.
struct AuthController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.login.pattern, use: loginForm)
        routes.post(SiteRoute.login.pattern, use: login)
        routes.post(SiteRoute.logout.pattern, use: logout)
        routes.get(SiteRoute.language(":code").pattern, use: switchLanguage)
    }

    /// Login page body.
    struct LoginBody: Encodable {
        let login: String
        let error: String?
    }

    /// The login form as posted.
    struct LoginForm: Content {
        var login: String?
        var password: String?
    }

    @Sendable func loginForm(_ request: Request) async throws -> Response {
        try await request.page("login", title: request.t("login.title"), body: LoginBody(login: "", error: nil))
    }

    @Sendable func login(_ request: Request) async throws -> Response {
        let form = try request.content.decode(LoginForm.self)
        let login = (form.login ?? "").trimmingCharacters(in: .whitespaces)
        let password = form.password ?? ""
        if let user = try await UserModel.query(on: request.db).filter(\.$login == login).first(),
           user.isActive, !password.isEmpty,
           (try? Bcrypt.verify(password, created: user.passwordHash)) == true {
            request.auth.login(user)
            request.session.authenticate(user)
            return request.redirect(to: SiteRoute.workspace.path, redirectType: .normal)
        }
        return try await request.page("login", title: request.t("login.title"),
                                      body: LoginBody(login: login, error: request.t("login.failed")),
                                      status: .unauthorized)
    }

    @Sendable func logout(_ request: Request) async throws -> Response {
        request.auth.logout(UserModel.self)
        request.session.unauthenticate(UserModel.self)
        request.session.destroy()
        return request.redirect(to: SiteRoute.registry.path, redirectType: .normal)
    }

    @Sendable func switchLanguage(_ request: Request) async throws -> Response {
        let code = request.parameters.get("code") ?? ""
        guard LanguageCode(rawValue: code) != nil else {
            throw Abort(.badRequest, reason: request.t("error.bad_filter", ["name": "language", "value": code]))
        }
        // Only a local path may be the way back, never another site.
        let back = (try? request.query.get(String.self, at: "back")) ?? "/"
        let target = back.hasPrefix("/") && !back.hasPrefix("//") && !back.contains("\\") ? back : "/"
        let response = request.redirect(to: target, redirectType: .normal)
        response.cookies[LanguageMiddleware.cookieName] = HTTPCookies.Value(
            string: code, maxAge: 365 * 24 * 3600, path: "/", isHTTPOnly: true, sameSite: .lax)
        return response
    }
}
