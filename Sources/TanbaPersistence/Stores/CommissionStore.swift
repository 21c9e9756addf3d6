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
    case memberAbsent
    case voting(learnerID: UUID, AttestationVoting.Problem)
    /// No positive decision, or a certificate already issued for this learner and intake.
    case notAwarded
    case alreadyIssued(String)
    case alreadyRevoked
}

/// Qualification commissions, their sessions, votes and protocols (000 §4.6, 004 §5.14).
public struct CommissionStore: Sendable {
    public let database: any Database
    public let clock: Clock

    public init(database: any Database, clock: Clock = .live) {
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
                     members: [MemberDraft], by actor: Actor) async throws -> CommissionModel {
        guard actor.role == .registrar else { throw AttestationStoreError.forbidden }
        guard try await IntakeModel.find(intakeID, on: database) != nil else { throw AttestationStoreError.notFound }
        guard (1...50).contains(orderNumber.trimmed.count) else { throw AttestationStoreError.invalidInput(field: "orderNumber") }
        guard IntakeStore.day(orderDate) != nil else { throw AttestationStoreError.invalidInput(field: "orderDate") }
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
        try await CommissionMemberModel.query(on: database).filter(\.$commissionID == commissionID).all()
            .sorted { ($0.role == CommissionRole.chair.rawValue ? 0 : 1, $0.fullName) < ($1.role == CommissionRole.chair.rawValue ? 0 : 1, $1.fullName) }
    }

    public func openSession(of commissionID: UUID, date: String, protocolNumber: String, by actor: Actor) async throws
        -> AttestationSessionModel {
        guard actor.role == .registrar else { throw AttestationStoreError.forbidden }
        guard let commission = try await CommissionModel.find(commissionID, on: database) else { throw AttestationStoreError.notFound }
        guard IntakeStore.day(date) != nil else { throw AttestationStoreError.invalidInput(field: "sessionDate") }
        guard (1...50).contains(protocolNumber.trimmed.count) else { throw AttestationStoreError.invalidInput(field: "protocolNumber") }
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

    /// Learners enrolled in the intake who passed every discipline.
    public func readyLearners(of intakeID: UUID) async throws -> [UserModel] {
        let gradebook = GradebookStore(database: database)
        var ready: [UserModel] = []
        for learner in try await gradebook.enrolledLearners(of: intakeID) {
            if let id = learner.id, try await gradebook.record(of: id, in: intakeID).ready { ready.append(learner) }
        }
        return ready
    }

    public func setAttendance(_ present: Set<UUID>, in sessionID: UUID, by actor: Actor) async throws {
        guard actor.role == .registrar else { throw AttestationStoreError.forbidden }
        let session = try await session(sessionID)
        guard !session.isClosed else { throw AttestationStoreError.sessionClosed }
        let memberIDs = Set(try await members(of: session.commissionID).compactMap(\.id))
        session.present = present.intersection(memberIDs)
        try await session.update(on: database)
    }

    /// Records a vote as the commission's secretary takes it down.
    public func recordVote(_ vote: AttestationVote, of memberID: UUID, on learnerID: UUID, in sessionID: UUID, by actor: Actor) async throws {
        guard actor.role == .registrar else { throw AttestationStoreError.forbidden }
        try await database.transaction { db in
            guard let session = try await AttestationSessionModel.find(sessionID, on: db) else { throw AttestationStoreError.notFound }
            guard !session.isClosed else { throw AttestationStoreError.sessionClosed }
            guard session.present.contains(memberID) else { throw AttestationStoreError.memberAbsent }
            let ready = try await CommissionStore(database: db).readyLearners(of: session.intakeID).compactMap(\.id)
            guard ready.contains(learnerID) else { throw AttestationStoreError.learnerNotReady }
            let count = try await AttestationVoteModel.query(on: db).filter(\.$sessionID == sessionID).count()
            try await AttestationVoteModel(sessionID: sessionID, memberID: memberID, learnerID: learnerID, vote: vote,
                                           sequence: count + 1, recordedBy: actor.id, at: clock.now()).create(on: db)
        }
    }

    /// The latest vote of each member on each learner.
    public func votes(in sessionID: UUID, on db: (any Database)? = nil) async throws -> [UUID: [UUID: AttestationVote]] {
        let rows = try await AttestationVoteModel.query(on: db ?? database).filter(\.$sessionID == sessionID).all()
            .sorted { $0.sequence < $1.sequence }
        var result: [UUID: [UUID: AttestationVote]] = [:]
        for row in rows {
            if let vote = AttestationVote(rawValue: row.vote) { result[row.learnerID, default: [:]][row.memberID] = vote }
        }
        return result
    }

    /// Closes the protocol: every ready learner gets a decision, or nothing closes.
    public func close(_ sessionID: UUID, by actor: Actor) async throws -> [AttestationDecisionModel] {
        guard actor.role == .registrar else { throw AttestationStoreError.forbidden }
        let rules = try await SettingsStore.policy(on: database).commissionRules
        let now = clock.now()
        return try await database.transaction { db in
            guard let session = try await AttestationSessionModel.find(sessionID, on: db) else { throw AttestationStoreError.notFound }
            guard !session.isClosed else { throw AttestationStoreError.sessionClosed }
            let store = CommissionStore(database: db)
            let members = try await store.members(of: session.commissionID).compactMap(\.member)
            let votes = try await store.votes(in: sessionID, on: db)
            var decisions: [AttestationDecisionModel] = []
            for learner in try await store.readyLearners(of: session.intakeID) {
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
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
