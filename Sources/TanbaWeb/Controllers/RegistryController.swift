import Fluent
import Vapor
import TanbaCore
import TanbaDocuments
import TanbaPersistence

/// The public registry: search, a page per program, the App. Д application, and the same as JSON.
struct RegistryController: RouteCollection, APIRouteCollection {
    let config: AppConfig

    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.registry.pattern, use: index)
        routes.get(SiteRoute.program(code: RouteParameter.code.placeholder).pattern, use: show)
        routes.get(SiteRoute.registryApplication(code: RouteParameter.code.placeholder).pattern, use: registryApplication)
        routes.get(SiteRoute.programDocument(code: RouteParameter.code.placeholder).pattern, use: programDocument)
    }

    func boot(api: any RoutesBuilder) throws {
        api.get(SiteRoute.apiPrograms.pattern, use: apiIndex)
        api.get(SiteRoute.apiProgram(code: RouteParameter.code.placeholder).pattern, use: apiShow)
    }

    /// Registry page body.
    struct IndexBody: Encodable {
        let filters: RegistryQueryParser.Raw
        /// Each field as stored (the filter's value) with its name in the page's language.
        let fields: [SelectOption]
        let levels: [String]
        let languages: [SelectOption]
        let forms: [SelectOption]
        let programs: [Row]
        let total: Int
        let page: Int
        let pageCount: Int
        let previous: String?
        let next: String?
        let apiLink: String
    }


    /// One registry row.
    struct Row: Encodable {
        let code: String
        let title: String
        let href: String
        let credits: String
        let hours: Int
        let nqfLevel: Int
        let field: String
        let languages: String
        let form: String
        let department: String
        let suspended: Bool
    }

    @Sendable func index(_ request: Request) async throws -> Response {
        let (query, raw) = try RegistryQueryParser.parse(request)
        let store = RegistryStore(database: request.readDB)
        let page = try await store.search(query)
        func link(page number: Int) -> String {
            var components = URLComponents()
            components.path = SiteRoute.registry.path
            let items: [(String, String?)] = [("q", raw.q), ("nqf", raw.nqf), ("field", raw.field), ("language", raw.language),
                                              ("form", raw.form), ("minCredits", raw.minCredits), ("maxCredits", raw.maxCredits)]
            components.queryItems = items.compactMap { name, value in
                guard let value, !value.isEmpty else { return nil }
                return URLQueryItem(name: name, value: value)
            } + [URLQueryItem(name: "page", value: "\(number)")]
            return components.string ?? SiteRoute.registry.path
        }
        let body = IndexBody(
            filters: raw,
            fields: try await store.fields().map {
                SelectOption(value: $0, label: request.fieldOfEducation($0), selected: $0 == raw.field)
            },
            levels: ProgramValidator.levels.map(String.init),
            languages: LanguageCode.allCases.map { SelectOption(value: $0.rawValue, label: request.t("language.\($0.rawValue)")) },
            forms: StudyForm.allCases.map { SelectOption(value: $0.rawValue, label: request.t("study_form.\($0.rawValue)")) },
            programs: try page.entries.map { entry in
                let code = entry.program.code ?? ""
                return Row(code: code, title: entry.content.title, href: SiteRoute.program(code: code).path,
                           credits: "\(entry.content.totalCredits)", hours: entry.content.totalHours,
                           nqfLevel: entry.content.passport.nqfLevel, field: request.fieldOfEducation(entry.content.passport.fieldOfEducation),
                           languages: entry.content.passport.languages.map { request.t("language.\($0.rawValue)") }
                               .joined(separator: ", "),
                           form: request.t("study_form.\(entry.content.passport.studyForm.rawValue)"),
                           department: entry.content.passport.department,
                           suspended: try entry.edition.editionStatus == .suspended)
            },
            total: page.total, page: page.page, pageCount: page.pageCount,
            previous: page.page > 1 ? link(page: page.page - 1) : nil,
            next: page.page < page.pageCount ? link(page: page.page + 1) : nil,
            apiLink: SiteRoute.apiPrograms.path
        )
        return try await request.page("registry", title: request.t("registry.title"), body: body)
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        let registered = try await find(request)
        let body = try ProgramPage(registered, today: try request.today(), request: request)
        return try await request.page("program", title: body.program.title, body: body)
    }

    /// The program document (000 App. 2; 004 App. А) as a PDF: in `?lang=` when asked, else in the
    /// institution's document language (its first, for a bilingual setting), whatever the page's.
    @Sendable func programDocument(_ request: Request) async throws -> Response {
        let registered = try await find(request, withIntakes: false)
        let entry = registered.entry
        let asked = (try? request.query.get(String.self, at: "lang")).flatMap(LanguageCode.init(rawValue:))
        let setting = try await SettingsStore.value(SettingsStore.documentLanguageKey, on: request.readDB) ?? "ru"
        let language = asked ?? setting.split(separator: "+").first.flatMap { LanguageCode(rawValue: String($0)) } ?? .russian
        let document = ProgramDocument(entry: entry, history: registered.history, institution: try await SettingsStore.institution(on: request.readDB),
                                       policy: try await SettingsStore.policy(on: request.readDB), localizer: request.application.localizer,
                                       language: language)
        let data = try await PDFRenderer.render(document.spec())
        return Response.pdf(data, fileName: "\(entry.program.code ?? "program")-\(language.rawValue).pdf")
    }

    @Sendable func registryApplication(_ request: Request) async throws -> Response {
        let registered = try await find(request, withIntakes: false)
        let entry = registered.entry
        let view = try ProgramView(request: request, program: entry.program, edition: entry.edition,
                                   content: entry.content, history: registered.history)
        return try await request.page("registry-application", title: request.t("application.title"), body: RegistryApplicationPage(
            program: view, content: entry.content, institution: try await SettingsStore.institution(on: request.readDB), registered: true,
            request: request))
    }

    @Sendable func apiIndex(_ request: Request) async throws -> ProgramListDTO {
        let (query, _) = try RegistryQueryParser.parse(request)
        let page = try await RegistryStore(database: request.readDB).search(query)
        return ProgramListDTO(items: page.entries.map { ProgramSummaryDTO($0, publicURL: config.publicURL) },
                              total: page.total, page: page.page, perPage: page.perPage)
    }

    @Sendable func apiShow(_ request: Request) async throws -> ProgramDetailDTO {
        let registered = try await find(request, withIntakes: false)
        return ProgramDetailDTO(registered.entry, history: registered.history)
    }

    private func find(_ request: Request, withIntakes: Bool = true) async throws -> RegisteredProgram {
        guard let registered = try await RegisteredProgram.load(code: try request.parameter(.code), on: request.readDB,
                                                                clock: try request.clock(), today: try request.today(),
                                                                withIntakes: withIntakes)
        else { throw Abort(.notFound, reason: request.t("error.program_not_found")) }
        return registered
    }
}
