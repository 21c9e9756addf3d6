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

    init(_ certificates: [CertificateModel], filters: Filters, request: Request) throws {
        rows = try certificates.map { certificate in
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
        csvLink = SiteRoute.journalCSV.path + (request.url.query.map { "?" + $0 } ?? "")
    }
}
