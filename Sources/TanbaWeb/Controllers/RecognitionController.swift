import Fluent
import Vapor
import TanbaCore
import TanbaDocuments
import TanbaPersistence

/// Recognition cases: a learner files an application online, the registrar files one on a
/// learner's behalf, follows every case on the commission's page and refers it to the experts.
struct RecognitionController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.meRecognition.pattern, use: learnerForm)
        routes.on(.POST, SiteRoute.meRecognition.pattern, body: .collect(maxSize: "1gb"), use: learnerFile)
            .bodyLimit(.uploads(files: RecognitionDocumentKind.allCases.count + 1))
        routes.get(SiteRoute.recognitionCases.pattern, use: cases)
        routes.get(SiteRoute.recognitionReportCSV.pattern, use: reportCSV)
        routes.get(SiteRoute.recognitionFileOnBehalf.pattern, use: registrarForm)
        routes.on(.POST, SiteRoute.recognitionFileOnBehalf.pattern, body: .collect(maxSize: "1gb"), use: registrarFile)
            .bodyLimit(.uploads(files: RecognitionDocumentKind.allCases.count + 1))
        routes.get(SiteRoute.recognitionCase(RouteParameter.id).pattern, use: show)
        routes.post(SiteRoute.recognitionCase(RouteParameter.id).pattern, use: act)
        routes.get(SiteRoute.recognitionDocument(RouteParameter.id).pattern, use: document)
        routes.get(SiteRoute.recognitionProtocolPDF(RouteParameter.id).pattern, use: protocolPDF)
        routes.get(SiteRoute.recognitionExtractPDF(RouteParameter.id).pattern, use: extractPDF)
        routes.get(SiteRoute.recognitionExemptionOrderPDF(RouteParameter.id).pattern, use: exemptionOrderPDF)
        routes.get(SiteRoute.recognitionRecordPDF(learnerID: RouteParameter.id).pattern, use: recordPDF)
    }

    /// The application form as posted; files are read apart.
    struct ApplicationForm: Content {
        var learner = ""
        var purpose = ""
        var period = ""
        var disciplines: [String]? = nil
        var sourceKind = ""
        var issuer = ""
        var country = ""
        var title = ""
        var hours = ""
        var credits = ""
        var gradeKind = ""
        var gradeValue = ""
        var completedOn = ""
        var application: File? = nil
        var identityDocument: File? = nil
        var certificate: File? = nil
        var transcript: File? = nil
        var syllabus: File? = nil
        var credential: File? = nil

        init() {}

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            func text(_ key: CodingKeys) throws -> String { try container.decodeIfPresent(String.self, forKey: key) ?? "" }
            learner = try text(.learner)
            purpose = try text(.purpose)
            period = try text(.period)
            disciplines = try container.decodeIfPresent([String].self, forKey: .disciplines)
            sourceKind = try text(.sourceKind)
            issuer = try text(.issuer)
            country = try text(.country)
            title = try text(.title)
            hours = try text(.hours)
            credits = try text(.credits)
            gradeKind = try text(.gradeKind)
            gradeValue = try text(.gradeValue)
            completedOn = try text(.completedOn)
            application = try container.decodeIfPresent(File.self, forKey: .application)
            identityDocument = try container.decodeIfPresent(File.self, forKey: .identityDocument)
            certificate = try container.decodeIfPresent(File.self, forKey: .certificate)
            transcript = try container.decodeIfPresent(File.self, forKey: .transcript)
            syllabus = try container.decodeIfPresent(File.self, forKey: .syllabus)
            credential = try container.decodeIfPresent(File.self, forKey: .credential)
        }
    }

    // MARK: - Filing

    @Sendable func learnerForm(_ request: Request) async throws -> Response {
        let learner = try request.requireActor(.applyAndStudy)
        return try await renderForm(request, onBehalf: false, mine: learner.id)
    }

    @Sendable func learnerFile(_ request: Request) async throws -> Response {
        let learner = try request.requireActor(.applyAndStudy)
        return try await file(request, actor: learner, learnerID: learner.id, onBehalf: false)
    }

    @Sendable func registrarForm(_ request: Request) async throws -> Response {
        _ = try request.requireActor(.manageRecognition)
        return try await renderForm(request, onBehalf: true, mine: nil)
    }

    @Sendable func registrarFile(_ request: Request) async throws -> Response {
        let actor = try request.requireActor(.manageRecognition)
        let learnerID = (try? request.content.get(String.self, at: "learner")).flatMap(UUID.init(uuidString:))
        guard let learnerID else {
            return try await renderForm(request, onBehalf: true, mine: nil, posted: try request.content.decode(ApplicationForm.self),
                                        errors: [request.t("validation.required", ["field": request.t("recognition.field.learner")])],
                                        status: .unprocessableEntity)
        }
        return try await file(request, actor: actor, learnerID: learnerID, onBehalf: true)
    }

    private func file(_ request: Request, actor: ActingUser, learnerID: UUID, onBehalf: Bool) async throws -> Response {
        let form = try request.content.decode(ApplicationForm.self)
        let refused = { (errors: [String]) in
            try await renderForm(request, onBehalf: onBehalf, mine: onBehalf ? nil : actor.id, posted: form, errors: errors,
                                 status: .unprocessableEntity)
        }
        let read = RecognitionApplicationForm.read(form, request: request)
        guard let filing = read.filing(learnerID: learnerID) else { return try await refused(read.errors) }
        do {
            let model = try await request.recognitionCases().file(filing, by: actor)
            let target = onBehalf ? SiteRoute.recognitionCase(try model.requireID()).path : SiteRoute.meRecognition.path
            return request.redirect(to: target, notice: .created)
        } catch let error as RecognitionCaseError {
            return try await renderForm(request, onBehalf: onBehalf, mine: onBehalf ? nil : actor.id, posted: form,
                                        errors: request.messages(for: error), status: request.status(for: error))
        }
    }

    private func renderForm(_ request: Request, onBehalf: Bool, mine learnerID: UUID?, posted: ApplicationForm? = nil,
                            errors: [String] = [], status: HTTPStatus = .ok) async throws -> Response {
        let catalogue = RecognitionCatalogueStore(database: request.db, clock: try request.clock())
        let learners = onBehalf ? try await UserModel.learners(on: request.db) : []
        let mine = try await learnerID.asyncMap { try await RecognitionCaseList.load(learner: $0, on: request.db) }
        let page = try RecognitionApplicationForm(
            programs: try await catalogue.targets(), periods: try await catalogue.periods(), learners: learners, onBehalf: onBehalf,
            mine: mine, posted: posted, errors: errors, maxMegabytes: try request.services().config.uploadMaxBytes / 1024 / 1024,
            today: CalendarDay(try request.clock().now()), request: request)
        return try await request.page("recognition-apply", title: request.t("recognition.apply.title"), body: page, status: status)
    }

    // MARK: - The commission's page and a case

    @Sendable func cases(_ request: Request) async throws -> Response {
        _ = try request.requireActor(.manageRecognition)
        let list = try await RecognitionCaseList.load(on: request.db)
        let page = try RecognitionCasesPage(list, today: CalendarDay(try request.clock().now()), request: request)
        return try await request.page("recognition-cases", title: request.t("recognition.cases.title"), body: page)
    }

    @Sendable func reportCSV(_ request: Request) async throws -> Response {
        _ = try request.requireActor(.manageRecognition)
        let data = try RecognitionCasesPage.csv(try await RecognitionCaseList.load(on: request.db), request: request)
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"recognition-report.csv\"")
        return response
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        _ = try request.requireActor(.manageRecognition)
        return try await renderCase(request, id: try request.parameter(.id))
    }

    /// The commission's meeting as posted: each voting member's `votes[<user id>]` is `award`,
    /// `refuse`, or empty for a member who was absent.
    struct DecisionForm: Content {
        var protocolNumber: String?
        var meetingDate: String?
        var votes: [String: String]?
        var reasons: String?
    }

    /// An equivalency rule as posted: conditions a later credential must meet.
    struct RuleForm: Content {
        var minimumPercent: String?
        var maximumAgeMonths: String?
        var validUntil: String?
    }

    /// The entry into the learner's record as posted: the dean's order and the contract's price per
    /// credit (empty for a grant-funded place).
    struct EntryForm: Content {
        var orderNumber: String?
        var orderDate: String?
        var pricePerCredit: String?
    }

    @Sendable func act(_ request: Request) async throws -> Response {
        let actor = try request.requireActor(.manageRecognition)
        let id = try request.parameter(.id)
        let action = (try? request.content.get(String.self, at: "action")) ?? ""
        do {
            switch action {
            case "refer": _ = try await request.recognitionCases().refer(id, by: actor)
            case "decide":
                let form = try request.content.decode(DecisionForm.self)
                var votes: [UUID: AttestationVote] = [:]
                for (key, value) in form.votes ?? [:] {
                    guard let member = UUID(uuidString: key), let vote = AttestationVote(rawValue: value) else { continue }
                    votes[member] = vote
                }
                _ = try await RecognitionDecisions(database: request.db, clock: try request.clock()).decide(id, meeting: .init(
                    protocolNumber: form.protocolNumber ?? "", meetingDate: form.meetingDate ?? "", votes: votes, reasons: form.reasons ?? ""),
                    by: actor)
            case "rule":
                let form = try request.content.decode(RuleForm.self)
                let minimum = (form.minimumPercent?.trimmed).flatMap { $0.isEmpty ? nil : Decimal(string: $0.replacingOccurrences(of: ",", with: "."),
                                                                                                     locale: Locale(identifier: "en_US_POSIX")) }
                let months = (form.maximumAgeMonths?.trimmed).flatMap { Int($0) }
                let until = (form.validUntil?.trimmed).flatMap { CalendarDay(iso: $0) }
                _ = try await RecognitionAutomation(database: request.db, clock: try request.clock())
                    .makeRule(from: id, minimumPercent: minimum, maximumAgeMonths: months, validUntil: until, by: actor)
                return request.redirect(to: SiteRoute.recognitionProviders.path, notice: .created)
            case "enter":
                let form = try request.content.decode(EntryForm.self)
                let priceText = form.pricePerCredit?.trimmed ?? ""
                let price = priceText.isEmpty ? nil : Tenge(parsing: priceText)
                guard priceText.isEmpty || price != nil else { throw RecognitionEntryError.entry(.priceInvalid) }
                _ = try await RecognitionEntries(database: request.db, clock: try request.clock())
                    .enter(id, orderNumber: form.orderNumber ?? "", orderDate: form.orderDate ?? "", pricePerCredit: price, by: actor)
            default: throw Abort(.badRequest, reason: request.t("error.bad_filter", ["name": "action", "value": action]))
            }
        } catch let error as RecognitionCaseError {
            return try await renderCase(request, id: id, errors: request.messages(for: error), status: request.status(for: error))
        } catch let error as RecognitionAutomationError {
            return try await renderCase(request, id: id, errors: request.messages(for: error), status: .unprocessableEntity)
        } catch let error as RecognitionEntryError {
            return try await renderCase(request, id: id, errors: request.messages(for: error), status: .unprocessableEntity)
        } catch let error as RecognitionDecisionError {
            return try await renderCase(request, id: id, errors: request.messages(for: error), status: .unprocessableEntity)
        }
        return request.redirect(to: SiteRoute.recognitionCase(id).path, notice: .recorded)
    }

    @Sendable func protocolPDF(_ request: Request) async throws -> Response {
        let documents = try await decidedDocuments(request)
        return Response.pdf(try await PDFRenderer.render(try documents.protocolSpec()), fileName: "recognition-protocol-\(documents.decision.protocolNumber).pdf")
    }

    @Sendable func extractPDF(_ request: Request) async throws -> Response {
        let documents = try await decidedDocuments(request)
        return Response.pdf(try await PDFRenderer.render(documents.extractSpec()), fileName: "recognition-extract-\(documents.file.row.model.number).pdf")
    }

    /// The dean's order, for the registrar and for the learner it concerns.
    @Sendable func exemptionOrderPDF(_ request: Request) async throws -> Response {
        let actor = try request.requireActor()
        let file: RecognitionCaseFile
        do { file = try await RecognitionCaseFile.load(try request.parameter(.id), on: request.db, clock: try request.clock()) }
        catch RecognitionCaseError.notFound { throw Abort(.notFound, reason: request.t("error.http.404")) }
        guard file.row.model.learnerID == actor.id || actor.role.may(.manageRecognition) else {
            throw Abort(.forbidden, reason: request.t("error.forbidden"))
        }
        guard let entry = file.entry, let decision = file.decision else { throw Abort(.notFound, reason: request.t("error.http.404")) }
        let rendering = try await request.protocolRendering()
        let document = ExemptionOrderDocument(file: file, entry: entry, decision: decision, institution: try await SettingsStore.institution(on: request.db),
                                              localizer: rendering.localizer, language: rendering.language)
        return Response.pdf(try await PDFRenderer.render(try document.spec()), fileName: "exemption-order-\(entry.orderNumber).pdf")
    }

    /// The learner's record of transferred credits, for the learner and for the registrar.
    @Sendable func recordPDF(_ request: Request) async throws -> Response {
        let actor = try request.requireActor()
        let learnerID = try request.parameter(.id)
        guard learnerID == actor.id || actor.role.may(.manageRecognition) else { throw Abort(.forbidden, reason: request.t("error.forbidden")) }
        guard let learner = try await UserModel.find(learnerID, on: request.db) else { throw Abort(.notFound, reason: request.t("error.http.404")) }
        let entries = try await RecognitionEntries(database: request.db, clock: try request.clock()).withCases(of: learnerID)
        let rendering = try await request.protocolRendering()
        let document = TransferredCreditsDocument(learnerName: learner.fullName, entries: entries,
                                                  institution: try await SettingsStore.institution(on: request.db),
                                                  localizer: rendering.localizer, language: rendering.language,
                                                  today: CalendarDay(try request.clock().now()))
        return Response.pdf(try await PDFRenderer.render(try document.spec()), fileName: "transferred-credits.pdf")
    }

    private func decidedDocuments(_ request: Request) async throws -> RecognitionDocuments {
        _ = try request.requireActor(.manageRecognition)
        let file: RecognitionCaseFile
        do { file = try await RecognitionCaseFile.load(try request.parameter(.id), on: request.db, clock: try request.clock()) }
        catch RecognitionCaseError.notFound { throw Abort(.notFound, reason: request.t("error.http.404")) }
        guard let decision = file.decision else { throw Abort(.notFound, reason: request.t("error.http.404")) }
        let rendering = try await request.protocolRendering()
        return RecognitionDocuments(file: file, decision: decision, institution: try await SettingsStore.institution(on: request.db),
                                    localizer: rendering.localizer, language: rendering.language)
    }

    private func renderCase(_ request: Request, id: UUID, errors: [String] = [], status: HTTPStatus = .ok) async throws -> Response {
        let file: RecognitionCaseFile
        do { file = try await RecognitionCaseFile.load(id, on: request.db, clock: try request.clock()) } catch RecognitionCaseError.notFound {
            throw Abort(.notFound, reason: request.t("error.http.404"))
        }
        let page = try RecognitionCasePage(file, today: CalendarDay(try request.clock().now()), errors: errors, request: request)
        return try await request.page("recognition-case", title: request.t("recognition.case.title", ["number": file.row.model.number]),
                                      body: page, status: status)
    }

    @Sendable func document(_ request: Request) async throws -> Response {
        let actor = try request.requireActor()
        do {
            let (document, data) = try await request.recognitionCases().download(try request.parameter(.id), by: actor)
            return .uploadedDocument(data, contentType: document.contentType, storedName: document.storedName,
                                     originalName: document.originalName)
        } catch let error as RecognitionCaseError {
            throw Abort(request.status(for: error), reason: request.messages(for: error).first)
        }
    }
}

extension UserModel {
    /// Active learners by name: whom the registrar may file an application for.
    static func learners(on database: any Database) async throws -> [UserModel] {
        try await UserModel.query(on: database).filter(\.$roleRaw == Role.learner.rawValue).filter(\.$isActive == true)
            .sort(\.$fullName).all()
    }
}

extension Request {
    func recognitionCases() throws -> RecognitionCases {
        let services = try services()
        return RecognitionCases(database: db, storage: services.storage, uploadRules: UploadRules(maximumBytes: services.config.uploadMaxBytes),
                                verifier: InstallationVerifier(database: db, issuer: services.issuer, clock: services.clock),
                                clock: services.clock)
    }
}
