import Foundation
import Vapor
import TanbaCore
import TanbaPersistence

/// What every page's layout needs, around the page's own `body`.
struct PageContext<Body: Encodable>: Encodable {
    let lang: String
    /// The institution's wording for its document, read by `#t` (`AwardDocumentName.wordingVariant`; "" for none).
    let wording: String
    let title: String
    let path: String
    let csrf: String
    let user: UserView?
    /// The main menu for this user, the current item marked.
    let nav: [NavLink]
    let languages: [LanguageLink]
    let flash: String?
    /// Link-preview tags (Open Graph) for pages people share, such as a certificate's verification.
    let preview: LinkPreview?
    let body: Body
}

/// What a shared link shows in a messenger or on LinkedIn: `og:` meta tags.
struct LinkPreview: Encodable {
    let title: String
    let description: String
    let url: String
    /// The issuer's logo, absolute; nil when none is set.
    var image: String? = nil
}

/// The signed-in user as the layout shows them.
struct UserView: Encodable {
    let name: String
    let role: String
    let roleLabel: String
    let isAdministrator: Bool
    let isDeveloper: Bool
    let isLearner: Bool
    /// Roles that may add a TOTP second factor to their account.
    let mayUseSecondFactor: Bool
}

/// One entry of the main menu.
struct NavLink: Encodable {
    let label: String
    let href: String
    /// The page shown is this item or lies under it.
    let current: Bool
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
                               flash: String? = nil, preview: LinkPreview? = nil) async throws -> Response {
        let user = auth.get(UserModel.self)
        let current = url.path + (url.query.map { "?" + $0 } ?? "")
        let context = PageContext(
            lang: language.rawValue,
            wording: wordingVariant ?? "",
            title: title,
            path: url.path,
            csrf: csrfToken,
            user: try user.map { user in
                let role = try user.role
                return UserView(name: user.fullName, role: role.rawValue, roleLabel: t("role.\(role.rawValue)"),
                                isAdministrator: role.may(.administer), isDeveloper: role.may(.developPrograms),
                                isLearner: role.may(.applyAndStudy), mayUseSecondFactor: role.may(.useSecondFactor))
            },
            nav: navigation(for: user),
            languages: LanguageCode.allCases.map { code in
                LanguageLink(code: code.rawValue, label: t("language.short.\(code.rawValue)"),
                             href: SiteRoute.language(code.rawValue).path + "?back="
                                 + (current.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"),
                             active: code == language)
            },
            flash: flash ?? notice,
            preview: preview,
            body: body
        )
        let view = try await self.view.render(template, context)
        let response = try await view.encodeResponse(for: self)
        response.status = status
        response.headers.replaceOrAdd(name: .contentLanguage, value: language.rawValue)
        return response
    }
}

extension Request {
    /// The main menu: public pages, then what the user's role works with. The item whose
    /// address is the longest prefix of this page's is current.
    func navigation(for user: UserModel?) -> [NavLink] {
        var items: [(String, String)] = [("nav.registry", SiteRoute.registry.path), ("nav.verify", SiteRoute.verifyLookup.path)]
        // A role no build knows has no menu; every handler refuses it (`requireActor` throws).
        if let user, let role = try? user.role {
            items.append(role.isStaff ? ("nav.workspace", SiteRoute.workspace.path) : ("nav.me", SiteRoute.me.path))
            if role.may(.viewIntakes) { items.append(("nav.intakes", SiteRoute.intakes.path)) }
            if role.may(.viewCertificates) { items.append(("nav.journal", SiteRoute.journal.path)) }
            if role.may(.applyAndStudy) { items.append(("nav.my_recognition", SiteRoute.meRecognition.path)) }
            if role.may(.manageRecognition) { items.append(("nav.recognition", SiteRoute.recognitionCases.path)) }
            if role.may(.viewReports) { items.append(("nav.reports", SiteRoute.reports.path)) }
            // The registrar follows every session from the attestation pages instead of a seat.
            if role.may(.sitOnCommission), !role.may(.manageAttestation) {
                items.append(("nav.commission", SiteRoute.commissionSeats.path))
            }
            if role.may(.administer) {
                items.append(("nav.institution", SiteRoute.adminSettings.path))
                items.append(("nav.admin", SiteRoute.adminUsers.path))
            }
        }
        let path = url.path
        let current = items.map(\.1).filter { href in
            href == "/" ? path == "/" || path.hasPrefix("/programs") : path == href || path.hasPrefix(href + "/")
        }.max(by: { $0.count < $1.count })
        return items.map { NavLink(label: t($0.0), href: $0.1, current: $0.1 == current) }
    }

    /// A field of education in the page's language when it carries a classifier code
    /// («06 Information and communication technologies» on an English page); else as typed.
    func fieldOfEducation(_ typed: String) -> String {
        guard let code = FieldOfEducation.code(of: typed) else { return typed }
        return "\(code) " + t("field_of_education.\(code)")
    }

    /// A typed form of assessment in the page's language when it is one of the usual forms; else as typed.
    func assessmentForm(_ typed: String) -> String {
        application.localizer.assessmentForm(typed, language)
    }

    /// Where signing in leads this user: where their work is.
    func homePath(for role: Role) -> String {
        switch HomePage.of(role) {
        case .personalPage: SiteRoute.me.path
        case .intakes: SiteRoute.intakes.path
        case .workspace: SiteRoute.workspace.path
        }
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
