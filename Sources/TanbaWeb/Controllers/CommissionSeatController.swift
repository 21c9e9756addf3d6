import Fluent
import Vapor
import TanbaCore
import TanbaPersistence

/// A commission member's own page: the sessions of the commissions they sit on, and their votes,
/// cast in person from the account the registrar linked to their seat (000 §4.6: each member
/// present votes on each learner).
struct CommissionSeatController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.commissionSeats.pattern, use: index)
        routes.post(SiteRoute.commissionSeatSession(RouteParameter.id).pattern, use: vote)
    }

    /// The page body.
    struct Body: Encodable {
        let sessions: [SessionView]
        let error: String?
        /// Recognition cases waiting for the conclusion of an expert group the member sits on.
        let expertise: String?
        /// Recognition cases waiting for the commission, for its voting members.
        let ballots: String?
    }

    /// One session from the member's seat.
    struct SessionView: Encodable {
        let id: String
        let title: String
        let program: String
        let seat: String
        let present: Bool
        let closed: Bool
        /// Open, and the member is marked present: the form is live.
        let canVote: Bool
        let learners: [LearnerView]
        let actionLink: String
    }

    /// One learner as the member sees them.
    struct LearnerView: Encodable {
        let id: String
        let name: String
        let gpa: String
        let award: Bool
        let refuse: Bool
        let decision: String
    }

    @Sendable func index(_ request: Request) async throws -> Response {
        try await render(request, error: nil, status: .ok)
    }

    private func render(_ request: Request, error: String?, status: HTTPStatus) async throws -> Response {
        let actor = try request.requireActor(.sitOnCommission)
        let store = CommissionStore(database: request.db, clock: try request.clock())
        let intakes = IntakeStore(database: request.db, clock: try request.clock())
        let gradebook = GradebookStore(database: request.db, clock: try request.clock())
        var sessions: [SessionView] = []
        for seat in try await store.seats(of: actor.id) {
            let session = seat.session
            let sessionID = try session.requireID()
            let memberID = try seat.member.requireID()
            let intake = try await intakes.find(session.intakeID)
            let votes = try await store.votes(in: sessionID)
            let decisions = try await store.decisions(in: sessionID)
            let learners = try await store.learners(of: session)
            let sheet = try await gradebook.sheet(for: session.intakeID)
            var rows: [LearnerView] = []
            for learner in learners {
                let learnerID = try learner.requireID()
                let vote = votes[learnerID]?[memberID]
                let summary = sheet.row(of: learnerID)?.summary(on: sheet.scale) ?? LearningSummary([])
                rows.append(LearnerView(id: learnerID.uuidString, name: learner.fullName, gpa: summary.gpaText ?? "—",
                                        award: vote == .award, refuse: vote == .refuse,
                                        decision: decisions.first { $0.learnerID == learnerID }
                                            .map { SessionPage.decisionText($0, request: request) } ?? ""))
            }
            let present = session.present.contains(memberID)
            sessions.append(SessionView(
                id: sessionID.uuidString,
                title: request.sessionTitle(session),
                program: IntakeView.heading(program: try? await intakes.content(of: intake).title, intake: intake.title),
                seat: seat.member.fullName + (seat.member.role == CommissionRole.chair.rawValue ? " · " + request.t("member_role.chair") : ""),
                present: present, closed: session.isClosed, canVote: present && !session.isClosed, learners: rows,
                actionLink: SiteRoute.commissionSeatSession(sessionID).path))
        }
        return try await request.page("commission-seat", title: request.t("seat.title"),
                                      body: Body(sessions: sessions, error: error, expertise: try await expertiseLink(request, actor: actor),
                                                 ballots: try await ballotsLink(request, actor: actor)), status: status)
    }

    /// The vote form as posted: learner id → `award` or `refuse` (an empty choice records nothing).
    struct VoteForm: Content {
        var votes: [String: String]? = nil
    }

    @Sendable func vote(_ request: Request) async throws -> Response {
        let actor = try request.requireActor(.sitOnCommission)
        let sessionID = try request.parameter(.id)
        let form = try request.content.decode(VoteForm.self)
        let store = CommissionStore(database: request.db, clock: try request.services().clock)
        do {
            guard let seat = try await store.seats(of: actor.id).first(where: { $0.session.id == sessionID }) else {
                throw AttestationStoreError.forbidden
            }
            let memberID = try seat.member.requireID()
            let entries = try (form.votes ?? [:]).sorted(by: { $0.key < $1.key }).filter { !$0.value.isEmpty }.map { learner, value in
                guard let learnerID = UUID(uuidString: learner), let vote = AttestationVote(rawValue: value) else {
                    throw AttestationStoreError.invalidInput(field: "vote")
                }
                return CommissionStore.VoteEntry(vote, of: memberID, on: learnerID)
            }
            try await store.recordVotes(entries, in: sessionID, by: actor)
        } catch let error as AttestationStoreError {
            if error == .forbidden { throw Abort(.forbidden, reason: request.t("error.forbidden")) }
            return try await render(request, error: request.attestationMessage(for: error), status: .unprocessableEntity)
        }
        return request.redirect(to: SiteRoute.commissionSeats.path, redirectType: .normal)
    }

    /// "Recognition: waiting for your vote — 2" for a voting member of the recognition commission
    /// with cases before it; nil otherwise.
    private func ballotsLink(_ request: Request, actor: ActingUser) async throws -> String? {
        let waiting = try await RecognitionBallots(database: request.db, clock: try request.clock()).waiting(for: actor.id)
        let open = waiting.filter { $0.myVote == nil }.count
        return waiting.isEmpty ? nil : request.t("recognition.ballot.waiting", ["count": "\(open)"])
    }

    /// "Recognition expertise (2)" for a member of an expert group with cases waiting; nil otherwise.
    private func expertiseLink(_ request: Request, actor: ActingUser) async throws -> String? {
        let waiting = try await RecognitionExpertise(database: request.db, clock: try request.clock()).awaitingConclusion(by: actor.id)
        return waiting.isEmpty ? nil : request.t("recognition.expertise.waiting", ["count": "\(waiting.count)"])
    }
}

extension CommissionSeatController.VoteForm {
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init()
        votes = try container.decodeIfPresent([String: String].self, forKey: .votes)
    }
}
