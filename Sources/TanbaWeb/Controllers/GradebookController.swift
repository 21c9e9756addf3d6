import Fluent
import Vapor
import TanbaCore
import TanbaPersistence

/// The teacher's gradebook: points by hand, CSV import with a dry run, CSV export.
struct GradebookController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.gradebook(intakeID: RouteParameter.id).pattern, use: show)
        routes.post(SiteRoute.gradebook(intakeID: RouteParameter.id).pattern, use: save)
        routes.post(SiteRoute.gradebookRepeat(intakeID: RouteParameter.id).pattern, use: repeatDiscipline)
        routes.on(.POST, SiteRoute.gradebookImport(intakeID: RouteParameter.id).pattern, body: .collect(maxSize: "1gb"), use: importCSV)
            .bodyLimit(.uploads(files: 1))
        routes.get(SiteRoute.gradebookCSV(intakeID: RouteParameter.id).pattern, use: exportCSV)
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        try await render(request, status: .ok)
    }

    private func render(_ request: Request, posted: GradebookPage.Posted = .init(), error: String? = nil,
                        report: GradebookPage.ImportView? = nil, status: HTTPStatus) async throws -> Response {
        let actor = try request.requireActor(.viewGradebook)
        let intakeID = try request.parameter(.id)
        let store = GradebookStore(database: request.db, clock: try request.clock())
        let mine = try await store.gradedDisciplines(by: actor, intakeID: intakeID)
        if IntakeScope.of(actor.role) == .taught, mine.isEmpty { throw Abort(.forbidden, reason: request.t("error.forbidden")) }
        let sheet: GradebookStore.Sheet
        do { sheet = try await store.sheet(for: intakeID) } catch { throw Abort(.notFound, reason: request.t("error.http.404")) }
        let body = try GradebookPage(sheet: sheet, mine: mine, rules: try await store.rules(), posted: posted, error: error,
                                 importReport: report, today: try request.today(), request: request)
        return try await request.page("gradebook", title: request.t("gradebook.title") + " — " + sheet.intake.title,
                                      body: body, status: status)
    }

    /// Saves the whole sheet: every component of every learner the teacher grades, at once.
    @Sendable func save(_ request: Request) async throws -> Response {
        let actor = try request.requireActor(.recordGrades)
        let intakeID = try request.parameter(.id)
        let fields = try request.content.decode([String: String].self)
        guard let form = GradebookSheetForm(fields) else {
            return try await render(request, error: request.t("grading.form_invalid"), status: .unprocessableEntity)
        }
        let problems: [GradebookStore.CellProblem]
        do {
            problems = form.unreadable.isEmpty
                ? try await GradebookStore(database: request.db, clock: try request.services().clock)
                    .save(form.edits, in: intakeID, by: actor).problems
                : form.unreadable
        } catch let error as LearningStoreError {
            if case .forbidden = error { throw Abort(.forbidden, reason: request.t("error.forbidden")) }
            return try await render(request, posted: .init(values: fields), error: request.message(for: error),
                                    status: request.status(for: error))
        }
        guard problems.isEmpty else {
            return try await render(request, posted: .init(values: fields, problems: problems), status: .unprocessableEntity)
        }
        return request.redirect(to: SiteRoute.gradebook(intakeID: intakeID).path, notice: .saved)
    }

    /// Which learner's discipline to repeat, as the sheet's repeat button sends it.
    struct RepeatForm: Content {
        var `repeat`: String
    }

    @Sendable func repeatDiscipline(_ request: Request) async throws -> Response {
        let actor = try request.requireActor(.recordGrades)
        let intakeID = try request.parameter(.id)
        guard let form = try? request.content.decode(RepeatForm.self),
              let (learnerID, discipline) = GradebookSheetForm.parse(key: Substring(form.repeat)) else {
            return try await render(request, error: request.t("grading.form_invalid"), status: .unprocessableEntity)
        }
        do {
            try await GradebookStore(database: request.db, clock: try request.services().clock)
                .repeatDiscipline(discipline, of: learnerID, in: intakeID, by: actor)
        } catch let error as LearningStoreError {
            if case .forbidden = error { throw Abort(.forbidden, reason: request.t("error.forbidden")) }
            return try await render(request, error: request.message(for: error), status: request.status(for: error))
        }
        return request.redirect(to: SiteRoute.gradebook(intakeID: intakeID).path, notice: .recorded)
    }

    /// The import form as posted.
    struct ImportForm: Content {
        var file: File?
        var dryRun: String?
    }

    @Sendable func importCSV(_ request: Request) async throws -> Response {
        let actor = try request.requireActor(.recordGrades)
        let intakeID = try request.parameter(.id)
        let form = try request.content.decode(ImportForm.self)
        guard let file = form.file, file.data.readableBytes > 0 else {
            return try await render(request, error: request.t("import.empty"), status: .unprocessableEntity)
        }
        let report = try await GradebookStore(database: request.db, clock: try request.services().clock).importCSV(
            Data(file.data.readableBytesView), into: intakeID, by: actor, dryRun: form.dryRun != nil)
        let view = GradebookPage.ImportView(dryRun: report.dryRun, applied: report.applied, count: report.marks.count,
                              problems: report.problems.map { problem in
                                  request.t("import.line", ["line": "\(problem.line)"]) + " " + request.t(problem.key, problem.arguments)
                              })
        return try await render(request, report: view, status: report.problems.isEmpty ? .ok : .unprocessableEntity)
    }

    @Sendable func exportCSV(_ request: Request) async throws -> Response {
        let actor = try request.requireActor(.viewGradebook)
        let intakeID = try request.parameter(.id)
        if IntakeScope.of(actor.role) == .taught,
           try await GradebookStore(database: request.db, clock: try request.clock()).gradedDisciplines(by: actor, intakeID: intakeID).isEmpty {
            throw Abort(.forbidden, reason: request.t("error.forbidden"))
        }
        let data = try await GradebookStore(database: request.db, clock: try request.clock()).exportCSV(intakeID)
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"gradebook.csv\"")
        return response
    }
}
