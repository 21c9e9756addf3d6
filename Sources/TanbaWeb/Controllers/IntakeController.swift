import Fluent
import Vapor
import TanbaCore
import TanbaDocuments
import TanbaPersistence

/// The registrar's side of enrollment: intakes, application review, orders, teachers, learning files.
struct IntakeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.intakes.pattern, use: index)
        routes.post(SiteRoute.intakes.pattern, use: create)
        routes.get(SiteRoute.intake(RouteParameter.id).pattern, use: show)
        routes.post(SiteRoute.applicationDecision(RouteParameter.id).pattern, use: decide)
        routes.post(SiteRoute.orders(intakeID: RouteParameter.id).pattern, use: issueOrder)
        routes.get(SiteRoute.orderPDF(RouteParameter.id).pattern, use: orderPDF)
        routes.post(SiteRoute.assignTeacher(intakeID: RouteParameter.id).pattern, use: assignTeacher)
        routes.get(SiteRoute.learnerFile(intakeID: RouteParameter.id, learnerID: RouteParameter.learner).pattern, use: learnerFile)
    }

    // MARK: - Intakes

    /// The intake form as posted.
    struct IntakeForm: Content {
        var programCode: String = ""
        var title: String = ""
        var startsOn: String = ""
        var endsOn: String = ""
        /// Empty: applications close the day before study starts.
        var applicationsCloseOn: String = ""
        var capacity: String = "25"
        var language: String = LanguageCode.russian.rawValue
        var studyForm: String = StudyForm.inPerson.rawValue
        var responsiblePerson: String = ""
        var price: String = ""
        var grantFunded: String? = nil
    }

    /// Intakes page body.
    struct IndexBody: Encodable {
        let intakes: [IntakeView]
        let canCreate: Bool
        let programs: [SelectOption]
        let languages: [SelectOption]
        let forms: [SelectOption]
        let form: IntakeForm
        let error: String?
    }

    @Sendable func index(_ request: Request) async throws -> Response {
        _ = try request.requireActor(.viewIntakes)
        return try await renderIndex(request, form: IntakeForm(), error: nil, status: .ok)
    }

    @Sendable func create(_ request: Request) async throws -> Response {
        let actor = try request.requireActor(.manageEnrollment)
        let form = try request.content.decode(IntakeForm.self)
        let grant = form.grantFunded != nil
        let price = Tenge(parsing: form.price)
        guard let capacity = Int(form.capacity.trimmingCharacters(in: .whitespaces)),
              let language = LanguageCode(rawValue: form.language), let studyForm = StudyForm(rawValue: form.studyForm),
              grant || price != nil
        else {
            return try await renderIndex(request, form: form, error: request.t("intake.error.form"), status: .unprocessableEntity)
        }
        do {
            let intake = try await IntakeStore(database: request.db, clock: try request.services().clock).open(.init(
                programCode: form.programCode, title: form.title, startsOn: form.startsOn, endsOn: form.endsOn,
                applicationsCloseOn: form.applicationsCloseOn, capacity: capacity, language: language,
                studyForm: studyForm, responsiblePerson: form.responsiblePerson,
                price: grant ? nil : price), by: actor)
            return request.redirect(to: SiteRoute.intake(try intake.requireID()).path, redirectType: .normal)
        } catch let error as LearningStoreError {
            return try await renderIndex(request, form: form, error: request.message(for: error), status: request.status(for: error))
        }
    }

    private func renderIndex(_ request: Request, form: IntakeForm, error: String?, status: HTTPStatus) async throws -> Response {
        let actor = try request.requireActor()
        let store = IntakeStore(database: request.db, clock: try request.clock())
        let today = try request.today()
        let views = try await store.withPrograms(try await store.visible(to: actor)).map { intake, content, _ in
            try IntakeView(intake, content: content, today: today, request: request)
        }
        let registry = try await RegistryStore(database: request.db).search(RegistryQuery(perPage: 100))
        return try await request.page("intakes", title: request.t("intakes.title"), body: IndexBody(
            intakes: views, canCreate: actor.role.may(.manageEnrollment),
            programs: registry.entries.map {
                SelectOption(value: $0.program.code ?? "", label: "\($0.program.code ?? "") — \($0.content.title)",
                       selected: $0.program.code == form.programCode)
            },
            languages: LanguageCode.allCases.map {
                SelectOption(value: $0.rawValue, label: request.t("language.\($0.rawValue)"), selected: $0.rawValue == form.language)
            },
            forms: StudyForm.allCases.map {
                SelectOption(value: $0.rawValue, label: request.t("study_form.\($0.rawValue)"), selected: $0.rawValue == form.studyForm)
            },
            form: form, error: error), status: status)
    }

    // MARK: - One intake

    @Sendable func show(_ request: Request) async throws -> Response {
        try await renderShow(request, intakeID: try request.parameter(.id), error: nil, status: .ok)
    }

    private func renderShow(_ request: Request, intakeID: UUID, error: String?, status: HTTPStatus) async throws -> Response {
        let actor = try request.requireActor(.viewEnrollment)
        let review = try await IntakeReview.load(intakeID, on: request.db)
        let shown = (try? request.query.get(String.self, at: "status")).flatMap(ApplicationStatus.init(rawValue:))
        let body = try IntakePage(review, shown: shown, canManage: actor.role.may(.manageEnrollment), error: error,
                                  today: try request.today(), request: request)
        return try await request.page("intake", title: review.intake.title, body: body, status: status)
    }

    /// The review form as posted.
    struct DecisionForm: Content {
        var action: String = ""
        var note: String = ""
        var reason: String = ""
        var contractNumber: String = ""
        var payment: String = ""
    }

    @Sendable func decide(_ request: Request) async throws -> Response {
        let actor = try request.requireActor()
        let form = try request.content.decode(DecisionForm.self)
        let decision: ApplicationStore.Decision
        switch form.action {
        case "check": decision = .checkPrerequisites(note: form.note)
        case "accept": decision = .accept
        case "reject": decision = .reject(reason: form.reason)
        case "contract":
            guard let payment = PaymentStatus(rawValue: form.payment) else {
                throw Abort(.unprocessableEntity, reason: request.t("error.unknown_action"))
            }
            decision = .contract(number: form.contractNumber, payment: payment)
        case "withdraw": decision = .withdraw
        default: throw Abort(.badRequest, reason: request.t("error.unknown_action"))
        }
        let store = try request.applicationStore()
        let applicationID = try request.parameter(.id)
        do {
            let application = try await store.decide(decision, on: applicationID, by: actor)
            let back = actor.role.may(.applyAndStudy) ? SiteRoute.me.path : SiteRoute.intake(application.intakeID).path
            return request.redirect(to: back, redirectType: .normal)
        } catch let error as LearningStoreError {
            guard actor.role.may(.manageEnrollment), case .review = error,
                  let application = try? await store.find(applicationID) else {
                throw Abort(request.status(for: error), reason: request.message(for: error))
            }
            return try await renderShow(request, intakeID: application.intakeID, error: request.message(for: error), status: request.status(for: error))
        }
    }

    // MARK: - Orders

    /// The order form as posted.
    struct OrderForm: Content {
        var number: String = ""
        var orderDate: String = ""
        var responsiblePerson: String = ""
        var language: String = LanguageCode.russian.rawValue
        var applications: [String]? = nil
    }

    @Sendable func issueOrder(_ request: Request) async throws -> Response {
        let actor = try request.requireActor(.manageEnrollment)
        let intakeID = try request.parameter(.id)
        let form = try request.content.decode(OrderForm.self)
        let ids = (form.applications ?? []).compactMap(UUID.init(uuidString:))
        guard let language = LanguageCode(rawValue: form.language) else {
            return try await renderShow(request, intakeID: intakeID, error: request.t("learning.error.invalid", ["field": request.t("order.language")]),
                                        status: .unprocessableEntity)
        }
        do {
            let order = try await EnrollmentOrderStore(database: request.db, clock: try request.services().clock).issue(
                .init(number: form.number, orderDate: form.orderDate, responsiblePerson: form.responsiblePerson, language: language),
                for: intakeID, applications: ids, by: actor)
            return request.redirect(to: SiteRoute.orderPDF(try order.requireID()).path, redirectType: .normal)
        } catch let error as LearningStoreError {
            return try await renderShow(request, intakeID: intakeID, error: request.message(for: error), status: request.status(for: error))
        }
    }

    @Sendable func orderPDF(_ request: Request) async throws -> Response {
        _ = try request.requireActor(.viewEnrollment)
        let id = try request.parameter(.id)
        let sheet: EnrollmentOrderSheet
        do { sheet = try await EnrollmentOrderSheet.load(id, on: request.db) } catch LearningStoreError.notFound {
            throw Abort(.notFound, reason: request.t("error.http.404"))
        }
        let document = try EnrollmentOrderDocument(sheet: sheet, localizer: request.application.localizer)
        let data = try await PDFRenderer.render(document.spec())
        return Response.pdf(data, fileName: "order-\(id.uuidString.prefix(8)).pdf")
    }

    // MARK: - Teachers and learning files

    /// The assignment form as posted.
    struct AssignForm: Content {
        var teacher: String = ""
        var discipline: String = ""
    }

    @Sendable func assignTeacher(_ request: Request) async throws -> Response {
        let actor = try request.requireActor(.manageEnrollment)
        let form = try request.content.decode(AssignForm.self)
        let intakes = IntakeStore(database: request.db, clock: try request.clock())
        let intake = try await intakes.find(try request.parameter(.id))
        guard let teacherID = UUID(uuidString: form.teacher), let discipline = Int(form.discipline) else {
            return try await renderShow(request, intakeID: try request.parameter(.id), error: request.t("learning.error.invalid", ["field": request.t("learning.field.teacher")]),
                                        status: .unprocessableEntity)
        }
        do {
            try await intakes.assign(teacher: teacherID, discipline: discipline, of: intake, by: actor)
        } catch let error as LearningStoreError {
            return try await renderShow(request, intakeID: try request.parameter(.id), error: request.message(for: error), status: request.status(for: error))
        }
        return request.redirect(to: SiteRoute.intake(try intake.requireID()).path, redirectType: .normal)
    }

    /// Personal learning file body («личное дело»).
    struct FileBody: Encodable {
        let learner: String
        let login: String
        let category: String
        let organisation: String
        let email: String
        let phone: String
        let intake: IntakeView
        let status: String
        let submitted: String
        let prerequisitesNote: String
        let contract: String
        let payment: String
        let order: String
        let documents: [DocumentView]
        /// Zero or one record, so the shared template can loop over it.
        let records: [LearningRecordView]
    }

    @Sendable func learnerFile(_ request: Request) async throws -> Response {
        _ = try request.requireActor(.viewEnrollment)
        let intakeID = try request.parameter(.id)
        let learnerID = try request.parameter(.learner)
        let file: LearnerFileRecord
        do { file = try await LearnerFileRecord.load(learner: learnerID, intake: intakeID, on: request.db) } catch LearningStoreError.notFound {
            throw Abort(.notFound, reason: request.t("error.http.404"))
        }
        let learner = file.learner, profile = file.profile, application = file.application
        let body = FileBody(
            learner: learner.fullName, login: learner.login,
            category: profile.map { request.t("category.\($0.category)") } ?? "", organisation: profile?.organisation ?? "",
            email: profile?.email ?? "", phone: profile?.phone ?? "",
            intake: try IntakeView(file.intake, content: file.content, today: try request.today(), request: request),
            status: request.t("application_status.\(application.status)"),
            submitted: DisplayDate.dayTime(application.submittedAt), prerequisitesNote: application.prerequisitesNote,
            contract: application.contractNumber, payment: request.t("payment.\(application.paymentStatus)"),
            order: file.order.map { "№ \($0.number), \(DisplayDate.fromISO($0.orderDate))" } ?? "",
            documents: try file.documents.map { try DocumentView($0, request: request) },
            records: file.record.map { [LearningRecordView($0, content: file.content, request: request)] } ?? [])
        return try await request.page("learner-file", title: request.t("file.title") + " — " + learner.fullName, body: body)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

extension IntakeController.IntakeForm {
    /// Missing fields read as their defaults: browsers leave out empty selects and unchecked boxes.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init()
        programCode = try container.decodeIfPresent(String.self, forKey: .programCode) ?? ""
        title = try container.decodeIfPresent(String.self, forKey: .title) ?? ""
        startsOn = try container.decodeIfPresent(String.self, forKey: .startsOn) ?? ""
        endsOn = try container.decodeIfPresent(String.self, forKey: .endsOn) ?? ""
        applicationsCloseOn = try container.decodeIfPresent(String.self, forKey: .applicationsCloseOn) ?? ""
        capacity = try container.decodeIfPresent(String.self, forKey: .capacity) ?? "25"
        language = try container.decodeIfPresent(String.self, forKey: .language) ?? LanguageCode.russian.rawValue
        studyForm = try container.decodeIfPresent(String.self, forKey: .studyForm) ?? StudyForm.inPerson.rawValue
        responsiblePerson = try container.decodeIfPresent(String.self, forKey: .responsiblePerson) ?? ""
        price = try container.decodeIfPresent(String.self, forKey: .price) ?? ""
        grantFunded = try container.decodeIfPresent(String.self, forKey: .grantFunded)
    }
}

extension IntakeController.DecisionForm {
    /// Missing fields read as their defaults: browsers leave out empty selects and unchecked boxes.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init()
        action = try container.decodeIfPresent(String.self, forKey: .action) ?? ""
        note = try container.decodeIfPresent(String.self, forKey: .note) ?? ""
        reason = try container.decodeIfPresent(String.self, forKey: .reason) ?? ""
        contractNumber = try container.decodeIfPresent(String.self, forKey: .contractNumber) ?? ""
        payment = try container.decodeIfPresent(String.self, forKey: .payment) ?? ""
    }
}

extension IntakeController.OrderForm {
    /// Missing fields read as their defaults: browsers leave out empty selects and unchecked boxes.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init()
        number = try container.decodeIfPresent(String.self, forKey: .number) ?? ""
        orderDate = try container.decodeIfPresent(String.self, forKey: .orderDate) ?? ""
        responsiblePerson = try container.decodeIfPresent(String.self, forKey: .responsiblePerson) ?? ""
        language = try container.decodeIfPresent(String.self, forKey: .language) ?? LanguageCode.russian.rawValue
        applications = try container.decodeIfPresent([String].self, forKey: .applications)
    }
}

extension IntakeController.AssignForm {
    /// Missing fields read as their defaults: browsers leave out empty selects and unchecked boxes.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init()
        teacher = try container.decodeIfPresent(String.self, forKey: .teacher) ?? ""
        discipline = try container.decodeIfPresent(String.self, forKey: .discipline) ?? ""
    }
}
