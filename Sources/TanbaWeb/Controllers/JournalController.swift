import Fluent
import Vapor
import TanbaCore
import TanbaPersistence

/// The journal of issued documents (004 App. Г): search, CSV, revocation and corrected reissue.
struct JournalController: RouteCollection {
    let config: AppConfig

    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.journal.pattern, use: index)
        routes.get(SiteRoute.journalCSV.pattern, use: csv)
        routes.get(SiteRoute.certificate(RouteParameter.id).pattern, use: show)
        routes.post(SiteRoute.certificate(RouteParameter.id).pattern, use: act)
        for kind in IssuedDocumentKind.allCases {
            routes.get(SiteRoute.certificateDocument(id: RouteParameter.id, kind: kind).pattern) { request in
                try await document(request, kind: kind)
            }
        }
    }

    /// The journal's filters from the query; a status or a day that is no such thing is 400, by name.
    private func journalFilters(_ request: Request) throws -> JournalPage.Filters {
        let q = (try? request.query.get(String.self, at: "q")) ?? ""
        let statusText = (try? request.query.get(String.self, at: "status")) ?? ""
        let status = CertificateStatus(rawValue: statusText)
        if !statusText.isEmpty, status == nil {
            throw Abort(.badRequest, reason: request.t("error.bad_filter", ["name": "status", "value": statusText]))
        }
        var days: [String: String] = [:]
        for name in ["from", "to"] {
            let text = ((try? request.query.get(String.self, at: name)) ?? "").trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { continue }
            guard AlmatyDate.day(iso: text) != nil else {
                throw Abort(.badRequest, reason: request.t("error.bad_filter", ["name": name, "value": String(text.prefix(40))]))
            }
            days[name] = text
        }
        return JournalPage.Filters(q: String(q.prefix(200)), status: status, from: days["from"] ?? "", to: days["to"] ?? "")
    }

    @Sendable func index(_ request: Request) async throws -> Response {
        _ = try request.requireActor(.viewCertificates)
        let filters = try journalFilters(request)
        let page = (try? request.query.get(Int.self, at: "page")) ?? 1
        let slice = try await request.certificates.journal(search: filters.q, status: filters.status, issuedFrom: filters.from.nonEmpty,
                                                           issuedTo: filters.to.nonEmpty, page: page, perPage: JournalPage.perPage)
        return try await request.page("journal", title: request.t("journal.title"),
                                      body: try JournalPage(slice, filters: filters, request: request))
    }

    @Sendable func csv(_ request: Request) async throws -> Response {
        _ = try request.requireActor(.viewCertificates)
        let filters = try journalFilters(request)
        let certificates = try await request.certificates.journal(search: filters.q, status: filters.status, issuedFrom: filters.from.nonEmpty,
                                                                  issuedTo: filters.to.nonEmpty)
        let data = try JournalExport.csv(certificates, publicURL: config.publicURL, localizer: request.application.localizer,
                                         language: request.language, variant: request.wordingVariant)
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"journal.csv\"")
        return response
    }

    /// Certificate page body.
    struct ShowBody: Encodable {
        let certificate: VerificationDTO
        let statusLabel: String
        /// Days as `dd.mm.yyyy`, as the certificate prints them.
        let issuedOn: String
        /// The annulment in a sentence: day, decision and public reason; empty while valid.
        let annulment: String
        /// Today, the latest day a decision may carry.
        let today: String
        let verifyURL: String
        let audit: [String]
        let actionLink: String
        let documents: [Link]
        let canChange: Bool
        let error: String?
    }

    /// A document link.
    struct Link: Encodable {
        let label: String
        let href: String
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        try await render(request, error: nil, status: .ok)
    }

    private func render(_ request: Request, error: String?, status: HTTPStatus) async throws -> Response {
        _ = try request.requireActor(.viewCertificates)
        let store = request.certificates
        guard let certificate = try await store.find(try request.parameter(.id)) else {
            throw Abort(.notFound, reason: request.t("error.http.404"))
        }
        let id = try certificate.requireID()
        let successor = try await certificate.supersededBy.asyncMap { try await store.find($0) } ?? nil
        let dto = try VerificationDTO(certificate, content: certificate.certifiedContent(),
                                  supersededByNumber: successor?.registrationNumber, publicURL: config.publicURL)
        let body = ShowBody(
            certificate: dto, statusLabel: request.t("certificate_status.\(certificate.status)"),
            issuedOn: DisplayDate.fromISO(dto.issuedOn),
            annulment: try certificate.certificateStatus == .revoked ? request.annulment(of: certificate) : "",
            today: AlmatyDate.iso(try request.clock().now()),
            verifyURL: SiteRoute.verify(token: certificate.token).url(publicURL: config.publicURL),
            audit: try await store.auditTrail(of: id).map { "\(DisplayDate.dayTime($0.at)) — \(request.t("audit.\($0.action)")) — \($0.actorName): \($0.details)" },
            actionLink: SiteRoute.certificate(id).path,
            documents: IssuedDocumentKind.allCases.map {
                Link(label: request.t("document_kind.\($0.rawValue)"), href: SiteRoute.certificateDocument(id: id, kind: $0).path)
            } + (try await store.credential(of: id) == nil ? [] : [
                Link(label: request.t("me.credential"), href: SiteRoute.apiVerifyCredential(token: certificate.token).path),
            ]),
            canChange: try certificate.certificateStatus == .valid, error: error)
        return try await request.page("certificate", title: certificate.registrationNumber, body: body, status: status)
    }

    /// Revocation and reissue as posted.
    struct ActForm: Content {
        var action: String?
        var reason: String?
        /// The annulling decision (002 §9.2): who decided, its number and day.
        var decidedBy: String?
        var decisionNumber: String?
        var decidedOn: String?
        var correctedName: String?
        /// The box saying the registrar read what the action does; irreversible actions need it.
        var confirm: String?
    }

    @Sendable func act(_ request: Request) async throws -> Response {
        let actor = try request.requireActor(.manageAttestation)
        let id = try request.parameter(.id)
        let form = try request.content.decode(ActForm.self)
        let store = try request.certificateLifecycle()
        guard form.confirm == "yes" else {
            return try await render(request, error: request.t("certificate.error.confirm"), status: .unprocessableEntity)
        }
        do {
            switch form.action {
            case "revoke":
                try await store.revoke(id, decidedBy: form.decidedBy ?? "", number: form.decisionNumber ?? "",
                                       decidedOn: form.decidedOn ?? "", reason: form.reason ?? "", by: actor)
            case "reissue":
                let new = try await store.reissue(id, correctedName: form.correctedName, by: actor, render: try await request.certificateRenderer())
                return request.redirect(to: SiteRoute.certificate(try new.requireID()).path, notice: .issued)
            default:
                throw Abort(.badRequest, reason: request.t("error.unknown_action"))
            }
        } catch let error as CertificateStoreError {
            if error == .forbidden { throw Abort(.forbidden, reason: request.t("error.forbidden")) }
            return try await render(request, error: request.certificateMessage(for: error), status: .unprocessableEntity)
        }
        return request.redirect(to: SiteRoute.certificate(id).path, notice: .revoked)
    }

    /// A certificate's PDF for its learner and for staff; the public gets it through the verification link.
    @Sendable func document(_ request: Request, kind: IssuedDocumentKind) async throws -> Response {
        let actor = try request.requireActor()
        let store = request.certificates
        guard let certificate = try await store.find(try request.parameter(.id)),
              let document = try await store.document(kind.rawValue, of: try certificate.requireID())
        else { throw Abort(.notFound, reason: request.t("error.http.404")) }
        guard certificate.learnerID == actor.id || actor.role.may(.viewCertificates) else {
            throw Abort(.forbidden, reason: request.t("error.forbidden"))
        }
        return Response.pdf(try await request.servedCopy(of: document, certificate: certificate),
                            fileName: "\(certificate.registrationNumber)-\(kind.rawValue).pdf", disposition: "attachment")
    }
}

/// The journal as CSV (004 App. Г): number, status, type, learner, program, issue date and
/// verification URL per document. Headers, statuses and types are in the reader's language; the
/// `status_code` column keeps the stable machine value (`valid`, `revoked`, `superseded`).
public enum JournalExport {
    public static func csv(_ certificates: [CertificateModel], publicURL: String, localizer: Localizer,
                           language: LanguageCode, variant: String? = nil) throws -> Data {
        let t = { (key: String) in localizer.string(key, language, variant: variant) }
        var rows = [[t("verify.number"), t("workspace.status"), "status_code", t("journal.type"), t("journal.learner"),
                     t("program.title"), t("verify.issued_on"), t("journal.verification_url")]]
        for certificate in certificates {
            let content = try certificate.certifiedContent()
            for kind in IssuedDocumentKind.allCases {
                rows.append([certificate.registrationNumber, t("certificate_status.\(certificate.status)"), certificate.status,
                             t("journal.kind.\(kind.rawValue)"), content.learnerName, content.programTitle,
                             AlmatyDate.dotted(iso: content.issuedOn), SiteRoute.verify(token: certificate.token).url(publicURL: publicURL)])
            }
        }
        return CSV.write(rows)
    }
}

private extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
