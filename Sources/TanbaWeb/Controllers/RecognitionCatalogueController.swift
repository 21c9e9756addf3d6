import Vapor
import TanbaCore
import TanbaPersistence

/// The registrar's catalogue for recognition: the degree programs imported from the student
/// information system, and the academic periods applications are counted against.
struct RecognitionCatalogueController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.recognitionCatalogue.pattern, use: show)
        routes.on(.POST, SiteRoute.recognitionCatalogueImport.pattern, body: .collect(maxSize: "1gb"), use: importCSV)
            .bodyLimit(.uploads(files: 1))
        routes.post(SiteRoute.recognitionPeriods.pattern, use: addPeriod)
    }

    struct ImportForm: Content {
        var file: File?
    }

    /// The period form as posted.
    struct PeriodForm: Content {
        var title: String = ""
        var startsOn: String = ""
        var endsOn: String = ""
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        _ = try request.requireActor(.manageRecognition)
        return try await render(request)
    }

    @Sendable func importCSV(_ request: Request) async throws -> Response {
        let actor = try request.requireActor(.manageRecognition)
        let form = try request.content.decode(ImportForm.self)
        guard let file = form.file, file.data.readableBytes > 0 else {
            return try await render(request, errors: [request.t("import.empty")], status: .unprocessableEntity)
        }
        do {
            let summary = try await store(request).importPrograms(Data(file.data.readableBytesView), by: actor)
            return try await render(request, imported: request.t("catalogue.imported", [
                "programs": "\(summary.programs)", "added": "\(summary.disciplinesAdded)", "updated": "\(summary.disciplinesUpdated)"]))
        } catch let error as RecognitionStoreError {
            return try await render(request, errors: request.messages(for: error), status: request.status(for: error))
        }
    }

    @Sendable func addPeriod(_ request: Request) async throws -> Response {
        let actor = try request.requireActor(.manageRecognition)
        let form = try request.content.decode(PeriodForm.self)
        guard let start = CalendarDay(iso: form.startsOn), let end = CalendarDay(iso: form.endsOn) else {
            return try await render(request, errors: [request.t("calendar.error.day")], period: form, status: .unprocessableEntity)
        }
        do {
            try await store(request).addPeriod(try AcademicPeriod.checked(title: form.title, startsOn: start, endsOn: end), by: actor)
        } catch let problem as AcademicPeriod.Problem {
            let message = switch problem {
            case .titleMissing: request.t("validation.required", ["field": request.t("catalogue.period.title")])
            case .endsBeforeStart: request.t("catalogue.period.ends_before_start")
            }
            return try await render(request, errors: [message], period: form, status: .unprocessableEntity)
        } catch let error as RecognitionStoreError {
            return try await render(request, errors: request.messages(for: error), period: form, status: request.status(for: error))
        }
        return request.redirect(to: SiteRoute.recognitionCatalogue.path, notice: .saved)
    }

    private func store(_ request: Request) throws -> RecognitionCatalogueStore {
        RecognitionCatalogueStore(database: request.db, clock: try request.clock())
    }

    private func render(_ request: Request, errors: [String] = [], imported: String? = nil, period: PeriodForm? = nil,
                        status: HTTPStatus = .ok) async throws -> Response {
        let store = try store(request)
        let page = RecognitionCataloguePage(programs: try await store.programs(), periods: try await store.periods(),
                                            errors: errors, imported: imported, period: period, request: request)
        return try await request.page("recognition-catalogue", title: request.t("catalogue.title"), body: page, status: status)
    }
}

extension Request {
    func messages(for error: RecognitionStoreError) -> [String] {
        switch error {
        case .forbidden: [t("error.forbidden")]
        case .importProblems(let problems):
            problems.map { t("import.line", ["line": "\($0.line)"]) + " " + t($0.key, $0.arguments) }
        case .periodExists(let title): [t("catalogue.period.exists", ["title": title])]
        }
    }

    func status(for error: RecognitionStoreError) -> HTTPStatus {
        switch error {
        case .forbidden: .forbidden
        case .importProblems: .unprocessableEntity
        case .periodExists: .conflict
        }
    }
}
