import Foundation
import Vapor
import TanbaCore
import TanbaPersistence

/// What every page's layout needs, around the page's own `body`.
struct PageContext<Body: Encodable>: Encodable {
    let lang: String
    let title: String
    let path: String
    let csrf: String
    let user: UserView?
    let languages: [LanguageLink]
    let flash: String?
    let body: Body
}

/// The signed-in user as the layout shows them.
struct UserView: Encodable {
    let name: String
    let role: String
    let roleLabel: String
    let isAdministrator: Bool
    let isDeveloper: Bool
    let isLearner: Bool
    /// Registrars, administrators and teachers work with intakes.
    let seesIntakes: Bool
    /// Registrars and administrators keep the journal of issued documents.
    let seesJournal: Bool
    /// Staff who may sit on a qualification commission and vote from their own account.
    let sitsOnCommissions: Bool
    /// Roles that may add a TOTP second factor to their account.
    let mayUseSecondFactor: Bool
}

/// One entry of the language switch.
struct LanguageLink: Encodable {
    let code: String
    let label: String
    let href: String
    let active: Bool
}

extension Request {
    /// Renders `template` inside the layout; the title is a localisation key or text.
    func page<Body: Encodable>(_ template: String, title: String, body: Body, status: HTTPStatus = .ok,
                               flash: String? = nil) async throws -> Response {
        let user = auth.get(UserModel.self)
        let current = url.path + (url.query.map { "?" + $0 } ?? "")
        let context = PageContext(
            lang: language.rawValue,
            title: title,
            path: url.path,
            csrf: csrfToken,
            user: user.map { user in
                UserView(name: user.fullName, role: user.roleRaw, roleLabel: t("role.\(user.roleRaw)"),
                         isAdministrator: user.role == .administrator, isDeveloper: user.role == .programDeveloper,
                         isLearner: user.role == .learner,
                         seesIntakes: [.registrar, .administrator, .teacher].contains(user.role ?? .learner),
                         seesJournal: [.registrar, .administrator].contains(user.role ?? .learner),
                         sitsOnCommissions: ![.learner, .registrar].contains(user.role ?? .learner),
                         mayUseSecondFactor: user.role?.mayUseSecondFactor ?? false)
            },
            languages: LanguageCode.allCases.map { code in
                LanguageLink(code: code.rawValue, label: t("language.short.\(code.rawValue)"),
                             href: SiteRoute.language(code.rawValue).path + "?back="
                                 + (current.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"),
                             active: code == language)
            },
            flash: flash,
            body: body
        )
        let view = try await self.view.render(template, context)
        let response = try await view.encodeResponse(for: self)
        response.status = status
        response.headers.replaceOrAdd(name: .contentLanguage, value: language.rawValue)
        return response
    }
}

/// Dates for pages: ``AlmatyDate`` with optional input (no date prints as nothing).
enum DisplayDate {
    static func day(_ date: Date?) -> String {
        date.map(AlmatyDate.dotted) ?? ""
    }

    static func dayTime(_ date: Date?) -> String {
        date.map(AlmatyDate.dottedWithTime) ?? ""
    }

    static func iso(_ date: Date?) -> String? {
        date.map(AlmatyDate.iso)
    }

    /// "2026-09-01" → "01.09.2026".
    static func fromISO(_ text: String) -> String {
        AlmatyDate.dotted(iso: text)
    }
}
