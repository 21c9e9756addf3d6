import Vapor
import TanbaCore
import TanbaPersistence

/// The working calendar for administrators: the year's holidays and transfers, the days off they
/// make, and the forms that keep the table current as decrees are published.
struct WorkingCalendarController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.adminCalendar.pattern, use: show)
        routes.post(SiteRoute.adminCalendar.pattern, use: change)
    }

    /// The calendar forms as posted: `action` is `add`, `remove` or `add_year`; each form posts
    /// only its own fields, the others read as empty.
    struct ChangeForm: Content {
        var action = ""
        var day = ""
        var kind = ""
        var nameRu = ""
        var nameKk = ""
        var nameEn = ""
        var year = ""

        init() {}

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            func text(_ key: CodingKeys) throws -> String { try container.decodeIfPresent(String.self, forKey: key) ?? "" }
            action = try text(.action)
            day = try text(.day)
            kind = try text(.kind)
            nameRu = try text(.nameRu)
            nameKk = try text(.nameKk)
            nameEn = try text(.nameEn)
            year = try text(.year)
        }
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        _ = try request.requireActor(.administer)
        let thisYear = CalendarDay(try request.clock().now()).year
        let year = (try? request.query.get(Int.self, at: "year")) ?? thisYear
        return try await render(request, year: year)
    }

    @Sendable func change(_ request: Request) async throws -> Response {
        let actor = try request.requireActor(.administer)
        let form = try request.content.decode(ChangeForm.self)
        let store = WorkingCalendarStore(database: request.db, clock: try request.clock())
        let thisYear = CalendarDay(try request.clock().now()).year
        let fallbackYear = CalendarDay(iso: form.day)?.year ?? Int(form.year.trimmed) ?? thisYear
        do {
            switch form.action {
            case "add":
                guard let day = CalendarDay(iso: form.day) else { throw CalendarFormError.dayInvalid }
                guard let kind = CalendarEntry.Kind(rawValue: form.kind) else { throw CalendarFormError.kindUnknown }
                try await store.add(CalendarEntry(day, kind, LocalizedText(ru: form.nameRu.trimmed, kk: form.nameKk.trimmed,
                                                                        en: form.nameEn.trimmed)), by: actor)
            case "remove":
                guard let day = CalendarDay(iso: form.day) else { throw CalendarFormError.dayInvalid }
                try await store.remove(day, by: actor)
            case "add_year":
                guard let year = Int(form.year.trimmed) else { throw CalendarStoreError.yearOutOfRange }
                try await store.addYear(year, by: actor)
            default:
                throw Abort(.badRequest, reason: request.t("error.bad_filter", ["name": "action", "value": form.action]))
            }
        } catch let error as CalendarFormError {
            return try await render(request, year: fallbackYear, posted: form, error: request.message(for: error), status: .unprocessableEntity)
        } catch let error as CalendarEntry.Problem {
            return try await render(request, year: fallbackYear, posted: form, error: request.message(for: error), status: .unprocessableEntity)
        } catch let error as CalendarStoreError {
            let status: HTTPStatus = switch error {
            case .forbidden: .forbidden
            case .notFound: .notFound
            case .yearAlreadyCovered: .conflict
            case .yearOutOfRange: .unprocessableEntity
            }
            return try await render(request, year: fallbackYear, posted: form, error: request.message(for: error), status: status)
        }
        return request.redirect(to: SiteRoute.adminCalendar.path + "?year=\(fallbackYear)", notice: .saved)
    }

    private func render(_ request: Request, year: Int, posted: ChangeForm? = nil, error: String? = nil,
                        status: HTTPStatus = .ok) async throws -> Response {
        let calendar = try await WorkingCalendarStore.calendar(on: request.db)
        let page = WorkingCalendarPage(calendar, year: year, posted: posted, error: error, request: request)
        return try await request.page("admin-calendar", title: request.t("calendar.title"), body: page, status: status)
    }
}

/// What the calendar form itself got wrong, before the calendar is asked.
enum CalendarFormError: Error {
    case dayInvalid
    case kindUnknown
}
