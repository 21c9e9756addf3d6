import Fluent
import Foundation
import TanbaCore

/// Why a commission operation was refused; nothing was changed.
public enum AttestationStoreError: Error, Sendable, Equatable {
    case notFound
    case forbidden
    case invalidInput(field: String)
    case composition([CommissionRules.CompositionProblem])
    /// The protocol is closed: votes and decisions no longer change.
    case sessionClosed
    case learnerNotReady
    /// The learner already holds a valid certificate of the intake, or an award waiting to be issued.
    case alreadyAwarded
    case memberAbsent
    case voting(learnerID: UUID, AttestationVoting.Problem)
    /// The account cannot sit on the commission: unknown, a learner's, blocked, or already another member's.
    case accountUnavailable
    /// The member cast this vote in person; the secretary cannot record another one for them.
    case votedInPerson
    /// A session or an issue dated before the intake's last day of study.
    case beforeStudyEnds(endsOn: String)
    /// An award order rests on a closed protocol.
    case sessionOpen
    /// The protocol already has its award order; an order is never changed.
    case awardOrderRecorded(number: String)
    case awardOrder(AwardOrder.Problems)
}

/// Qualification commissions, their sessions, votes and protocols (000 §4.6, 004 §5.14).
public struct CommissionStore: Sendable {
    public let database: any Database
    public let clock: Clock

    public init(database: any Database, clock: Clock) {
        self.database = database
        self.clock = clock
    }

    /// A member as the registrar enters them.
    public struct MemberDraft: Sendable {
        public let fullName: String
        public let position: String
        public let kind: CommissionMemberKind
        public let role: CommissionRole

        public init(fullName: String, position: String, kind: CommissionMemberKind, role: CommissionRole) {
            self.fullName = fullName
            self.position = position
            self.kind = kind
            self.role = role
        }
    }

    /// Forms the commission by order; the composition must satisfy the policy.
    public func form(for intakeID: UUID, orderNumber: String, orderDate: String, secretaryName: String,
                     members: [MemberDraft], by actor: ActingUser) async throws -> CommissionModel {
        guard actor.role.may(.manageAttestation) else { throw AttestationStoreError.forbidden }
        guard try await IntakeModel.find(intakeID, on: database) != nil else { throw AttestationStoreError.notFound }
        guard (1...50).contains(orderNumber.trimmed.count) else { throw AttestationStoreError.invalidInput(field: "orderNumber") }
        guard AlmatyDate.day(iso: orderDate) != nil else { throw AttestationStoreError.invalidInput(field: "orderDate") }
        guard (1...200).contains(secretaryName.trimmed.count) else { throw AttestationStoreError.invalidInput(field: "secretaryName") }
        let named = members.filter { !$0.fullName.trimmed.isEmpty }
        let rules = try await SettingsStore.policy(on: database).commissionRules
        let problems = rules.problems(with: named.map { CommissionMember(id: UUID(), kind: $0.kind, role: $0.role) })
        guard problems.isEmpty else { throw AttestationStoreError.composition(problems) }
        let now = clock.now()
        return try await database.transaction { db in
            let commission = CommissionModel(intakeID: intakeID, orderNumber: orderNumber.trimmed, orderDate: orderDate,
                                             secretaryName: secretaryName.trimmed, at: now)
            try await commission.create(on: db)
            for member in named {
                try await CommissionMemberModel(commissionID: try commission.requireID(), fullName: String(member.fullName.trimmed.prefix(200)),
                                                position: String(member.position.trimmed.prefix(300)), kind: member.kind,
                                                role: member.role).create(on: db)
            }
            return commission
        }
    }

    public func commissions(of intakeID: UUID) async throws -> [CommissionModel] {
        try await CommissionModel.query(on: database).filter(\.$intakeID == intakeID).sort(\.$createdAt).all()
    }

    public func members(of commissionID: UUID) async throws -> [CommissionMemberModel] {
        Self.chairFirst(try await CommissionMemberModel.query(on: database).filter(\.$commissionID == commissionID).all())
    }

    /// Members as protocols list them: the chair first, then by name.
    static func chairFirst(_ members: [CommissionMemberModel]) -> [CommissionMemberModel] {
        members.sorted { ($0.role == CommissionRole.chair.rawValue ? 0 : 1, $0.fullName) < ($1.role == CommissionRole.chair.rawValue ? 0 : 1, $1.fullName) }
    }

    /// Refuses a day before the intake's last day of study.
    static func checkAfterStudy(_ day: String, intakeID: UUID, on database: any Database) async throws {
        guard let intake = try await IntakeModel.find(intakeID, on: database) else { throw AttestationStoreError.notFound }
        do {
            try StudyPeriod(startsOn: intake.startsOn, endsOn: intake.endsOn).checkAfterStudy(day)
        } catch .beforeStudyEnds(let endsOn) {
            throw AttestationStoreError.beforeStudyEnds(endsOn: endsOn)
        }
    }

    public func openSession(of commissionID: UUID, date: String, protocolNumber: String, by actor: ActingUser) async throws
        -> AttestationSessionModel {
        guard actor.role.may(.manageAttestation) else { throw AttestationStoreError.forbidden }
        guard let commission = try await CommissionModel.find(commissionID, on: database) else { throw AttestationStoreError.notFound }
        guard AlmatyDate.day(iso: date) != nil else { throw AttestationStoreError.invalidInput(field: "sessionDate") }
        guard (1...50).contains(protocolNumber.trimmed.count) else { throw AttestationStoreError.invalidInput(field: "protocolNumber") }
        try await Self.checkAfterStudy(date, intakeID: commission.intakeID, on: database)
        let session = AttestationSessionModel(commissionID: commissionID, intakeID: commission.intakeID, sessionDate: date,
                                              protocolNumber: protocolNumber.trimmed, at: clock.now())
        session.present = Set(try await members(of: commissionID).compactMap(\.id))
        try await session.create(on: database)
        return session
    }

    public func session(_ id: UUID) async throws -> AttestationSessionModel {
        guard let session = try await AttestationSessionModel.find(id, on: database) else { throw AttestationStoreError.notFound }
        return session
    }

    public func sessions(of intakeID: UUID) async throws -> [AttestationSessionModel] {
        try await AttestationSessionModel.query(on: database).filter(\.$intakeID == intakeID).sort(\.$createdAt).all()
    }

    /// Learners enrolled in the intake who passed every discipline (one read of the gradebook).
    public func readyLearners(of intakeID: UUID) async throws -> [UserModel] {
        try await GradebookStore(database: database, clock: clock).sheet(for: intakeID).rows.filter(\.isReady).map(\.learner)
    }

    /// Ready learners a new protocol still has to decide on: not those holding a valid certificate
    /// of the intake, nor those a closed protocol awarded whose certificate is yet to be issued. A
    /// learner refused earlier, or whose certificate was revoked, comes before the commission again.
    public func learnersAwaitingDecision(of intakeID: UUID) async throws -> [UserModel] {
        let certificates = try await CertificateModel.query(on: database).filter(\.$intakeID == intakeID)
            .field(\.$id).field(\.$learnerID).field(\.$status).all()
        let closed = try await sessions(of: intakeID).filter(\.isClosed).compactMap(\.id)
        let decisions = closed.isEmpty ? [] : try await AttestationDecisionModel.query(on: database).filter(\.$sessionID ~~ closed).all()
        return Self.awaitingDecision(try await readyLearners(of: intakeID), certificates: certificates, closedDecisions: decisions)
    }

    /// Of `ready`, those a new protocol decides on, given the intake's certificates and the
    /// decisions of its closed sessions.
    static func awaitingDecision(_ ready: [UserModel], certificates: [CertificateModel],
                                 closedDecisions: [AttestationDecisionModel]) -> [UserModel] {
        let certified = Set(certificates.filter { $0.status == CertificateStatus.valid.rawValue }.map(\.learnerID))
        let withCertificate = Set(certificates.map(\.learnerID))
        let awaitingIssue = Set(closedDecisions.filter { $0.awards && !withCertificate.contains($0.learnerID) }.map(\.learnerID))
        return ready.filter { learner in
            guard let id = learner.id else { return false }
            return !certified.contains(id) && !awaitingIssue.contains(id)
        }
    }

    /// The learners a session's protocol is about: while open, those awaiting a decision; once
    /// closed, exactly those it decided on (by name).
    public func learners(of session: AttestationSessionModel) async throws -> [UserModel] {
        guard session.isClosed else { return try await learnersAwaitingDecision(of: session.intakeID) }
        let decided = try await decisions(in: try session.requireID()).map(\.learnerID)
        guard !decided.isEmpty else { return [] }
        return try await UserModel.query(on: database).filter(\.$id ~~ decided).sort(\.$fullName).all()
    }

    public func setAttendance(_ present: Set<UUID>, in sessionID: UUID, by actor: ActingUser) async throws {
        guard actor.role.may(.manageAttestation) else { throw AttestationStoreError.forbidden }
        let session = try await session(sessionID)
        guard !session.isClosed else { throw AttestationStoreError.sessionClosed }
        let memberIDs = Set(try await members(of: session.commissionID).compactMap(\.id))
        session.present = present.intersection(memberIDs)
        try await session.update(on: database)
    }

    /// One member's vote on one learner, as a voting form sends it.
    public struct VoteEntry: Sendable, Equatable {
        public let vote: AttestationVote
        public let memberID: UUID
        public let learnerID: UUID

        public init(_ vote: AttestationVote, of memberID: UUID, on learnerID: UUID) {
            self.vote = vote
            self.memberID = memberID
            self.learnerID = learnerID
        }
    }

    /// Records a vote: the registrar as the commission's secretary takes it down, or the member
    /// casts it in person from the account linked to their seat. Only the latest vote of a member
    /// on a learner counts; every vote stays in the table with who recorded it, and re-sending the
    /// same choice records nothing.
    public func recordVote(_ vote: AttestationVote, of memberID: UUID, on learnerID: UUID, in sessionID: UUID, by actor: ActingUser) async throws {
        try await recordVotes([VoteEntry(vote, of: memberID, on: learnerID)], in: sessionID, by: actor)
    }

    /// Records a whole voting form as ``recordVote(_:of:on:in:by:)`` records one vote, in one
    /// transaction: one refused vote leaves every other unrecorded too.
    public func recordVotes(_ entries: [VoteEntry], in sessionID: UUID, by actor: ActingUser) async throws {
        guard !entries.isEmpty else { return }
        let now = clock.now()
        try await database.transaction { db in
            guard let session = try await AttestationSessionModel.find(sessionID, on: db) else { throw AttestationStoreError.notFound }
            let store = CommissionStore(database: db, clock: clock)
            let members = Dictionary(try await store.members(of: session.commissionID).compactMap { seat in
                seat.id.map { ($0, seat) }
            }, uniquingKeysWith: { first, _ in first })
            // Who is before this protocol is worked out once per form, not once per vote: it reads
            // the intake's whole gradebook.
            let awaiting = Set(try await store.learnersAwaitingDecision(of: session.intakeID).compactMap(\.id))
            // The latest vote of each member on each learner, kept current as the form's votes are added.
            var latestVotes: [String: AttestationVoteModel] = [:]
            let recorded = try await AttestationVoteModel.query(on: db).filter(\.$sessionID == sessionID).all()
            for vote in recorded.sorted(by: { $0.sequence < $1.sequence }) {
                latestVotes["\(vote.memberID)/\(vote.learnerID)"] = vote
            }
            var sequence = recorded.count
            for entry in entries {
                let member = members[entry.memberID]
                guard actor.role.may(.manageAttestation) || (member?.userID != nil && member?.userID == actor.id) else {
                    throw AttestationStoreError.forbidden
                }
                guard !session.isClosed else { throw AttestationStoreError.sessionClosed }
                guard session.present.contains(entry.memberID) else { throw AttestationStoreError.memberAbsent }
                guard awaiting.contains(entry.learnerID) else {
                    let ready = try await store.readyLearners(of: session.intakeID).contains { $0.id == entry.learnerID }
                    throw ready ? AttestationStoreError.alreadyAwarded : AttestationStoreError.learnerNotReady
                }
                let latest = latestVotes["\(entry.memberID)/\(entry.learnerID)"]
                // Forms re-send every choice: an unchanged one is not a new vote.
                guard latest?.vote != entry.vote.rawValue else { continue }
                if let account = member?.userID, account != actor.id, latest?.recordedBy == account {
                    throw AttestationStoreError.votedInPerson
                }
                sequence += 1
                let row = AttestationVoteModel(sessionID: sessionID, memberID: entry.memberID, learnerID: entry.learnerID,
                                               vote: entry.vote, sequence: sequence, recordedBy: actor.id, at: now)
                try await row.create(on: db)
                latestVotes["\(entry.memberID)/\(entry.learnerID)"] = row
            }
        }
    }

    /// Links a member's seat to the account they sign in with (`nil` unlinks), so they vote in person.
    public func link(member memberID: UUID, to userID: UUID?, by actor: ActingUser) async throws {
        guard actor.role.may(.manageAttestation) else { throw AttestationStoreError.forbidden }
        let now = clock.now()
        try await database.transaction { db in
            guard let member = try await CommissionMemberModel.find(memberID, on: db) else { throw AttestationStoreError.notFound }
            guard member.userID != userID else { return }
            var details = ""
            if let userID {
                guard let user = try await UserModel.find(userID, on: db), user.isActive, try user.role.may(.sitOnCommission)
                else { throw AttestationStoreError.accountUnavailable }
                let taken = try await CommissionMemberModel.query(on: db).filter(\.$commissionID == member.commissionID)
                    .filter(\.$userID == userID).filter(\.$id != memberID).count()
                guard taken == 0 else { throw AttestationStoreError.accountUnavailable }
                details = "\(member.fullName) → \(user.login)"
            } else {
                details = member.fullName
            }
            member.userID = userID
            try await member.update(on: db)
            try await AuditEventModel(actor: actor, action: userID == nil ? "member_account_unlinked" : "member_account_linked",
                                      subjectID: memberID, details: details, at: now).create(on: db)
        }
    }

    /// A seat of a signed-in user: their member row on a commission and one of its sessions.
    public struct Seat: Sendable {
        public let member: CommissionMemberModel
        public let session: AttestationSessionModel
    }

    /// The sessions of every commission `userID` sits on, open ones first, then newest first.
    public func seats(of userID: UUID) async throws -> [Seat] {
        let members = try await CommissionMemberModel.query(on: database).filter(\.$userID == userID).all()
        guard !members.isEmpty else { return [] }
        let byCommission = Dictionary(members.map { ($0.commissionID, $0) }, uniquingKeysWith: { first, _ in first })
        let sessions = try await AttestationSessionModel.query(on: database).filter(\.$commissionID ~~ Array(byCommission.keys)).all()
        return sessions.compactMap { session in byCommission[session.commissionID].map { Seat(member: $0, session: session) } }
            .sorted { ($0.session.isClosed ? 1 : 0, $1.session.createdAt) < ($1.session.isClosed ? 1 : 0, $0.session.createdAt) }
    }

    /// Every vote in the session with who recorded it, oldest first (the audit view of the protocol).
    public func voteRecords(in sessionID: UUID) async throws -> [AttestationVoteModel] {
        try await AttestationVoteModel.query(on: database).filter(\.$sessionID == sessionID).sort(\.$sequence).all()
    }

    /// The latest vote of each member on each learner.
    public func votes(in sessionID: UUID, on db: (any Database)? = nil) async throws -> [UUID: [UUID: AttestationVote]] {
        let rows = try await AttestationVoteModel.query(on: db ?? database).filter(\.$sessionID == sessionID).all()
            .sorted { $0.sequence < $1.sequence }
        var result: [UUID: [UUID: AttestationVote]] = [:]
        for row in rows {
            let vote: AttestationVote = try UnknownStoredValue.decode(row.vote, column: "attestation_votes.vote")
            result[row.learnerID, default: [:]][row.memberID] = vote
        }
        return result
    }

    /// Closes the protocol: every learner awaiting a decision gets one, or nothing closes.
    public func close(_ sessionID: UUID, by actor: ActingUser) async throws -> [AttestationDecisionModel] {
        guard actor.role.may(.manageAttestation) else { throw AttestationStoreError.forbidden }
        let rules = try await SettingsStore.policy(on: database).commissionRules
        let now = clock.now()
        return try await database.transaction { db in
            guard let session = try await AttestationSessionModel.find(sessionID, on: db) else { throw AttestationStoreError.notFound }
            guard !session.isClosed else { throw AttestationStoreError.sessionClosed }
            let store = CommissionStore(database: db, clock: clock)
            let members = try await store.members(of: session.commissionID).compactMap(\.member)
            let votes = try await store.votes(in: sessionID, on: db)
            var decisions: [AttestationDecisionModel] = []
            for learner in try await store.learnersAwaitingDecision(of: session.intakeID) {
                let learnerID = try learner.requireID()
                let decision: AttestationDecision
                do {
                    decision = try AttestationVoting(rules: rules).decide(members: members, present: session.present,
                                                                          votes: votes[learnerID] ?? [:])
                } catch let problem as AttestationVoting.Problem {
                    throw AttestationStoreError.voting(learnerID: learnerID, problem)
                }
                let row = AttestationDecisionModel(sessionID: sessionID, learnerID: learnerID, decision: decision, at: now)
                try await row.create(on: db)
                decisions.append(row)
            }
            session.closedAt = now
            try await session.update(on: db)
            try await AuditEventModel(actor: actor, action: "protocol_closed", subjectID: sessionID,
                                      details: "protocol \(session.protocolNumber): \(decisions.count) decisions", at: now).create(on: db)
            return decisions
        }
    }

    public func decisions(in sessionID: UUID) async throws -> [AttestationDecisionModel] {
        try await AttestationDecisionModel.query(on: database).filter(\.$sessionID == sessionID).all()
    }

    /// A session's decisions with each learner's full name, for the protocol: two queries.
    public func decisionsWithNames(in sessionID: UUID) async throws -> [(decision: AttestationDecisionModel, learnerName: String)] {
        let decisions = try await decisions(in: sessionID)
        let ids = decisions.map(\.learnerID)
        let names = ids.isEmpty ? [:] : Dictionary(try await UserModel.query(on: database).filter(\.$id ~~ ids).all()
            .compactMap { user in user.id.map { ($0, user.fullName) } }, uniquingKeysWith: { first, _ in first })
        return decisions.map { ($0, names[$0.learnerID] ?? "") }
    }

    /// The commission with `id`, if any.
    public func commission(_ id: UUID) async throws -> CommissionModel? {
        try await CommissionModel.find(id, on: database)
    }

    /// Active staff who may sit on a commission, by name: the accounts a member seat can be linked to.
    public func staffAccounts() async throws -> [UserModel] {
        try await UserModel.query(on: database).filter(\.$roleRaw != Role.learner.rawValue)
            .filter(\.$isActive == true).sort(\.$fullName).all()
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
