import Fluent
import Vapor
import TanbaCore
import TanbaPersistence

/// Applicants and learners: registration, applying with documents, their own page.
struct LearnerController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.register.pattern, use: registerForm)
        routes.post(SiteRoute.register.pattern, use: register)
        routes.get(SiteRoute.apply(intakeID: RouteParameter.id).pattern, use: applyForm)
        // BodyLimitMiddleware has read the body within `bodyLimit` (one upload per kind of document, each
        // within the configured size) before this route runs; the route's own bound is never reached.
        routes.on(.POST, SiteRoute.apply(intakeID: RouteParameter.id).pattern, body: .collect(maxSize: "1gb"), use: apply)
            .bodyLimit(.uploads(files: DocumentKind.allCases.count))
        routes.get(SiteRoute.me.pattern, use: me)
        routes.post(SiteRoute.meProfile.pattern, use: saveProfile)
        routes.get(SiteRoute.document(RouteParameter.id).pattern, use: document)
    }

    // MARK: - Registration

    /// The registration form as posted.
    struct RegisterForm: Content {
        var fullName: String = ""
        /// The name in Latin letters as in the passport, optional.
        var latinName: String = ""
        var login: String = ""
        var password: String? = nil
        /// Nothing chosen until the applicant chooses: a preselected category is a guess about them.
        var category: String = ""
        /// "yes" when the personal-data consent box is ticked.
        var consent: String? = nil
        var organisation: String = ""
        var email: String = ""
        var phone: String = ""
    }

    /// Registration page body.
    struct RegisterBody: Encodable {
        let form: RegisterForm
        let categories: [SelectOption]
        let errors: [String]
        /// The consent text the applicant agrees to, and its version.
        let consentText: String
        let consentVersion: String
    }


    @Sendable func registerForm(_ request: Request) async throws -> Response {
        try await renderRegister(request, form: RegisterForm(), errors: [], status: .ok)
    }

    @Sendable func register(_ request: Request) async throws -> Response {
        var form = try request.content.decode(RegisterForm.self)
        let password = form.password ?? ""
        form.password = nil
        let registration = LearnerRegistration(
            fullName: form.fullName, latinName: form.latinName, login: form.login, category: form.category,
            consent: form.consent, organisation: form.organisation, email: form.email, phone: form.phone)
        // Every problem of the form at once, the password's too, so one attempt shows all there is to fix.
        var errors: [String] = []
        var checked: LearnerRegistration.Checked?
        do throws(LearnerRegistration.Problems) {
            checked = try registration.checked()
        } catch {
            errors = error.problems.map { request.t(Self.messageKey($0)) }
        }
        errors += UserDirectory.passwordProblems(password, login: checked?.login ?? form.login,
                                                 fullName: checked?.fullName ?? form.fullName)
            .map { problem in
                let error = UserDirectoryError.weakPassword(problem)
                return request.t(error.messageKey, error.arguments)
            }
        guard let checked, errors.isEmpty else {
            return try await renderRegister(request, form: form, errors: errors, status: .unprocessableEntity)
        }
        let services = try request.services()
        do {
            let user = try await request.db.transaction { db in
                let user = try await UserDirectory(database: db, clock: services.clock).create(
                    login: checked.login, fullName: checked.fullName, roleName: Role.learner.rawValue, password: password)
                try await LearnerProfileModel(
                    userID: try user.requireID(), category: checked.category, organisation: checked.organisation,
                    email: checked.email, phone: checked.phone, latinName: checked.latinName,
                    consentVersion: checked.consentVersion, createdAt: services.clock.now()).create(on: db)
                return user
            }
            return try await request.openSession(for: user, stage: .signedIn, redirectTo: SiteRoute.me.path)
        } catch let error as UserDirectoryError {
            return try await renderRegister(request, form: form, errors: [request.t(error.messageKey, error.arguments)],
                                            status: .unprocessableEntity)
        }
    }

    /// The message for a registration problem, the same wording as the staff's user form where they share one.
    static func messageKey(_ problem: LearnerRegistration.Problem) -> String {
        switch problem {
        case .invalidName: "user.error.name"
        case .invalidLatinName: "register.error.latin_name"
        case .invalidLogin: "user.error.login"
        case .categoryMissing: "register.error.category"
        case .invalidEmail: "register.error.email"
        case .consentMissing: "register.error.consent"
        }
    }

    private func renderRegister(_ request: Request, form: RegisterForm, errors: [String], status: HTTPStatus) async throws -> Response {
        try await request.page("register", title: request.t("register.title"), body: RegisterBody(
            form: form,
            categories: LearnerCategory.allCases.map {
                SelectOption(value: $0.rawValue, label: request.t("category.\($0.rawValue)"), selected: $0.rawValue == form.category)
            },
            errors: errors, consentText: request.t("consent.text.\(PersonalDataConsent.currentVersion)"),
            consentVersion: PersonalDataConsent.currentVersion), status: status)
    }

    // MARK: - Applying

    /// Apply page body.
    struct ApplyBody: Encodable {
        let intake: IntakeView
        let needsPrerequisites: Bool
        let prerequisites: String
        let maxMegabytes: Int
        let error: String?
    }

    /// The application form as posted: one file per kind of document.
    struct ApplyForm: Content {
        var identityDocument: File?
        var diploma: File?
        var transcript: File?
    }

    @Sendable func applyForm(_ request: Request) async throws -> Response {
        _ = try request.requireActor(.applyAndStudy)
        return try await renderApply(request, error: nil, status: .ok)
    }

    @Sendable func apply(_ request: Request) async throws -> Response {
        let learner = try request.requireActor(.applyAndStudy)
        let intakeID = try request.parameter(.id)
        let form = try request.content.decode(ApplyForm.self)
        let files: [(DocumentKind, File?)] = [(.identityDocument, form.identityDocument), (.diploma, form.diploma),
                                              (.transcript, form.transcript)]
        let uploads = files.compactMap { kind, file -> ApplicationStore.Upload? in
            guard let file, file.data.readableBytes > 0 || !file.filename.isEmpty else { return nil }
            return ApplicationStore.Upload(kind: kind, fileName: file.filename, bytes: Array(file.data.readableBytesView))
        }
        do {
            _ = try await request.applicationStore().apply(to: intakeID, by: learner, uploads: uploads)
        } catch let error as LearningStoreError {
            return try await renderApply(request, error: request.message(for: error), status: request.status(for: error))
        }
        return request.redirect(to: SiteRoute.me.path, redirectType: .normal)
    }

    private func renderApply(_ request: Request, error: String?, status: HTTPStatus) async throws -> Response {
        let intakes = IntakeStore(database: request.db, clock: try request.clock())
        let intake = try await intakes.find(try request.parameter(.id))
        let content = try await intakes.content(of: intake)
        let view = try IntakeView(intake, content: content, today: try request.today(), request: request)
        // Without the form, the page says why instead: the deadline that passed or the closing.
        let closed: LearningStoreError = intake.isOpen
            ? .applicationsClosed(lastDay: intake.schedule.applicationsCloseOn) : .intakeClosed
        return try await request.page("apply", title: request.t("apply.title"), body: ApplyBody(
            intake: view,
            needsPrerequisites: !content.prerequisites.isBlank, prerequisites: content.prerequisites,
            maxMegabytes: try request.services().config.uploadMaxBytes / 1024 / 1024,
            error: error ?? (view.acceptsApplications ? nil : request.message(for: closed))), status: status)
    }

    // MARK: - The learner's page

    /// The profile form as posted.
    struct ProfileForm: Content {
        var latinName: String?
    }

    /// Saves the learner's name in Latin letters; certificates issued afterwards print it.
    @Sendable func saveProfile(_ request: Request) async throws -> Response {
        let learner = try request.requireActor(.applyAndStudy)
        let form = try request.content.decode(ProfileForm.self)
        let name: String?
        do {
            name = try LatinName.normalized(form.latinName ?? "")
        } catch {
            return try await renderMe(request, learner: learner, profileError: request.t("register.error.latin_name"),
                                      status: .unprocessableEntity)
        }
        try await LearnerProfileStore(database: request.db).setLatinName(name, of: learner.id)
        return request.redirect(to: SiteRoute.me.path, notice: .saved)
    }

    @Sendable func me(_ request: Request) async throws -> Response {
        try await renderMe(request, learner: try request.requireActor(.applyAndStudy), profileError: nil, status: .ok)
    }

    private func renderMe(_ request: Request, learner: ActingUser, profileError: String?, status: HTTPStatus) async throws -> Response {
        let home = try await LearnerHome.load(learner.id, on: request.db)
        let body = try MePage(home, today: try request.today(), profileError: profileError, request: request)
        return try await request.page("me", title: request.t("me.title"), body: body, status: status)
    }

    @Sendable func document(_ request: Request) async throws -> Response {
        let actor = try request.requireActor()
        do {
            let (document, data) = try await request.applicationStore().download(try request.parameter(.id), by: actor)
            return .uploadedDocument(data, contentType: document.contentType, storedName: document.storedName,
                                     originalName: document.originalName)
        } catch let error as LearningStoreError {
            throw Abort(request.status(for: error), reason: request.message(for: error))
        }
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}

extension LearnerController.RegisterForm {
    /// Missing fields read as their defaults: browsers leave out empty selects and unchecked boxes.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init()
        fullName = try container.decodeIfPresent(String.self, forKey: .fullName) ?? ""
        latinName = try container.decodeIfPresent(String.self, forKey: .latinName) ?? ""
        login = try container.decodeIfPresent(String.self, forKey: .login) ?? ""
        password = try container.decodeIfPresent(String.self, forKey: .password)
        category = try container.decodeIfPresent(String.self, forKey: .category) ?? ""
        consent = try container.decodeIfPresent(String.self, forKey: .consent)
        organisation = try container.decodeIfPresent(String.self, forKey: .organisation) ?? ""
        email = try container.decodeIfPresent(String.self, forKey: .email) ?? ""
        phone = try container.decodeIfPresent(String.self, forKey: .phone) ?? ""
    }
}
