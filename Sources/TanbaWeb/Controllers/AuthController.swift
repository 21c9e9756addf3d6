import Fluent
import Vapor
import TanbaCore
import TanbaPersistence

/// Sign-in (password, then a TOTP code where the user set one up), sign-out and the language switch.
struct AuthController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.login.pattern, use: loginForm)
        routes.post(SiteRoute.login.pattern, use: login)
        routes.get(SiteRoute.loginCode.pattern, use: codeForm)
        routes.post(SiteRoute.loginCode.pattern, use: code)
        routes.post(SiteRoute.logout.pattern, use: logout)
        routes.get(SiteRoute.language(RouteParameter.language.placeholder).pattern, use: switchLanguage)
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

    /// The second-factor form as posted.
    struct CodeForm: Content {
        var code: String?
    }

    @Sendable func loginForm(_ request: Request) async throws -> Response {
        try await request.page("login", title: request.t("login.title"), body: LoginBody(login: "", error: nil))
    }

    /// Checks the password at the same cost whether or not the login exists, within the throttle
    /// (per account and per client, in the database so every server process counts alike).
    @Sendable func login(_ request: Request) async throws -> Response {
        let form = try request.content.decode(LoginForm.self)
        let login = String((form.login ?? "").trimmingCharacters(in: .whitespaces).lowercased().prefix(100))
        let password = form.password ?? ""
        let attempts = try request.loginAttempts()
        let client = request.clientAddress
        if case .blocked(let retryAt, _) = try await attempts.decision(login: login, client: client) {
            return try await throttled(request, login: login, retryAt: retryAt)
        }
        let user = try await UserAccounts(database: request.db).account(login: login)
        let matches: Bool
        if let user, user.isActive, !password.isEmpty {
            matches = await PasswordHasher.verify(password, against: user.passwordHash)
        } else {
            await PasswordHasher.verifyDecoy(password)
            matches = false
        }
        guard let user, matches else {
            try await attempts.recordFailure(login: login, client: client, userID: user?.id)
            return try await request.page("login", title: request.t("login.title"),
                                          body: LoginBody(login: login, error: request.t("login.failed")),
                                          status: .unauthorized)
        }
        try await attempts.recordSuccess(login: login, client: client)
        if user.hasSecondFactor {
            return try await request.openSession(for: user, stage: .secondFactor, redirectTo: SiteRoute.loginCode.path)
        }
        return try await request.openSession(for: user, stage: .signedIn, redirectTo: request.homePath(for: try user.role))
    }

    @Sendable func codeForm(_ request: Request) async throws -> Response {
        guard request.signedInSession?.session.stage == .secondFactor else {
            return request.redirect(to: SiteRoute.login.path, redirectType: .normal)
        }
        return try await request.page("login-code", title: request.t("login.code.title"), body: LoginBody(login: "", error: nil))
    }

    /// The TOTP code after the password: right once, within a step either side; wrong codes count
    /// against the same throttle as wrong passwords.
    @Sendable func code(_ request: Request) async throws -> Response {
        guard let pending = request.signedInSession, pending.session.stage == .secondFactor,
              let user = try await UserAccounts(database: request.db).account(pending.session.userID), user.isActive else {
            return request.redirect(to: SiteRoute.login.path, redirectType: .normal)
        }
        let form = try request.content.decode(CodeForm.self)
        let attempts = try request.loginAttempts()
        let client = request.clientAddress
        if case .blocked(let retryAt, _) = try await attempts.decision(login: user.login, client: client) {
            return try await throttled(request, login: user.login, retryAt: retryAt)
        }
        guard try await request.secondFactor().acceptCode(form.code ?? "", for: user) else {
            try await attempts.recordFailure(login: user.login, client: client, userID: user.id)
            return try await request.page("login-code", title: request.t("login.code.title"),
                                          body: LoginBody(login: "", error: request.t("login.code.failed")), status: .unauthorized)
        }
        try await attempts.recordSuccess(login: user.login, client: client)
        return try await request.openSession(for: user, stage: .signedIn, redirectTo: request.homePath(for: try user.role))
    }

    /// 429 with the moment to try again, in Almaty time, also as `Retry-After`.
    private func throttled(_ request: Request, login: String, retryAt: Date) async throws -> Response {
        let now = try request.services().clock.now()
        let response = try await request.page(
            "login", title: request.t("login.title"),
            body: LoginBody(login: login, error: request.t("login.throttled", ["time": AlmatyDate.dottedWithTime(retryAt)])),
            status: .tooManyRequests)
        response.headers.replaceOrAdd(name: .retryAfter, value: "\(max(1, Int(retryAt.timeIntervalSince(now).rounded(.up))))")
        return response
    }

    @Sendable func logout(_ request: Request) async throws -> Response {
        let response = request.redirect(to: SiteRoute.registry.path, redirectType: .normal)
        try await request.closeSession(response)
        return response
    }

    @Sendable func switchLanguage(_ request: Request) async throws -> Response {
        let code = try request.parameter(.language)
        guard LanguageCode(rawValue: code) != nil else {
            throw Abort(.badRequest, reason: request.t("error.bad_filter", ["name": "language", "value": code]))
        }
        let target = RedirectTarget.localPath(try? request.query.get(String.self, at: "back"))
        let response = request.redirect(to: target, redirectType: .normal)
        response.cookies[LanguageMiddleware.cookieName] = HTTPCookies.Value(
            string: code, maxAge: 365 * 24 * 3600, path: "/", isSecure: try request.services().config.secureCookies,
            isHTTPOnly: true, sameSite: .lax)
        return response
    }
}

extension Request {
    /// The client's own address: forwarding headers are anyone's to write, so they are not read.
    var clientAddress: String { remoteAddress?.ipAddress ?? "unknown" }

    func loginAttempts() throws -> LoginAttemptStore {
        LoginAttemptStore(database: db, clock: try services().clock)
    }
}
