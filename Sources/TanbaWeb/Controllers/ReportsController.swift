import Fluent
import Foundation
import Vapor
import TanbaCore
import TanbaPersistence

/// Reports on programs (SPEC §10): the funnel per program over a period, as a page with its chart,
/// as CSV, and as JSON for staff tokens; and the public certification procedure (002 §8.1).
struct ReportsController: RouteCollection, APIRouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.reports.pattern, use: show)
        routes.get(SiteRoute.reportsCSV.pattern, use: csv)
        routes.get(SiteRoute.reportsXLSX.pattern, use: xlsx)
        routes.get(SiteRoute.procedure.pattern, use: procedure)
    }

    /// The certification procedure as the active policy has it, for anyone (002 §8.1).
    @Sendable func procedure(_ request: Request) async throws -> Response {
        let page = CertificationProcedurePage(policy: try await SettingsStore.policy(on: request.db),
                                              institution: try await SettingsStore.institution(on: request.db),
                                              year: CalendarDay(try request.clock().now()).year, request: request)
        return try await request.page("procedure", title: request.t("procedure.title"), body: page)
    }

    func boot(api routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.apiReportPrograms.pattern, use: json)
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        _ = try request.requireActor(.viewReports)
        let (period, error) = try period(request)
        let (report, filters) = try await load(period, request)
        let lookups = try await request.services().verificationLookups.months(period, on: request.db)
        let monitoring = try await MonitoringDue.load(today: CalendarDay(try request.clock().now()), on: request.db)
        return try await request.page("reports", title: request.t("reports.title"),
                                      body: ReportsPage(report, filters: filters, lookups: lookups, monitoring: monitoring, error: error,
                                                        request: request),
                                      status: error == nil ? .ok : .unprocessableEntity)
    }

    @Sendable func csv(_ request: Request) async throws -> Response {
        _ = try request.requireActor(.viewReports)
        let (period, error) = try period(request)
        if let error { throw Abort(.unprocessableEntity, reason: error) }
        let (report, _) = try await load(period, request)
        return Self.download(ReportsPage.csv(report), type: "text/csv; charset=utf-8",
                             name: "programs-\(period.from.iso)-\(period.to.iso).csv")
    }

    /// The report as an Excel workbook: programs, surveys, grades, verifications per month.
    @Sendable func xlsx(_ request: Request) async throws -> Response {
        _ = try request.requireActor(.viewReports)
        let (period, error) = try period(request)
        if let error { throw Abort(.unprocessableEntity, reason: error) }
        let (report, _) = try await load(period, request)
        let lookups = try await request.services().verificationLookups.months(period, on: request.db)
        let workbook = ReportWorkbook.spreadsheet(report, lookups: lookups) { request.t($0, $1) }
        let bytes = try await NIOThreadPool.singleton.runIfActive { try workbook.xlsx() }
        return Self.download(bytes, type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                             name: "programs-\(period.from.iso)-\(period.to.iso).xlsx")
    }

    @Sendable func json(_ request: Request) async throws -> ProgramReportDTO {
        _ = try request.requireActor(.viewReports)
        let (period, error) = try period(request)
        if let error { throw Abort(.unprocessableEntity, reason: error) }
        let (report, _) = try await load(period, request)
        return ProgramReportDTO(report, lookups: try await request.services().verificationLookups.months(period, on: request.db))
    }

    /// The report of the period for `?department=` and `?type=` (either absent or empty: all).
    private func load(_ period: ReportPeriod, _ request: Request) async throws -> (ProgramReport, ReportsPage.Filters) {
        let all = try await ProgramReport.load(period, on: request.db, clock: try request.clock())
        let department = (try? request.query.get(String.self, at: "department")).flatMap { $0.isEmpty ? nil : $0 }
        let type = (try? request.query.get(String.self, at: "type")).flatMap { $0.isEmpty ? nil : $0 }
        let today = CalendarDay(try request.clock().now())
        let first = try await IntakeModel.query(on: request.db).sort(\.$startsOn).first().flatMap { CalendarDay(iso: $0.startsOn) } ?? today
        let filters = ReportsPage.Filters(department: department, programType: type,
                                          departments: Array(Set(all.lines.map(\.department).filter { !$0.isEmpty })).sorted(),
                                          types: Array(Set(all.lines.map(\.programType).filter { !$0.isEmpty })).sorted(),
                                          firstYear: ReportPeriod.academicYear(containing: min(first, today)),
                                          currentYear: ReportPeriod.academicYear(containing: today))
        return (all.filtered(department: department, programType: type), filters)
    }

    private static func download(_ data: Data, type: String, name: String) -> Response {
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.replaceOrAdd(name: .contentType, value: type)
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(name)\"")
        return response
    }

    /// `?from=&to=` (`yyyy-MM-dd`); one of them alone reaches to the start or the end of its
    /// academic year; neither, the current academic year. A day that is no day, or a start after
    /// the end, is named and the current year used.
    private func period(_ request: Request) throws -> (ReportPeriod, String?) {
        let current = ReportPeriod.academicYear(containing: CalendarDay(try request.clock().now()))
        let from = try? request.query.get(String.self, at: "from")
        let to = try? request.query.get(String.self, at: "to")
        let start = from.flatMap(CalendarDay.init(iso:)), end = to.flatMap(CalendarDay.init(iso:))
        let invalid = (current, Optional(request.t("reports.error.period")))
        if (from != nil && start == nil) || (to != nil && end == nil) { return invalid }
        let first: CalendarDay, last: CalendarDay
        switch (start, end) {
        case (nil, nil): return (current, nil)
        case (let start?, nil): first = start; last = ReportPeriod.academicYear(containing: start).to
        case (nil, let end?): first = ReportPeriod.academicYear(containing: end).from; last = end
        case (let start?, let end?): first = start; last = end
        }
        guard let period = ReportPeriod(from: first, to: last) else { return invalid }
        return (period, nil)
    }
}
