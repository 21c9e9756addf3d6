import Fluent
import Vapor
import TanbaCore
import TanbaPersistence

/// Public verification, no login: by QR token, or by number with the learner's surname.
struct VerificationController: RouteCollection {
    let config: AppConfig

    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.verifyLookup.pattern, use: lookup)
        routes.get(SiteRoute.verify(token: ":token").pattern, use: show)
        routes.get(SiteRoute.apiVerify(token: ":token").pattern, use: apiShow)
        routes.get(SiteRoute.apiVerifyPDF(token: ":token").pattern, use: pdf)
    }

    /// Verification page body.
    struct Body: Encodable {
        let found: Bool
        let searched: Bool
        let limited: Bool
        let number: String
        let surname: String
        let certificate: VerificationDTO?
        let statusLabel: String
        let studyForm: String
        let language: String
        let pdfLink: String
        let jsonLink: String
        /// Dates as the certificate prints them.
        let dates: String
        let issuedOn: String
        let revokedOn: String
    }

    @Sendable func lookup(_ request: Request) async throws -> Response {
        let number = (try? request.query.get(String.self, at: "number")) ?? ""
        let surname = (try? request.query.get(String.self, at: "surname")) ?? ""
        guard !number.isBlank || !surname.isBlank else {
            return try await render(request, certificate: nil, searched: false, limited: false, number: "", surname: "")
        }
        let client = request.remoteAddress?.ipAddress ?? "unknown"
        guard request.application.lookupLimiter.allow(client) else {
            return try await render(request, certificate: nil, searched: true, limited: true, number: number, surname: surname,
                                    status: .tooManyRequests)
        }
        let certificate = try await CertificateStore(database: request.db).find(number: number, surname: surname)
        return try await render(request, certificate: certificate, searched: true, limited: false, number: number,
                                surname: surname, status: certificate == nil ? .notFound : .ok)
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        let certificate = try await CertificateStore(database: request.db).find(token: request.parameters.get("token") ?? "")
        return try await render(request, certificate: certificate, searched: true, limited: false, number: "", surname: "",
                                status: certificate == nil ? .notFound : .ok)
    }

    private func render(_ request: Request, certificate: CertificateModel?, searched: Bool, limited: Bool, number: String,
                        surname: String, status: HTTPStatus = .ok) async throws -> Response {
        var dto: VerificationDTO?
        if let certificate { dto = try await self.dto(certificate, request: request) }
        let body = Body(
            found: dto != nil, searched: searched, limited: limited, number: number, surname: surname, certificate: dto,
            statusLabel: dto.map { request.t("certificate_status.\($0.status)") } ?? "",
            studyForm: dto.map { request.t("study_form.\($0.studyForm)") } ?? "",
            language: "",
            pdfLink: certificate.map { SiteRoute.apiVerifyPDF(token: $0.token).path } ?? "",
            jsonLink: certificate.map { SiteRoute.apiVerify(token: $0.token).path } ?? "",
            dates: dto.map { DisplayDate.fromISO($0.startsOn) + " — " + DisplayDate.fromISO($0.endsOn) } ?? "",
            issuedOn: dto.map { DisplayDate.fromISO($0.issuedOn) } ?? "",
            revokedOn: dto?.revokedOn.map(DisplayDate.fromISO) ?? "")
        let response = try await request.page("verify", title: request.t("verify.title"), body: body, status: status)
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        response.headers.replaceOrAdd(name: "X-Robots-Tag", value: "noindex")
        return response
    }

    private func dto(_ certificate: CertificateModel, request: Request) async throws -> VerificationDTO {
        let successor = try await certificate.supersededBy.asyncMap { try await CertificateModel.find($0, on: request.db) } ?? nil
        return VerificationDTO(certificate, content: try certificate.certifiedContent(),
                               supersededByNumber: successor?.registrationNumber, publicURL: config.publicURL)
    }

    @Sendable func apiShow(_ request: Request) async throws -> VerificationDTO {
        guard let certificate = try await CertificateStore(database: request.db).find(token: request.parameters.get("token") ?? "")
        else { throw Abort(.notFound, reason: request.t("verify.not_found")) }
        return try await dto(certificate, request: request)
    }

    @Sendable func pdf(_ request: Request) async throws -> Response {
        let store = CertificateStore(database: request.db)
        guard let certificate = try await store.find(token: request.parameters.get("token") ?? ""),
              let document = try await store.document("certificate", of: try certificate.requireID())
        else { throw Abort(.notFound, reason: request.t("verify.not_found")) }
        let response = Response(status: .ok, body: .init(data: document.pdf))
        response.headers.contentType = HTTPMediaType(type: "application", subType: "pdf")
        response.headers.replaceOrAdd(name: .contentDisposition,
                                      value: "inline; filename=\"\(certificate.registrationNumber).pdf\"")
        return response
    }
}
