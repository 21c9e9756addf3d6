import Vapor
import TanbaCore
import TanbaDocuments
import TanbaPersistence

/// The account's TOTP second factor: set up with a QR code, confirmed by a first code, removed
/// with a current one. Each change opens a new session and ends the user's others.
struct SecondFactorController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.secondFactor.pattern, use: show)
        routes.post(SiteRoute.secondFactorSetup.pattern, use: setup)
        routes.post(SiteRoute.secondFactorConfirm.pattern, use: confirm)
        routes.post(SiteRoute.secondFactorDisable.pattern, use: disable)
    }

    /// Second-factor page body.
    struct Body: Encodable {
        let enabled: Bool
        /// While setting up: the secret as typed, and the QR code of its `otpauth://` link as an SVG data URI.
        let secret: String?
        let qrImage: String?
        let error: String?
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        let user = try requireUser(request)
        return try await render(request, user: user, error: nil, status: .ok)
    }

    @Sendable func setup(_ request: Request) async throws -> Response {
        let user = try requireUser(request)
        if user.hasSecondFactor { return request.redirect(to: SiteRoute.secondFactor.path, redirectType: .normal) }
        _ = try await request.secondFactor().begin(for: user)
        return request.redirect(to: SiteRoute.secondFactor.path, redirectType: .normal)
    }

    @Sendable func confirm(_ request: Request) async throws -> Response {
        let user = try requireUser(request)
        let code = try request.content.decode(AuthController.CodeForm.self).code ?? ""
        do {
            try await request.secondFactor().confirm(code: code, for: user)
        } catch SecondFactor.Refusal.wrongCode {
            return try await render(request, user: user, error: request.t("login.code.failed"), status: .unprocessableEntity)
        }
        return try await reopen(request, user: user)
    }

    @Sendable func disable(_ request: Request) async throws -> Response {
        let user = try requireUser(request)
        let code = try request.content.decode(AuthController.CodeForm.self).code ?? ""
        do {
            try await request.secondFactor().disable(code: code, for: user)
        } catch SecondFactor.Refusal.wrongCode {
            return try await render(request, user: user, error: request.t("login.code.failed"), status: .unprocessableEntity)
        }
        return try await reopen(request, user: user)
    }

    /// Ends every session of the user and opens a fresh one for this browser.
    private func reopen(_ request: Request, user: UserModel) async throws -> Response {
        try await request.sessionStore().closeAll(of: try user.requireID())
        return try await request.openSession(for: user, stage: .signedIn, redirectTo: SiteRoute.secondFactor.path)
    }

    private func requireUser(_ request: Request) throws -> UserModel {
        _ = try request.requireActor(.useSecondFactor)
        guard let user = request.auth.get(UserModel.self) else { throw Abort(.unauthorized, reason: request.t("error.login_required")) }
        return user
    }

    private func render(_ request: Request, user: UserModel, error: String?, status: HTTPStatus) async throws -> Response {
        var secret: String?
        var svg: String?
        if !user.hasSecondFactor, let raw = try request.secondFactor().secret(of: user) {
            secret = TOTP.base32(raw)
            // Authenticator apps list the account under this name; the short one fits their rows.
            let names = try await SettingsStore.institution(on: request.db)
            let issuer = [names.shortName.ru, names.fullName.ru].first { !$0.isEmpty } ?? "Tanba"
            if let uri = TOTP.provisioningURI(secret: raw, account: user.login, issuer: issuer) {
                svg = "data:image/svg+xml;base64," + Data(try QRCode(text: uri).svg().utf8).base64EncodedString()
            }
        }
        return try await request.page("second-factor", title: request.t("second_factor.title"),
                                      body: Body(enabled: user.hasSecondFactor, secret: secret, qrImage: svg, error: error),
                                      status: status)
    }
}

extension QRCode {
    /// The code as an SVG image, one square per dark module, with its quiet zone.
    func svg() -> String {
        let side = sizeWithQuietZone
        var path = ""
        for y in 0..<size {
            for x in 0..<size where isDark(x: x, y: y) {
                path += "M\(x + Self.quietZoneModules) \(y + Self.quietZoneModules)h1v1h-1z"
            }
        }
        return #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \#(side) \#(side)" width="240" height="240" role="img" shape-rendering="crispEdges">"#
            + #"<rect width="\#(side)" height="\#(side)" fill="white"/><path d="\#(path)" fill="black"/></svg>"#
    }
}
