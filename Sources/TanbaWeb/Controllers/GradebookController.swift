import Fluent
import Vapor
import TanbaCore
import TanbaPersistence

/// The teacher's gradebook: points by hand, CSV import with a dry run, CSV export.
struct GradebookController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.gradebook(intakeID: ":id").pattern, use: show)
        routes.post(SiteRoute.gradebook(intakeID: ":id").pattern, use: record)
        routes.post(SiteRoute.gradebookRepeat(intakeID: ":id").pattern, use: repeatDiscipline)
        routes.on(.POST, SiteRoute.gradebookImport(intakeID: ":id").pattern, body: .collect(maxSize: "1gb"), use: importCSV)
            .bodyLimit(.uploads(files: 1))
        routes.get(SiteRoute.gradebookCSV(intakeID: ":id").pattern, use: exportCSV)
    }

    /// Gradebook page body.
    struct Body: Encodable {
        let intake: IntakeView
        let disciplines: [DisciplineColumn]
        let rows: [LearnerRow]
        let canGradeAny: Bool
        let recordLink: String
        let repeatLink: String
        let importLink: String
        let exportLink: String
        let kinds: [SelectOption]
        let error: String?
        let importReport: ImportView?
    }

    /// A discipline of the program.
    struct DisciplineColumn: Encodable {
        let number: Int
        let name: String
        let credits: String
        let mine: Bool
    }

    /// One learner with a line per discipline.
    struct LearnerRow: Encodable {
        let id: String
        let name: String
        let login: String
        let lines: [Cell]
    }

    /// One learner's discipline, with the form to record the next mark where allowed.
    struct Cell: Encodable {
        let line: LearningRecordView.Line
        let canGrade: Bool
        let mustRepeat: Bool
    }


    /// The outcome of an import, for the page.
    struct ImportView: Encodable {
        let dryRun: Bool
        let applied: Bool
        let count: Int
        let problems: [String]
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        try await render(request, error: nil, report: nil, status: .ok)
    }

    private func render(_ request: Request, error: String?, report: ImportView?, status: HTTPStatus) async throws -> Response {
        let actor = try request.requireActor(.teacher, .registrar, .administrator)
        let intakeID = try request.uuidParameter("id")
        let store = GradebookStore(database: request.db)
        let mine = try await store.gradedDisciplines(by: actor, intakeID: intakeID)
        if actor.role == .teacher, mine.isEmpty { throw Abort(.forbidden, reason: request.t("error.forbidden")) }
        let sheet: GradebookStore.Sheet
        do { sheet = try await store.sheet(for: intakeID) } catch { throw Abort(.notFound, reason: request.t("error.http.404")) }
        let rules = try await store.rules()
        let body = Body(
            intake: IntakeView(sheet.intake, content: sheet.content, request: request),
            disciplines: sheet.content.disciplines.enumerated().map {
                DisciplineColumn(number: $0.offset + 1, name: $0.element.name, credits: "\($0.element.credits)",
                                 mine: mine.contains($0.offset + 1))
            },
            rows: sheet.rows.map { row in
                LearnerRow(id: row.learner.id?.uuidString ?? "", name: row.learner.fullName, login: row.learner.login,
                           lines: row.cells.map { cell in
                               Cell(line: LearningRecordView.line(cell, name: sheet.content.disciplines[cell.discipline - 1].name,
                                                                  request: request),
                                    canGrade: mine.contains(cell.discipline), mustRepeat: rules.mustRepeat(cell.attempt))
                           })
            },
            canGradeAny: !mine.isEmpty,
            recordLink: SiteRoute.gradebook(intakeID: intakeID.uuidString).path,
            repeatLink: SiteRoute.gradebookRepeat(intakeID: intakeID.uuidString).path,
            importLink: SiteRoute.gradebookImport(intakeID: intakeID.uuidString).path,
            exportLink: SiteRoute.gradebookCSV(intakeID: intakeID.uuidString).path,
            kinds: AssessmentKind.allCases.map { SelectOption(value: $0.rawValue, label: request.t("assessment.\($0.rawValue)")) },
            error: error, importReport: report)
        return try await request.page("gradebook", title: request.t("gradebook.title") + " — " + sheet.intake.title,
                                      body: body, status: status)
    }

    /// One mark as posted.
    struct MarkForm: Content {
        var learner: String = ""
        var discipline: String = ""
        var kind: String = ""
        var points: String = ""
    }

    @Sendable func record(_ request: Request) async throws -> Response {
        let actor = try request.requireActor(.teacher)
        let intakeID = try request.uuidParameter("id")
        let form = try request.content.decode(MarkForm.self)
        guard let learnerID = UUID(uuidString: form.learner), let discipline = Int(form.discipline),
              let kind = AssessmentKind(rawValue: form.kind) else {
            return try await render(request, error: request.t("grading.form_invalid"), report: nil, status: .unprocessableEntity)
        }
        guard let points = Int(form.points.trimmingCharacters(in: .whitespaces)) else {
            return try await render(request, error: request.t("grading.points_out_of_range"), report: nil,
                                    status: .unprocessableEntity)
        }
        do {
            try await GradebookStore(database: request.db, clock: try request.services().clock).record(
                [.init(learnerID: learnerID, discipline: discipline, kind: kind, points: points)],
                in: intakeID, by: actor, source: "page")
        } catch let error as LearningStoreError {
            if case .forbidden = error { throw Abort(.forbidden, reason: request.t("error.forbidden")) }
            return try await render(request, error: request.message(for: error), report: nil, status: request.status(for: error))
        }
        return request.redirect(to: SiteRoute.gradebook(intakeID: intakeID.uuidString).path, notice: .recorded)
    }

    @Sendable func repeatDiscipline(_ request: Request) async throws -> Response {
        let actor = try request.requireActor(.teacher)
        let intakeID = try request.uuidParameter("id")
        let form = try request.content.decode(MarkForm.self)
        guard let learnerID = UUID(uuidString: form.learner), let discipline = Int(form.discipline) else {
            return try await render(request, error: request.t("grading.form_invalid"), report: nil, status: .unprocessableEntity)
        }
        do {
            try await GradebookStore(database: request.db, clock: try request.services().clock)
                .repeatDiscipline(discipline, of: learnerID, in: intakeID, by: actor)
        } catch let error as LearningStoreError {
            if case .forbidden = error { throw Abort(.forbidden, reason: request.t("error.forbidden")) }
            return try await render(request, error: request.message(for: error), report: nil, status: request.status(for: error))
        }
        return request.redirect(to: SiteRoute.gradebook(intakeID: intakeID.uuidString).path, notice: .recorded)
    }

    /// The import form as posted.
    struct ImportForm: Content {
        var file: File?
        var dryRun: String?
    }

    @Sendable func importCSV(_ request: Request) async throws -> Response {
        let actor = try request.requireActor(.teacher)
        let intakeID = try request.uuidParameter("id")
        let form = try request.content.decode(ImportForm.self)
        guard let file = form.file, file.data.readableBytes > 0 else {
            return try await render(request, error: request.t("import.empty"), report: nil, status: .unprocessableEntity)
        }
        let report = try await GradebookStore(database: request.db, clock: try request.services().clock).importCSV(
            Data(file.data.readableBytesView), into: intakeID, by: actor, dryRun: form.dryRun != nil)
        let view = ImportView(dryRun: report.dryRun, applied: report.applied, count: report.marks.count,
                              problems: report.problems.map { problem in
                                  request.t("import.line", ["line": "\(problem.line)"]) + " " + request.t(problem.key, problem.arguments)
                              })
        return try await render(request, error: nil, report: view, status: report.problems.isEmpty ? .ok : .unprocessableEntity)
    }

    @Sendable func exportCSV(_ request: Request) async throws -> Response {
        let actor = try request.requireActor(.teacher, .registrar, .administrator)
        let intakeID = try request.uuidParameter("id")
        if actor.role == .teacher,
           try await GradebookStore(database: request.db).gradedDisciplines(by: actor, intakeID: intakeID).isEmpty {
            throw Abort(.forbidden, reason: request.t("error.forbidden"))
        }
        let data = try await GradebookStore(database: request.db).exportCSV(intakeID)
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"gradebook.csv\"")
        return response
    }
}

extension GradebookController.MarkForm {
    /// Missing fields read as their defaults: browsers leave out empty selects and unchecked boxes.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init()
        learner = try container.decodeIfPresent(String.self, forKey: .learner) ?? ""
        discipline = try container.decodeIfPresent(String.self, forKey: .discipline) ?? ""
        kind = try container.decodeIfPresent(String.self, forKey: .kind) ?? ""
        points = try container.decodeIfPresent(String.self, forKey: .points) ?? ""
    }
}
