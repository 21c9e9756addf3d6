import Vapor
import TanbaCore
import TanbaPersistence

/// The browser's session cookie and what it opens: set at sign-in only, so an anonymous visitor
/// costs the database nothing.
enum SessionCookie {
    static let name = "tanba_session"

    /// The cookie carrying `token`; it lives no longer than the session can.
    static func value(_ token: String, policy: SessionPolicy, secure: Bool) -> HTTPCookies.Value {
        HTTPCookies.Value(string: token, maxAge: Int(policy.absoluteTimeout), path: "/",
                          isSecure: secure, isHTTPOnly: true, sameSite: .lax)
    }
}

/// The session this request came with, when it is alive.
struct SignedInSession: Sendable {
    let token: String
    let session: UserSessionModel
}

private struct SignedInSessionKey: StorageKey {
    typealias Value = SignedInSession
}

extension Request {
    /// The live session of this request, nil for anonymous visitors.
    var signedInSession: SignedInSession? {
        get { storage[SignedInSessionKey.self] }
        set { storage[SignedInSessionKey.self] = newValue }
    }

    func sessionStore() throws -> SessionStore {
        let services = try services()
        return SessionStore(database: db, clock: services.clock, random: services.random)
    }

    /// Opens a new session for `user` (a new id and CSRF token; the one the browser had is ended)
    /// and answers with a redirect to `path` that sets its cookie.
    func openSession(for user: UserModel, stage: UserSessionModel.Stage, redirectTo path: String) async throws -> Response {
        let role = try user.role
        let opened = try await sessionStore().open(for: user, stage: stage, replacing: cookies[SessionCookie.name]?.string)
        auth.logout(UserModel.self)
        if stage == .signedIn { auth.login(user) }
        signedInSession = SignedInSession(token: opened.token, session: opened.session)
        let response = redirect(to: path, redirectType: .normal)
        response.cookies[SessionCookie.name] = SessionCookie.value(
            opened.token, policy: SessionStore.policy(role: role, stage: stage), secure: try services().config.secureCookies)
        return response
    }

    /// Ends this request's session and tells the browser to forget its cookie.
    func closeSession(_ response: Response) async throws {
        if let token = cookies[SessionCookie.name]?.string { try await sessionStore().close(token: token) }
        auth.logout(UserModel.self)
        signedInSession = nil
        response.cookies[SessionCookie.name] = .expired
    }
}
