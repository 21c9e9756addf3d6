import Fluent
import Vapor
import TanbaCore
import TanbaDocuments
import TanbaPersistence

/// The registrar as commission secretary: forming the commission, recording attendance and votes,
/// closing the protocol, issuing certificates.
struct AttestationController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.attestation(intakeID: RouteParameter.id).pattern, use: index)
        routes.post(SiteRoute.attestation(intakeID: RouteParameter.id).pattern, use: act)
        routes.get(SiteRoute.attestationSession(RouteParameter.id).pattern, use: session)
        routes.post(SiteRoute.attestationSession(RouteParameter.id).pattern, use: sessionAct)
        routes.get(SiteRoute.sessionProtocolPDF(RouteParameter.id).pattern, use: protocolPDF)
        routes.get(SiteRoute.sessionAwardOrderPDF(RouteParameter.id).pattern, use: awardOrderPDF)
        routes.get(SiteRoute.sessionDocumentsZIP(RouteParameter.id).pattern, use: documentsZIP)
        routes.get(SiteRoute.sessionIssueProgress(RouteParameter.id).pattern, use: issueProgress)
    }

    /// Every valid certificate and transcript of a session in one ZIP, for printing in one go.
    @Sendable func documentsZIP(_ request: Request) async throws -> Response {
        _ = try request.requireActor(.viewCertificates)
        let sessionID = try request.parameter(.id)
        let issued = try await SessionCertificates.validWithDocuments(ofSession: sessionID, on: request.db)
        guard !issued.isEmpty else { throw Abort(.notFound, reason: request.t("session.error.no_documents")) }
        let files = issued.flatMap { certificate, documents in
            documents.map { ("\(certificate.registrationNumber)-\($0.kind).pdf", $0.pdf) }
        }
        let data = try SessionArchive.zip(files)
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.contentType = HTTPMediaType(type: "application", subType: "zip")
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"session-documents.zip\"")
        return response
    }

    // MARK: - Commission and sessions of an intake

    /// The forms of the attestation page as posted.
    struct ActForm: Content {
        var action: String = ""
        var orderNumber: String = ""
        var orderDate: String = ""
        var secretaryName: String = ""
        var members: [String: MemberRow]? = nil
        var commission: String = ""
        var sessionDate: String = ""
        var protocolNumber: String = ""
        /// Member id → user id ("" unlinks), from the accounts form.
        var accounts: [String: String]? = nil

        /// One member row.
        struct MemberRow: Content {
            var name: String?
            var position: String?
            var kind: String?
            var role: String?
        }
    }

    @Sendable func index(_ request: Request) async throws -> Response {
        try await renderIndex(request, error: nil, status: .ok)
    }

    private func renderIndex(_ request: Request, error: String?, status: HTTPStatus) async throws -> Response {
        _ = try request.requireActor(.viewCertificates)
        let overview = try await AttestationOverview.load(try request.parameter(.id), on: request.db, clock: try request.clock())
        let body = try AttestationPage(overview, error: error, today: try request.today(), request: request)
        return try await request.page("attestation", title: request.t("attestation.title"), body: body, status: status)
    }

    @Sendable func act(_ request: Request) async throws -> Response {
        let actor = try request.requireActor(.manageAttestation)
        let intakeID = try request.parameter(.id)
        let form = try request.content.decode(ActForm.self)
        let store = CommissionStore(database: request.db, clock: try request.services().clock)
        do {
            switch form.action {
            case "commission":
                let rows = (form.members ?? [:]).sorted { (Int($0.key) ?? 0) < (Int($1.key) ?? 0) }.map(\.value)
                let members = rows.compactMap { row -> CommissionStore.MemberDraft? in
                    guard let name = row.name, !name.isBlank else { return nil }
                    return CommissionStore.MemberDraft(
                        fullName: name, position: row.position ?? "",
                        kind: CommissionMemberKind(rawValue: row.kind ?? "") ?? .teachingStaff,
                        role: CommissionRole(rawValue: row.role ?? "") ?? .member)
                }
                _ = try await store.form(for: intakeID, orderNumber: form.orderNumber, orderDate: form.orderDate,
                                         secretaryName: form.secretaryName, members: members, by: actor)
                return request.redirect(to: SiteRoute.attestation(intakeID: intakeID).path, redirectType: .normal)
            case "accounts":
                for (member, user) in (form.accounts ?? [:]).sorted(by: { $0.key < $1.key }) {
                    guard let memberID = UUID(uuidString: member) else { continue }
                    let userID = user.isEmpty ? nil : UUID(uuidString: user)
                    guard user.isEmpty || userID != nil else { throw AttestationStoreError.accountUnavailable }
                    try await store.link(member: memberID, to: userID, by: actor)
                }
                return request.redirect(to: SiteRoute.attestation(intakeID: intakeID).path, redirectType: .normal)
            case "session":
                guard let commissionID = UUID(uuidString: form.commission) else { throw AttestationStoreError.notFound }
                let session = try await store.openSession(of: commissionID, date: form.sessionDate,
                                                          protocolNumber: form.protocolNumber, by: actor)
                return request.redirect(to: SiteRoute.attestationSession(try session.requireID()).path, redirectType: .normal)
            default:
                throw Abort(.badRequest, reason: request.t("error.unknown_action"))
            }
        } catch let error as AttestationStoreError {
            if error == .forbidden { throw Abort(.forbidden, reason: request.t("error.forbidden")) }
            return try await renderIndex(request, error: request.attestationMessage(for: error), status: .unprocessableEntity)
        }
    }

    // MARK: - One session

    @Sendable func session(_ request: Request) async throws -> Response {
        try await renderSession(request, error: nil, status: .ok)
    }

    private func renderSession(_ request: Request, error: String?, status: HTTPStatus) async throws -> Response {
        _ = try request.requireActor(.viewCertificates)
        let overview: SessionOverview
        do {
            overview = try await SessionOverview.load(try request.parameter(.id), on: request.db, clock: try request.clock())
        } catch is AttestationStoreError {
            throw Abort(.notFound, reason: request.t("error.http.404"))
        }
        let body = try SessionPage(overview, error: error, request: request)
        return try await request.page("session", title: body.title, body: body, status: status)
    }

    /// The closed protocol of the session in the path; 404 without one, 409 while it is open.
    private func protocolSheet(_ request: Request) async throws -> ProtocolSheet {
        do {
            return try await ProtocolSheet.load(try request.parameter(.id), on: request.db, clock: try request.clock())
        } catch ProtocolSheet.Problem.notFound {
            throw Abort(.notFound, reason: request.t("error.http.404"))
        } catch ProtocolSheet.Problem.notClosed {
            throw Abort(.conflict, reason: request.t("session.error.not_closed"))
        }
    }

    /// The closed protocol as a PDF, in the institution's document language.
    @Sendable func protocolPDF(_ request: Request) async throws -> Response {
        _ = try request.requireActor(.viewCertificates)
        let sheet = try await protocolSheet(request)
        let data = try await request.protocolRendering().render(sheet)
        return Response.pdf(data, fileName: "protocol-\(sheet.session.protocolNumber).pdf")
    }

    /// The rector's order on awarding as a PDF, once its number and date are recorded.
    @Sendable func awardOrderPDF(_ request: Request) async throws -> Response {
        _ = try request.requireActor(.viewCertificates)
        let sheet = try await protocolSheet(request)
        guard let order = sheet.awardOrder else { throw Abort(.notFound, reason: request.t("error.http.404")) }
        let rendering = try await request.protocolRendering()
        let data = try await PDFRenderer.render(AwardOrderDocument(sheet: sheet, order: order, localizer: rendering.localizer,
                                                                   language: rendering.language).spec())
        return Response.pdf(data, fileName: "award-order-\(order.number).pdf")
    }

    /// The session forms as posted.
    struct SessionForm: Content {
        var action: String = ""
        var present: [String]? = nil
        var votes: [String: [String: String]]? = nil
        var learner: String = ""
        /// "yes" when the registrar ticked that closing the protocol cannot be undone.
        var confirm: String? = nil
        /// The rector's order on awarding, as signed (004 §5.15).
        var orderNumber: String = ""
        var orderDate: String = ""
    }

    /// How far the session's bulk issue has got; the session page polls it while its issue request runs.
    @Sendable func issueProgress(_ request: Request) async throws -> IssueProgressBoard.Entry {
        _ = try request.requireActor(.manageAttestation)
        return try request.services().issueProgress.entry(try request.parameter(.id))
            ?? IssueProgressBoard.Entry(done: 0, total: 0, stage: "idle")
    }

    @Sendable func sessionAct(_ request: Request) async throws -> Response {
        let actor = try request.requireActor(.manageAttestation)
        let sessionID = try request.parameter(.id)
        let form = try request.content.decode(SessionForm.self)
        let services = try request.services()
        let store = CommissionStore(database: request.db, clock: services.clock)
        let certificates = try request.certificateIssuing()
        do {
            switch form.action {
            case "attendance":
                try await store.setAttendance(Set((form.present ?? []).compactMap(UUID.init(uuidString:))), in: sessionID, by: actor)
            case "votes":
                var entries: [CommissionStore.VoteEntry] = []
                for (learner, byMember) in form.votes ?? [:] {
                    guard let learnerID = UUID(uuidString: learner) else { continue }
                    for (member, value) in byMember {
                        guard let memberID = UUID(uuidString: member), let vote = AttestationVote(rawValue: value) else { continue }
                        entries.append(CommissionStore.VoteEntry(vote, of: memberID, on: learnerID))
                    }
                }
                try await store.recordVotes(entries, in: sessionID, by: actor)
            case "award_order":
                try await store.recordAwardOrder(sessionID, number: form.orderNumber, date: form.orderDate, by: actor)
            case "close":
                guard form.confirm == "yes" else {
                    return try await renderSession(request, error: request.t("session.error.confirm_close"), status: .unprocessableEntity)
                }
                _ = try await store.close(sessionID, by: actor)
            case "issue":
                guard let learnerID = UUID(uuidString: form.learner) else { throw CertificateStoreError.notFound }
                _ = try await certificates.issue(to: learnerID, from: sessionID, by: actor, render: try await request.certificateRenderer())
            case "issue_all":
                let board = services.issueProgress
                board.start(sessionID)
                defer { board.finish(sessionID) }
                _ = try await certificates.issueAll(from: sessionID, by: actor, render: try await request.certificateRenderer(),
                                                    progress: { done, total in board.update(sessionID, done: done, total: total) })
            default:
                throw Abort(.badRequest, reason: request.t("error.unknown_action"))
            }
        } catch let error as AttestationStoreError {
            if error == .forbidden { throw Abort(.forbidden, reason: request.t("error.forbidden")) }
            return try await renderSession(request, error: request.attestationMessage(for: error), status: .unprocessableEntity)
        } catch let error as CertificateStoreError {
            if error == .forbidden { throw Abort(.forbidden, reason: request.t("error.forbidden")) }
            return try await renderSession(request, error: request.certificateMessage(for: error), status: .unprocessableEntity)
        }
        return request.redirect(to: SiteRoute.attestationSession(sessionID).path, redirectType: .normal)
    }
}

extension Request {
    /// "Протокол заседания № 3, 10.11.2026".
    func sessionTitle(_ session: AttestationSessionModel) -> String {
        t("session.protocol") + " № \(session.protocolNumber), \(DisplayDate.fromISO(session.sessionDate))"
    }

    /// The message for a refused commission or certificate operation.
    func attestationMessage(for error: AttestationStoreError) -> String {
        switch error {
        case .notFound: t("error.http.404")
        case .forbidden: t("error.forbidden")
        case .invalidInput(let field): t("learning.error.invalid", ["field": t("attestation.field.\(field)")])
        case .composition(let problems):
            problems.map { problem in
                switch problem {
                case .tooFewMembers(let minimum): t("commission.error.too_few", ["min": "\(minimum)"])
                case .missingKind(let kind): t("commission.error.missing_kind", ["kind": t("member_kind.\(kind.rawValue)")])
                case .chairCount: t("commission.error.chair")
                }
            }.joined(separator: " ")
        case .sessionClosed: t("session.error.closed")
        case .learnerNotReady: t("session.error.not_ready")
        case .alreadyAwarded: t("session.error.already_awarded")
        case .memberAbsent: t("session.error.absent")
        case .voting(_, let problem):
            switch problem {
            case .noQuorum(let present, let required): t("session.error.quorum", ["present": "\(present)", "required": "\(required)"])
            case .missingVotes(let count): application.localizer.plural("session.error.missing_votes", language, count: count,
                                                                                     variant: wordingVariant)
            case .voteFromAbsentMember, .notAMember: t("session.error.absent")
            }
        case .accountUnavailable: t("commission.error.account")
        case .votedInPerson: t("session.error.voted_in_person")
        case .beforeStudyEnds(let endsOn): t("attestation.error.before_study_ends", ["end": AlmatyDate.dotted(iso: endsOn)])
        case .sessionOpen: t("session.error.not_closed")
        case .awardOrderRecorded(let number): t("award_order.error.recorded", ["number": number])
        case .awardOrder(let problems):
            problems.problems.map { problem in
                switch problem {
                case .numberMissing: t("award_order.error.number")
                case .numberTooLong(let maximum): t("validation.too_long", ["field": t("award_order.number"), "max": "\(maximum)"])
                case .dateInvalid: t("award_order.error.date")
                case .dateInFuture(let today): t("award_order.error.future", ["today": AlmatyDate.dotted(iso: today)])
                case .dateBeforeProtocol(let date): t("award_order.error.before_protocol", ["date": AlmatyDate.dotted(iso: date)])
                }
            }.joined(separator: " ")
        }
    }

    /// The message for a refused issue, revocation or reissue.
    func certificateMessage(for error: CertificateStoreError) -> String {
        switch error {
        case .notFound: t("error.http.404")
        case .forbidden: t("error.forbidden")
        case .invalidInput(let field): t("learning.error.invalid", ["field": t("attestation.field.\(field)")])
        case .notAwarded: t("certificate.error.not_awarded")
        case .alreadyIssued(let number): t("certificate.error.already_issued", ["number": number])
        case .alreadyRevoked: t("certificate.error.already_revoked")
        case .learnerNotReady: t("session.error.not_ready")
        case .beforeStudyEnds(let endsOn): t("attestation.error.before_study_ends", ["end": AlmatyDate.dotted(iso: endsOn)])
        case .institutionNotSetUp(let gaps): notSetUpMessage(gaps)
        case .invalidDecision(let problems): message(for: problems)
        case .awardOrderMissing: t("award_order.issue_waits")
        case .institutionNotSetUp(let gaps): notSetUpMessage(gaps)
        case .invalidDecision(let problems): message(for: problems)
        case .awardOrderMissing: t("award_order.issue_waits")
        }
    }
}

extension AttestationController.ActForm {
    /// Missing fields read as their defaults: each form on the page posts only its own fields.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init()
        action = try container.decodeIfPresent(String.self, forKey: .action) ?? ""
        orderNumber = try container.decodeIfPresent(String.self, forKey: .orderNumber) ?? ""
        orderDate = try container.decodeIfPresent(String.self, forKey: .orderDate) ?? ""
        secretaryName = try container.decodeIfPresent(String.self, forKey: .secretaryName) ?? ""
        members = try container.decodeIfPresent([String: MemberRow].self, forKey: .members)
        commission = try container.decodeIfPresent(String.self, forKey: .commission) ?? ""
        sessionDate = try container.decodeIfPresent(String.self, forKey: .sessionDate) ?? ""
        protocolNumber = try container.decodeIfPresent(String.self, forKey: .protocolNumber) ?? ""
        accounts = try container.decodeIfPresent([String: String].self, forKey: .accounts)
    }
}

extension AttestationController.SessionForm {
    /// Missing fields read as their defaults: each form on the page posts only its own fields.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init()
        action = try container.decodeIfPresent(String.self, forKey: .action) ?? ""
        present = try container.decodeIfPresent([String].self, forKey: .present)
        votes = try container.decodeIfPresent([String: [String: String]].self, forKey: .votes)
        learner = try container.decodeIfPresent(String.self, forKey: .learner) ?? ""
        confirm = try container.decodeIfPresent(String.self, forKey: .confirm)
        orderNumber = try container.decodeIfPresent(String.self, forKey: .orderNumber) ?? ""
        orderDate = try container.decodeIfPresent(String.self, forKey: .orderDate) ?? ""
    }
}
