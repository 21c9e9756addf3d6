import Vapor
import TanbaCore
import TanbaPersistence

/// The journal of issued documents (004 App. Г) as its page lists them, with the filters applied.
/// A certificate whose content cannot be read fails the page rather than vanishing from the journal.
struct JournalPage: Encodable {
    let rows: [Row]
    let q: String
    let status: String
    let statuses: [SelectOption]
    let from: String
    let to: String
    let csvLink: String
    /// How many certificates match, on every page.
    let total: Int
    let page: Int
    let pages: Int
    let previousLink: String?
    let nextLink: String?

    /// One journal row.
    struct Row: Encodable {
        let number: String
        let learner: String
        let program: String
        let issuedOn: String
        let status: String
        let statusCode: String
        let href: String
    }

    /// The journal's filters as the page and the CSV link pass them.
    struct Filters {
        let q: String
        let status: CertificateStatus?
        /// Issue days, `yyyy-MM-dd`, empty when not set.
        let from: String
        let to: String
    }

    /// Rows on one page of the journal.
    static let perPage = 50

    init(_ slice: JournalSlice, filters: Filters, request: Request) throws {
        rows = try slice.rows.map { certificate in
            let content = try certificate.certifiedContent()
            return Row(number: certificate.registrationNumber, learner: content.learnerName, program: content.programTitle,
                       issuedOn: DisplayDate.fromISO(content.issuedOn), status: request.t("certificate_status.\(certificate.status)"),
                       statusCode: certificate.status, href: SiteRoute.certificate(try certificate.requireID()).path)
        }
        q = filters.q
        status = filters.status?.rawValue ?? ""
        statuses = CertificateStatus.allCases.map { SelectOption(value: $0.rawValue, label: request.t("certificate_status.\($0.rawValue)")) }
        from = filters.from
        to = filters.to
        let query = Self.query(filters)
        csvLink = SiteRoute.journalCSV.path + (query.isEmpty ? "" : "?" + query)
        total = slice.total
        page = slice.page
        pages = slice.pages
        let link = { (page: Int) in SiteRoute.journal.path + "?" + (query.isEmpty ? "" : query + "&") + "page=\(page)" }
        previousLink = slice.page > 1 ? link(slice.page - 1) : nil
        nextLink = slice.page < slice.pages ? link(slice.page + 1) : nil
    }

    /// The filters as a query string, for the CSV and the other pages.
    static func query(_ filters: Filters) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return [("q", filters.q), ("status", filters.status?.rawValue ?? ""), ("from", filters.from), ("to", filters.to)]
            .filter { !$0.1.isEmpty }
            .map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }
            .joined(separator: "&")
    }
}
