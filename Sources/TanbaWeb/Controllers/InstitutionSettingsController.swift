import Vapor
import TanbaCore
import TanbaDocuments
import TanbaPersistence

/// The institution's settings for administrators (profile, policy, document language, logo) and
/// the logo itself for everyone, as the verification page shows it.
struct InstitutionSettingsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.adminSettings.pattern, use: show)
        routes.post(SiteRoute.adminSettings.pattern, use: save)
        routes.on(.POST, SiteRoute.adminLogo.pattern, body: .collect, use: uploadLogo)
            .bodyLimit(.uploads(files: 1))
        routes.get(SiteRoute.institutionLogo.pattern, use: logo)
    }

    /// Logos larger than this are refused whatever the upload limit: every document carries one.
    static let logoMaxBytes = 1024 * 1024

    func logoRules(_ request: Request) throws -> LogoRules {
        LogoRules(maximumBytes: min(Self.logoMaxBytes, try request.services().config.uploadMaxBytes))
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        _ = try request.requireActor(.administer)
        return try await render(request)
    }

    /// Saves the form. A new policy that some open editions would fail is first shown with those
    /// editions and saved only once the administrator confirms it.
    @Sendable func save(_ request: Request) async throws -> Response {
        let actor = try request.requireActor(.administer)
        let posted = try request.content.decode([String: String].self)
        var change = InstitutionSettings.Change()
        for field in InstitutionField.all {
            if let value = posted[field.key] { change.fields[field] = value }
        }
        if let policy = posted["policy"], !policy.isEmpty { change.policy = policy }
        if let language = posted["documentLanguage"], !language.isEmpty { change.documentLanguage = language }
        let settings = InstitutionSettings(database: request.db, clock: try request.services().clock)
        if let name = change.policy, let policy = PolicyPresets.named(name), posted["confirmPolicy"] != name,
           try await SettingsStore.value(SettingsStore.policyKey, on: request.db) != name {
            let drafts = try await settings.draftsInvalid(under: policy)
            if !drafts.isEmpty {
                return try await render(request, posted: posted, preview: (policy, drafts), status: .conflict)
            }
        }
        do {
            try await settings.apply(change, by: .user(actor))
        } catch let error as InstitutionSettingsError {
            return try await render(request, posted: posted, errors: request.messages(for: error), status: .unprocessableEntity)
        }
        return request.redirect(to: SiteRoute.adminSettings.path, notice: .saved)
    }

    /// The logo form as posted.
    struct LogoForm: Content {
        var logo: File?
    }

    @Sendable func uploadLogo(_ request: Request) async throws -> Response {
        let actor = try request.requireActor(.administer)
        let form = try request.content.decode(LogoForm.self)
        let bytes = form.logo.map { Array($0.data.readableBytesView) } ?? []
        do {
            let rules = try logoRules(request)
            // Checked by content first, then drawn once: an image librsvg or cairo cannot draw
            // would leave every certificate without its logo.
            if let type = try? rules.check(bytes), !DocumentImageCheck.draws(DocumentImage(type, bytes: bytes)) {
                throw InstitutionSettingsError.logo(.unsupportedType)
            }
            try await InstitutionSettings(database: request.db, clock: try request.services().clock)
                .uploadLogo(bytes, rules: rules, by: .user(actor))
        } catch let error as InstitutionSettingsError {
            return try await render(request, errors: request.messages(for: error), status: .unprocessableEntity)
        }
        return request.redirect(to: SiteRoute.adminSettings.path, notice: .saved)
    }

    /// The logo in use, for the verification page and link previews; cached by its digest.
    @Sendable func logo(_ request: Request) async throws -> Response {
        guard let logo = try await InstitutionSettings.currentLogo(on: request.db) else {
            throw Abort(.notFound, reason: request.t("error.http.404"))
        }
        let etag = "\"\(logo.sha256)\""
        if request.headers.first(name: .ifNoneMatch) == etag {
            return Response(status: .notModified, headers: ["ETag": etag])
        }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: logo.contentType)
        headers.replaceOrAdd(name: .eTag, value: etag)
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        return Response(status: .ok, headers: headers, body: .init(data: logo.bytes))
    }

    private func render(_ request: Request, posted: [String: String] = [:], errors: [String] = [],
                        preview: (policy: InstitutionPolicy, drafts: [InstitutionSettings.InvalidDraft])? = nil,
                        status: HTTPStatus = .ok) async throws -> Response {
        let overview = try await InstitutionSettingsOverview.load(on: request.db, clock: try request.services().clock)
        let page = InstitutionSettingsPage(overview, posted: posted, errors: errors, preview: preview,
                                           logoMaxBytes: try logoRules(request).maximumBytes, request: request)
        return try await request.page("admin-settings", title: request.t("institution.title"), body: page, status: status)
    }
}

extension DocumentImage {
    /// The stored logo as documents draw it.
    init(_ type: LogoType, bytes: [UInt8]) {
        self.init(format: type == .svg ? .svg : .png, data: Data(bytes))
    }
}

extension InstitutionLogoModel {
    /// The logo as documents draw it; nil for a type this build does not draw.
    var documentImage: DocumentImage? {
        LogoType(rawValue: contentType).map { DocumentImage($0, bytes: Array(bytes)) }
    }
}
