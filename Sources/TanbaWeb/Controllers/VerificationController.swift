import Fluent
import Vapor
import TanbaCore
import TanbaCredentials
import TanbaPersistence

/// Public verification, no login: by QR token, or by number with the learner's surname.
struct VerificationController: RouteCollection, APIRouteCollection {
    let config: AppConfig

    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.verifyLookup.pattern, use: lookup)
        routes.get(SiteRoute.verify(token: RouteParameter.token.placeholder).pattern, use: show)
        // The upload form lives on /verify; opened by address, its target leads back there instead of
        // reading "credential" as a certificate token.
        routes.get(SiteRoute.verifyCredential.pattern) { request in
            request.redirect(to: SiteRoute.verifyLookup.path, redirectType: .normal)
        }
        routes.on(.POST, SiteRoute.verifyCredential.pattern, body: .collect(maxSize: "1mb"), use: checkUploaded)
    }

    func boot(api: any RoutesBuilder) throws {
        api.get(SiteRoute.apiVerify(token: RouteParameter.token.placeholder).pattern, use: apiShow)
        api.get(SiteRoute.apiVerifyPDF(token: RouteParameter.token.placeholder).pattern, use: pdf)
        api.get(SiteRoute.apiVerifyCredential(token: RouteParameter.token.placeholder).pattern, use: credential)
        api.on(.POST, SiteRoute.apiCheckCredential.pattern, body: .collect(maxSize: "1mb"), use: apiCheck)
    }

    /// Verification page body.
    struct Body: Encodable {
        let found: Bool
        let searched: Bool
        let limited: Bool
        /// For a client over the lookup limit: when it may try again, in a sentence.
        let retryAt: String
        /// The successor's permanent verification address, for a superseded certificate.
        let successorLink: String
        /// The verdict in a full sentence: which certificate, by whom, to whom, its state, when checked.
        let verdict: String
        /// The certificate's permanent public address, to copy or share.
        let permanentURL: String
        let linkedInShare: String
        let number: String
        let surname: String
        let certificate: VerificationDTO?
        let statusLabel: String
        let studyForm: String
        /// The certificate's forms of assessment in the page's language where they are usual ones.
        let assessmentForms: [String]
        let language: String
        let pdfLink: String
        let jsonLink: String
        /// The signed Open Badges 3.0 credential; empty for certificates issued without one.
        let credentialLink: String
        /// The report on an uploaded credential.
        let report: CredentialReportView?
        let hasReport: Bool
        /// Dates as the certificate prints them.
        let dates: String
        let issuedOn: String
        let revokedOn: String
        /// The annulment in a sentence: day, decision and public reason; empty unless revoked.
        let annulment: String
        /// The awarded micro-qualification in the page's language; empty for older certificates.
        let qualification: String
        /// The issuer's logo, once an administrator has uploaded one.
        let logoLink: String
    }

    @Sendable func lookup(_ request: Request) async throws -> Response {
        let number = (try? request.query.get(String.self, at: "number")) ?? ""
        let surname = (try? request.query.get(String.self, at: "surname")) ?? ""
        guard !number.isBlank || !surname.isBlank else {
            return try await render(request, certificate: nil, searched: false, limited: false, number: "", surname: "")
        }
        let client = request.clientAddress
        let limiter = try request.services().lookupLimiter
        let now = try request.clock().now()
        if let retryAt = limiter.retryAt(client) {
            let response = try await render(request, certificate: nil, searched: true, limited: true, number: number,
                                            surname: surname, status: .tooManyRequests, retryAt: retryAt)
            response.headers.replaceOrAdd(name: .retryAfter, value: "\(max(1, Int(retryAt.timeIntervalSince(now).rounded(.up))))")
            return response
        }
        let certificate = try await request.publicCertificates.find(number: number, surname: surname)
        limiter.record(client, found: certificate != nil)
        // A found certificate is shown at its permanent address, the one to bookmark or send on.
        if let certificate { return request.redirect(to: SiteRoute.verify(token: certificate.token).path, redirectType: .normal) }
        return try await render(request, certificate: nil, searched: true, limited: false, number: number,
                                surname: surname, status: .notFound)
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        let certificate = try await request.publicCertificates.find(token: try request.parameter(.token))
        if certificate != nil { try request.services().verificationLookups.record(at: try request.clock().now()) }
        return try await render(request, certificate: certificate, searched: true, limited: false, number: "", surname: "",
                                status: certificate == nil ? .notFound : .ok)
    }

    private func render(_ request: Request, certificate: CertificateModel?, searched: Bool, limited: Bool, number: String,
                        surname: String, status: HTTPStatus = .ok, report: CredentialReportView? = nil,
                        retryAt: Date? = nil) async throws -> Response {
        var dto: VerificationDTO?
        var hasCredential = false
        var successorLink = ""
        var logoLink = "", logoURL: String?
        if let certificate {
            let version = try await InstitutionSettings.currentLogoDigest(on: request.readDB).map { "?v=" + $0.prefix(12) }
            logoLink = version.map { SiteRoute.institutionLogo.path + $0 } ?? ""
            logoURL = version.map { SiteRoute.institutionLogo.url(publicURL: config.publicURL) + $0 }
            let successor = try await self.successor(of: certificate, request: request)
            dto = try VerificationDTO(certificate, content: certificate.certifiedContent(),
                                  supersededByNumber: successor?.registrationNumber, publicURL: config.publicURL)
            successorLink = successor.map { SiteRoute.verify(token: $0.token).path } ?? ""
            hasCredential = try await request.publicCertificates.credential(of: try certificate.requireID()) != nil
        }
        let body = Body(
            found: dto != nil, searched: searched, limited: limited, retryAt: retryAt.map { request.t("verify.rate_limited", ["time": AlmatyDate.dottedWithTime($0)]) } ?? "",
            successorLink: successorLink,
            verdict: try dto.map { try verdict($0, request: request) } ?? "",
            permanentURL: certificate.map { SiteRoute.verify(token: $0.token).url(publicURL: config.publicURL) } ?? "",
            linkedInShare: certificate.map { Self.linkedInShare(SiteRoute.verify(token: $0.token).url(publicURL: config.publicURL)) } ?? "",
            number: number, surname: surname, certificate: dto,
            statusLabel: dto.map { request.t("certificate_status.\($0.status)") } ?? "",
            studyForm: dto.map { request.t("study_form.\($0.studyForm)") } ?? "",
            assessmentForms: dto.map { $0.assessmentMethods.map(request.assessmentForm) } ?? [],
            language: "",
            pdfLink: certificate.map { SiteRoute.apiVerifyPDF(token: $0.token).path } ?? "",
            jsonLink: certificate.map { SiteRoute.apiVerify(token: $0.token).path } ?? "",
            credentialLink: certificate.flatMap { hasCredential ? SiteRoute.apiVerifyCredential(token: $0.token).path : nil } ?? "",
            report: report,
            hasReport: report != nil,
            dates: dto.map { DisplayDate.fromISO($0.startsOn) + " — " + DisplayDate.fromISO($0.endsOn) } ?? "",
            issuedOn: dto.map { DisplayDate.fromISO($0.issuedOn) } ?? "",
            revokedOn: dto?.revokedOn.map(DisplayDate.fromISO) ?? "",
            annulment: try certificate.map { try $0.certificateStatus == .revoked ? request.annulment(of: $0) : "" } ?? "",
            qualification: try certificate.flatMap { try $0.certifiedContent().qualification?.text(in: request.language) } ?? "",
            logoLink: logoLink)
        let title = dto.map { request.t("verify.page_title", ["number": $0.registrationNumber, "status": body.statusLabel]) }
            ?? request.t("verify.title")
        let preview = dto.map { _ in
            LinkPreview(title: title, description: body.verdict, url: body.permanentURL,
                        image: logoURL)
        }
        let response = try await request.page("verify", title: title, body: body, status: status, preview: preview)
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        response.headers.replaceOrAdd(name: "X-Robots-Tag", value: "noindex")
        return response
    }

    private func dto(_ certificate: CertificateModel, request: Request) async throws -> VerificationDTO {
        try VerificationDTO(certificate, content: certificate.certifiedContent(),
                        supersededByNumber: try await successor(of: certificate, request: request)?.registrationNumber,
                        publicURL: config.publicURL)
    }

    /// "Certificate № … issued by … to … is valid; checked on … at …" in the page's language.
    private func verdict(_ dto: VerificationDTO, request: Request) throws -> String {
        let now = try request.services().clock.now()
        return request.t("verify.verdict.\(dto.status)", [
            "number": dto.registrationNumber, "issuer": dto.issuer, "learner": dto.learnerName, "program": dto.program,
            "date": AlmatyDate.dotted(now), "time": String(AlmatyDate.dottedWithTime(now).suffix(5)),
            "revoked": dto.revokedOn.map(DisplayDate.fromISO) ?? "", "successor": dto.supersededBy ?? "",
        ])
    }

    /// LinkedIn's share dialog for the certificate's permanent address.
    static func linkedInShare(_ url: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return "https://www.linkedin.com/sharing/share-offsite/?url=" + (url.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
    }

    /// The corrected certificate that replaced this one, when it was superseded.
    private func successor(of certificate: CertificateModel, request: Request) async throws -> CertificateModel? {
        guard let id = certificate.supersededBy else { return nil }
        return try await request.publicCertificates.find(id)
    }

    /// The certificate as JSON, revalidated by its ETag: a repeated check is answered 304.
    @Sendable func apiShow(_ request: Request) async throws -> Response {
        guard let certificate = try await request.publicCertificates.find(token: try request.parameter(.token))
        else { throw Abort(.notFound, reason: request.t("verify.not_found")) }
        try request.services().verificationLookups.record(at: try request.clock().now())
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let body = try encoder.encode(try await dto(certificate, request: request))
        // no-cache: kept, but asked about every time, so an annulment is never served stale.
        return ConditionalResponse.make(body, contentType: .json, request: request, cacheControl: "no-cache",
                                        lastModified: max(certificate.issuedAt, certificate.revokedAt ?? certificate.issuedAt))
    }

    @Sendable func pdf(_ request: Request) async throws -> Response {
        let store = request.publicCertificates
        guard let certificate = try await store.find(token: try request.parameter(.token)),
              let document = try await store.document("certificate", of: try certificate.requireID())
        else { throw Abort(.notFound, reason: request.t("verify.not_found")) }
        return Response.pdf(try await request.servedCopy(of: document, certificate: certificate),
                            fileName: "\(certificate.registrationNumber).pdf")
    }

    /// The certificate's signed Open Badges 3.0 credential, exactly as issued.
    @Sendable func credential(_ request: Request) async throws -> Response {
        let store = request.publicCertificates
        guard let certificate = try await store.find(token: try request.parameter(.token)),
              let credential = try await store.credential(of: try certificate.requireID())
        else { throw Abort(.notFound, reason: request.t("verify.not_found")) }
        // The credential never changes once issued (its status lives in the status list).
        let response = ConditionalResponse.make(Data(credential.json.utf8),
                                                contentType: HTTPMediaType(type: "application", subType: "vc+ld+json",
                                                                           parameters: ["charset": "utf-8"]),
                                                request: request, cacheControl: "public, max-age=86400", lastModified: certificate.issuedAt)
        response.headers.replaceOrAdd(name: .contentDisposition, value: "inline; filename=\"\(certificate.registrationNumber).json\"")
        return response
    }

    /// A credential uploaded on the verification page (a file, or pasted JSON), checked completely.
    @Sendable func checkUploaded(_ request: Request) async throws -> Response {
        let form = try request.content.decode(CredentialUploadForm.self)
        let data = form.file.flatMap { $0.data.readableBytes > 0 ? Data(buffer: $0.data) : nil } ?? Data(form.json.utf8)
        guard !data.isEmpty, !String(decoding: data, as: UTF8.self).isBlank else {
            return try await render(request, certificate: nil, searched: false, limited: false, number: "", surname: "",
                                    status: .unprocessableEntity,
                                    report: CredentialReportView(error: request.t("verify.credential.empty")))
        }
        let report = try await verifier(request).verify(data)
        return try await render(request, certificate: nil, searched: false, limited: false, number: "", surname: "",
                                report: CredentialReportView(report, credential: data, request: request))
    }

    /// The same check for programs: the credential is the request body, the report comes back as JSON.
    @Sendable func apiCheck(_ request: Request) async throws -> Response {
        let report = try await verifier(request).verify(try request.requireJSONObjectBody())
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(data: report.jsonValue.serialized()))
    }

    private func verifier(_ request: Request) throws -> InstallationVerifier {
        let services = try request.services()
        return InstallationVerifier(database: request.db, issuer: services.issuer, clock: services.clock)
    }
}

/// The verification page's upload form: a credential file, or its JSON pasted.
struct CredentialUploadForm: Content {
    var file: File?
    var json: String
}

extension CredentialUploadForm {
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        file = try? container.decodeIfPresent(File.self, forKey: .file)
        json = (try? container.decodeIfPresent(String.self, forKey: .json)) ?? ""
    }
}

/// A verification report as the page shows it: the verdict and every check, in the user's language.
struct CredentialReportView: Encodable {
    struct Line: Encodable {
        let check: String
        let status: String
        let statusLabel: String
        /// ✓, ✗, ! or –: the result is told by a sign as well as by colour.
        let icon: String
        /// What the result means, in the page's language.
        let meaning: String
        /// The verifier's own technical message (in English).
        let message: String
    }

    let status: String
    let statusLabel: String
    /// "failed" for any verdict but valid, so a failure never looks like a pass.
    let tone: String
    let lines: [Line]
    let error: String
    /// Whose credential it is, who issued it and for what; empty when the file does not say.
    let holder: String
    let issuer: String
    let achievement: String
    let issuedOn: String

    init(_ report: VerificationReport, credential: Data, request: Request) {
        status = report.status.rawValue
        statusLabel = request.t("credential_report.\(report.status.rawValue)")
        tone = report.status == .valid ? "passed" : "failed"
        lines = report.checks.map {
            Line(check: request.t("credential_check.\($0.check.rawValue)"), status: $0.status.rawValue,
                 statusLabel: request.t("check_status.\($0.status.rawValue)"), icon: Self.icon($0.status),
                 meaning: request.t("credential_check.\($0.check.rawValue).\($0.status == .passed || $0.status == .warning ? "passed" : "failed")"),
                 message: $0.message)
        }
        error = ""
        let summary = CredentialSummary(credential)
        holder = summary?.holder ?? ""
        issuer = summary?.issuer ?? ""
        achievement = summary?.achievement ?? ""
        issuedOn = summary?.issuedOn.map { String($0.prefix(10)) }.map(DisplayDate.fromISO) ?? ""
    }

    static func icon(_ status: CheckStatus) -> String {
        switch status {
        case .passed: "✓"
        case .failed: "✗"
        case .warning: "!"
        case .unsupported: "–"
        }
    }

    init(error: String) {
        status = "invalid"
        statusLabel = ""
        tone = "failed"
        lines = []
        self.error = error
        holder = ""
        issuer = ""
        achievement = ""
        issuedOn = ""
    }
}
