import Fluent
import Vapor
import TanbaCore
import TanbaPersistence

/// Staff pages: drafting programs, reviewing them and recording decisions.
struct WorkspaceController: RouteCollection {
    let clock: Clock

    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.workspace.pattern, use: index)
        routes.get(SiteRoute.newProgram.pattern, use: newProgram)
        routes.post(SiteRoute.createProgram.pattern, use: createProgram)
        routes.get(SiteRoute.edition(RouteParameter.id).pattern, use: showEdition)
        routes.get(SiteRoute.editEdition(RouteParameter.id).pattern, use: editEdition)
        routes.post(SiteRoute.edition(RouteParameter.id).pattern, use: updateEdition)
        routes.post(SiteRoute.editionAction(RouteParameter.id).pattern, use: act)
        routes.post(SiteRoute.newEdition(programID: RouteParameter.id).pattern, use: newEdition)
        routes.get(SiteRoute.editionRegistryApplication(RouteParameter.id).pattern, use: registryApplication)
    }

    // MARK: - Workspace list

    /// Workspace page body.
    struct IndexBody: Encodable {
        let canCreate: Bool
        let newProgramLink: String
        let editions: [Row]
        /// «Мониторинг программ: просрочен — 1, в ближайшие 60 дней — 2»; nil when none is due.
        let monitoringSummary: String?
        let monitoring: [MonitoringNotice]
        let reportsLink: String?
    }

    /// A program whose monitoring is due or overdue, on the workspace.
    struct MonitoringNotice: Encodable {
        let program: String
        let standing: String
        let href: String
    }

    /// One edition in the workspace.
    struct Row: Encodable {
        let title: String
        let code: String
        let edition: Int
        let status: String
        let statusCode: String
        let credits: String
        let updated: String
        let href: String
    }

    @Sendable func index(_ request: Request) async throws -> Response {
        let actor = try request.requireActor()
        let editions = try await store(request).workspace(for: actor)
        let rows = try editions.map { edition in
            Row(title: edition.title, code: edition.program.code ?? "", edition: edition.number,
                status: ProgramView.statusLabel(try edition.editionStatus, request: request), statusCode: edition.status,
                credits: "\(Credits(hundredths: edition.creditsHundredths))",
                updated: DisplayDate.dayTime(edition.updatedAt), href: SiteRoute.edition(try edition.requireID()).path)
        }
        // The department and the councils hear of a coming monitoring 60 days ahead (004 §8.2).
        var monitoring: [MonitoringNotice] = []
        var monitoringSummary: String?
        if actor.role.may(.developPrograms) || actor.role.may(.viewReports) {
            let due = try await MonitoringDue.load(today: CalendarDay(clock.now()), on: request.db)
            if !due.lines.isEmpty {
                monitoringSummary = request.t("monitoring.notice", ["overdue": "\(due.overdue.count)", "due": "\(due.lines.count - due.overdue.count)"])
                monitoring = due.lines.map { line in
                    let standing = switch line.standing {
                    case .overdue(let days): request.t("monitoring.overdue", ["days": "\(days)"])
                    case .due(let days): request.t("monitoring.due", ["days": "\(days)"])
                    case .current: ""
                    }
                    return MonitoringNotice(program: "\(line.code) \(line.title)", standing: standing + " (\(line.validUntil.dotted))",
                                            href: SiteRoute.monitoring(code: line.code).path)
                }
            }
        }
        return try await request.page("workspace", title: request.t("workspace.title"), body: IndexBody(
            canCreate: actor.role.may(.developPrograms), newProgramLink: SiteRoute.newProgram.path, editions: rows,
            monitoringSummary: monitoringSummary, monitoring: monitoring,
            reportsLink: actor.role.may(.viewReports) ? SiteRoute.reports.path + "#monitoring" : nil))
    }

    // MARK: - Program form

    /// Program form page body.
    struct FormBody: Encodable {
        let action: String
        let isNew: Bool
        let form: ProgramForm
        let outcomeRows: [IndexedRow<ProgramForm.OutcomeRow>]
        let authorRows: [IndexedRow<ProgramForm.AuthorRow>]
        let disciplineRows: [IndexedRow<ProgramForm.DisciplineRow>]
        let programTypes: [SelectOption]
        let languages: [SelectOption]
        let studyForms: [SelectOption]
        let issues: [IssueView]
        let hoursPerCredit: String
        let cancelLink: String
    }

    /// A form row with its position, for field names like `outcomes[2][code]`.
    struct IndexedRow<Row: Encodable>: Encodable {
        let index: Int
        let number: Int
        let row: Row
    }


    @Sendable func newProgram(_ request: Request) async throws -> Response {
        _ = try request.requireActor(.developPrograms)
        return try await renderForm(request, form: ProgramForm(), editionID: nil, issues: [], status: .ok)
    }

    @Sendable func createProgram(_ request: Request) async throws -> Response {
        let actor = try request.requireActor(.developPrograms)
        let form = try request.content.decode(ProgramForm.self)
        let (content, parseIssues) = form.content()
        if !parseIssues.filter(\.blocksSaving).isEmpty {
            return try await renderForm(request, form: form, editionID: nil, issues: parseIssues, status: .unprocessableEntity)
        }
        do {
            let edition = try await store(request).createDraft(content, by: actor)
            return request.redirect(to: SiteRoute.edition(try edition.requireID()).path, redirectType: .normal)
        } catch ProgramStoreError.malformed(let issues) {
            return try await renderForm(request, form: form, editionID: nil, issues: issues, status: .unprocessableEntity)
        }
    }

    @Sendable func editEdition(_ request: Request) async throws -> Response {
        _ = try request.requireActor(.developPrograms)
        let edition = try await findEdition(request)
        guard try edition.editionStatus.isEditable else { throw Abort(.conflict, reason: request.t("error.not_editable")) }
        let content = try edition.decodedContent()
        return try await renderForm(request, form: ProgramForm(content: content), editionID: edition.id, issues: [], status: .ok)
    }

    @Sendable func updateEdition(_ request: Request) async throws -> Response {
        let actor = try request.requireActor(.developPrograms)
        let edition = try await findEdition(request)
        let form = try request.content.decode(ProgramForm.self)
        let (content, parseIssues) = form.content()
        if !parseIssues.filter(\.blocksSaving).isEmpty {
            return try await renderForm(request, form: form, editionID: edition.id, issues: parseIssues, status: .unprocessableEntity)
        }
        do {
            _ = try await store(request).updateDraft(try edition.requireID(), with: content, by: actor)
        } catch ProgramStoreError.malformed(let issues) {
            return try await renderForm(request, form: form, editionID: edition.id, issues: issues, status: .unprocessableEntity)
        } catch ProgramStoreError.notEditable {
            throw Abort(.conflict, reason: request.t("error.not_editable"))
        }
        return request.redirect(to: SiteRoute.edition(try edition.requireID()).path, notice: .saved)
    }

    private func renderForm(_ request: Request, form: ProgramForm, editionID: UUID?, issues: [ValidationIssue],
                            status: HTTPStatus) async throws -> Response {
        let policy = try await SettingsStore.policy(on: request.db)
        let chosenLanguages = Set(form.languages ?? [LanguageCode.russian.rawValue])
        let body = FormBody(
            action: editionID.map { SiteRoute.edition($0).path } ?? SiteRoute.createProgram.path,
            isNew: editionID == nil,
            form: form,
            outcomeRows: form.outcomeRowsForEditing().enumerated().map { IndexedRow(index: $0.offset, number: $0.offset + 1, row: $0.element) },
            authorRows: form.authorRowsForEditing().enumerated().map { IndexedRow(index: $0.offset, number: $0.offset + 1, row: $0.element) },
            disciplineRows: form.disciplineRowsForEditing().enumerated().map { IndexedRow(index: $0.offset, number: $0.offset + 1, row: $0.element) },
            programTypes: policy.programTypes.map {
                SelectOption(value: $0.code, label: request.t("program_type.\($0.code)") + " (\($0.credits))",
                       selected: $0.code == form.programType)
            },
            languages: LanguageCode.allCases.map {
                SelectOption(value: $0.rawValue, label: request.t("language.\($0.rawValue)"), selected: chosenLanguages.contains($0.rawValue))
            },
            studyForms: StudyForm.allCases.map {
                SelectOption(value: $0.rawValue, label: request.t("study_form.\($0.rawValue)"), selected: $0.rawValue == form.studyForm)
            },
            issues: issues.map { IssueView($0, request: request) },
            hoursPerCredit: policy.hoursPerCredit.lowerBound == policy.hoursPerCredit.upperBound
                ? "\(policy.hoursPerCredit.lowerBound)" : "\(policy.hoursPerCredit.lowerBound)–\(policy.hoursPerCredit.upperBound)",
            cancelLink: editionID.map { SiteRoute.edition($0).path } ?? SiteRoute.workspace.path
        )
        let title = editionID == nil ? request.t("program.form.new_title") : request.t("program.form.edit_title")
        return try await request.page("program-form", title: title, body: body, status: status)
    }

    // MARK: - Edition page and decisions

    @Sendable func showEdition(_ request: Request) async throws -> Response {
        _ = try request.requireActor()
        return try await renderEdition(request, edition: try await findEdition(request), error: nil, errorIssues: [], status: .ok)
    }

    /// The registry application (004 App. Д) of an edition, filed before it is registered.
    @Sendable func registryApplication(_ request: Request) async throws -> Response {
        let actor = try request.requireActor()
        guard actor.role.isStaff else { throw Abort(.forbidden, reason: request.t("error.forbidden")) }
        let overview = try await EditionOverview.load(try await findEdition(request).requireID(), on: request.db, clock: clock)
        let view = try ProgramView(request: request, program: overview.program, edition: overview.edition, content: overview.content,
                                   history: overview.history)
        return try await request.page("registry-application", title: request.t("application.title"), body: RegistryApplicationPage(
            program: view, content: overview.content, institution: try await SettingsStore.institution(on: request.db),
            registered: overview.status == .registered, request: request))
    }

    /// The decision form as posted.
    struct ActionForm: Content {
        var action: String?
        var conclusion: String?
        var documentNumber: String?
        /// The day the council met, `yyyy-MM-dd`.
        var meetingDate: String?
        /// "yes" when the box confirming a withdrawal is ticked.
        var confirmWithdraw: String?
    }

    @Sendable func act(_ request: Request) async throws -> Response {
        let actor = try request.requireActor()
        let edition = try await findEdition(request)
        let form = try request.content.decode(ActionForm.self)
        guard let action = WorkflowAction(formValue: form.action ?? "") else {
            throw Abort(.badRequest, reason: request.t("error.unknown_action"))
        }
        if action == .withdraw, form.confirmWithdraw != "yes" {
            return try await renderEdition(request, edition: edition, error: request.t("edition.error.confirm_withdraw"),
                                           errorIssues: [], status: .unprocessableEntity)
        }
        let record = ApprovalWorkflow.Record(conclusion: String((form.conclusion ?? "").prefix(ProgramValidator.maxLongText)),
                                             documentNumber: String((form.documentNumber ?? "").prefix(100)),
                                             meetingDate: String((form.meetingDate ?? "").prefix(10)))
        do {
            try await store(request).perform(action, on: try edition.requireID(), by: actor, record: record)
        } catch ProgramStoreError.workflow(let error) {
            switch error {
            case .roleNotAllowed:
                throw Abort(.forbidden, reason: request.t("error.forbidden"))
            case .illegalTransition:
                throw Abort(.conflict, reason: request.t("error.illegal_transition"))
            case .conclusionRequired:
                return try await renderEdition(request, edition: edition, error: request.t("error.conclusion_required"),
                                               errorIssues: [], status: .unprocessableEntity)
            case .documentNumberRequired:
                return try await renderEdition(request, edition: edition, error: request.t("error.document_number_required"),
                                               errorIssues: [], status: .unprocessableEntity)
            case .meetingDateRequired, .meetingDateInvalid:
                return try await renderEdition(request, edition: edition, error: request.t("error.meeting_date_required"),
                                               errorIssues: [], status: .unprocessableEntity)
            case .programInvalid(let issues):
                return try await renderEdition(request, edition: edition, error: request.t("error.program_invalid"),
                                               errorIssues: issues.map { IssueView($0, request: request) },
                                               status: .unprocessableEntity)
            }
        } catch ProgramStoreError.forbidden {
            throw Abort(.forbidden, reason: request.t("error.forbidden"))
        } catch ProgramStoreError.meetingDateInFuture(let today) {
            return try await renderEdition(request, edition: edition,
                                           error: request.t("error.meeting_date_future", ["today": AlmatyDate.dotted(iso: today)]),
                                           errorIssues: [], status: .unprocessableEntity)
        }
        return request.redirect(to: SiteRoute.edition(try edition.requireID()).path, notice: .recorded)
    }

    @Sendable func newEdition(_ request: Request) async throws -> Response {
        let actor = try request.requireActor(.developPrograms)
        guard let programID = try? request.parameter(.id) else {
            throw Abort(.notFound, reason: request.t("error.program_not_found"))
        }
        do {
            let edition = try await store(request).startNewEdition(of: programID, by: actor)
            return request.redirect(to: SiteRoute.editEdition(try edition.requireID()).path, redirectType: .normal)
        } catch ProgramStoreError.programNotFound {
            throw Abort(.notFound, reason: request.t("error.program_not_found"))
        } catch ProgramStoreError.openEditionExists {
            throw Abort(.conflict, reason: request.t("error.open_edition_exists"))
        } catch ProgramStoreError.notRegistered {
            throw Abort(.conflict, reason: request.t("error.not_registered"))
        }
    }

    private func renderEdition(_ request: Request, edition: ProgramEditionModel, error: String?,
                               errorIssues: [IssueView], status httpStatus: HTTPStatus) async throws -> Response {
        let actor = try request.requireActor()
        let overview = try await EditionOverview.load(try edition.requireID(), on: request.db, clock: clock)
        let body = try EditionPage(overview, for: actor, error: error, errorIssues: errorIssues, request: request)
        return try await request.page("edition", title: overview.content.title, body: body, status: httpStatus)
    }

    private func findEdition(_ request: Request) async throws -> ProgramEditionModel {
        guard let id = try? request.parameter(.id) else {
            throw Abort(.notFound, reason: request.t("error.edition_not_found"))
        }
        do {
            return try await store(request).edition(id)
        } catch ProgramStoreError.editionNotFound {
            throw Abort(.notFound, reason: request.t("error.edition_not_found"))
        }
    }

    private func store(_ request: Request) -> ProgramStore {
        ProgramStore(database: request.db, clock: clock)
    }
}

/// A validation issue as a sentence in the user's language.
struct IssueView: Encodable {
    let field: String
    let message: String

    init(_ issue: ValidationIssue, request: Request) {
        field = issue.field
        var arguments = issue.arguments
        if let type = arguments["type"] { arguments["type"] = request.t("program_type.\(type)") }
        if let kind = arguments["kind"] { arguments["kind"] = request.t("hours.\(kind)") }
        arguments["field"] = Self.fieldLabel(issue.field, request: request)
        message = request.t(issue.key, arguments)
    }
}

extension IssueView {
    /// "disciplines[1].credits" → "Дисциплина 2: кредиты".
    static func fieldLabel(_ path: String, request: Request) -> String {
        var key = ""
        var number: Int?
        var scanner = path[...]
        while let open = scanner.firstIndex(of: "[") {
            key += scanner[..<open]
            guard let close = scanner[open...].firstIndex(of: "]") else { break }
            number = Int(scanner[scanner.index(after: open)..<close]).map { $0 + 1 }
            scanner = scanner[scanner.index(after: close)...]
        }
        key += scanner
        let label = request.t("field.\(key)")
        guard let number else { return label }
        let parts = key.split(separator: ".")
        let owner = request.t("field.\(parts.first ?? "")")
        return parts.count > 1 ? "\(owner) \(number): \(label)" : "\(owner) \(number)"
    }
}

extension WorkflowAction {
    /// The value a form button sends.
    var formValue: String {
        switch self {
        case .submit: "submit"
        case .approve: "approve"
        case .returnForRevision: "return"
        case .suspend: "suspend"
        case .reinstate: "reinstate"
        case .withdraw: "withdraw"
        }
    }

    init?(formValue: String) {
        guard let action = [WorkflowAction.submit, .approve, .returnForRevision, .suspend, .reinstate, .withdraw]
            .first(where: { $0.formValue == formValue }) else { return nil }
        self = action
    }
}
