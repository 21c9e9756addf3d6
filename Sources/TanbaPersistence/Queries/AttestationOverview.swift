import Fluent
import Foundation
import TanbaCore

/// Everything an intake's attestation page shows («итоговая аттестация»): its commissions with
/// their members and sessions, the staff a member's seat may be linked to, and every learner
/// admitted with where they stand. A fixed number of queries however many there are of each.
public struct AttestationOverview: Sendable {
    public let intake: IntakeModel
    public let content: ProgramContent
    /// In the order they were formed.
    public let commissions: [Commission]
    /// Active staff accounts by name.
    public let staff: [UserModel]
    /// Learners who passed every discipline, in the gradebook's order.
    public let readyLearners: [ReadyLearner]

    /// A commission formed by an order, its members (the chair first, then by name) and its sessions.
    public struct Commission: Sendable {
        public let commission: CommissionModel
        public let members: [CommissionMemberModel]
        public let sessions: [AttestationSessionModel]
    }

    /// A learner admitted to the final attestation.
    public struct ReadyLearner: Sendable {
        public let learner: UserModel
        public let standing: Standing
    }

    /// Whether a new protocol decides on the learner, and why not when it does not.
    public enum Standing: Sendable, Equatable {
        case awaitingDecision
        /// Holds this valid certificate of the intake.
        case certified(number: String)
        /// A closed protocol awarded them; the certificate is still to be issued.
        case awaitingIssue
    }

    public static func load(_ intakeID: UUID, on database: any Database, clock: Clock) async throws -> AttestationOverview {
        let intakes = IntakeStore(database: database, clock: clock)
        let intake = try await intakes.find(intakeID)
        let content = try await intakes.content(of: intake)
        let commissions = try await CommissionModel.query(on: database).filter(\.$intakeID == intakeID).sort(\.$createdAt).all()
        let commissionIDs = try commissions.map { try $0.requireID() }
        let members = commissionIDs.isEmpty ? []
            : try await CommissionMemberModel.query(on: database).filter(\.$commissionID ~~ commissionIDs).all()
        let sessions = try await AttestationSessionModel.query(on: database).filter(\.$intakeID == intakeID).sort(\.$createdAt).all()
        let staff = try await CommissionStore(database: database, clock: clock).staffAccounts()
        let membersByCommission = Dictionary(grouping: members, by: \.commissionID)
        let sessionsByCommission = Dictionary(grouping: sessions, by: \.commissionID)
        let listed = try commissions.map { commission in
            let id = try commission.requireID()
            return Commission(commission: commission, members: CommissionStore.chairFirst(membersByCommission[id] ?? []),
                              sessions: sessionsByCommission[id] ?? [])
        }

        let ready = try await GradebookStore(database: database, clock: clock).sheet(for: intakeID).rows.filter(\.isReady).map(\.learner)
        let certificates = try await CertificateModel.query(on: database).filter(\.$intakeID == intakeID)
            .field(\.$id).field(\.$learnerID).field(\.$status).field(\.$registrationNumber).all()
        let closed = sessions.filter(\.isClosed).compactMap(\.id)
        let awards = closed.isEmpty ? [] : try await AttestationDecisionModel.query(on: database).filter(\.$sessionID ~~ closed).all()
        let awaiting = Set(CommissionStore.awaitingDecision(ready, certificates: certificates, closedDecisions: awards).compactMap(\.id))
        let numbers = Dictionary(certificates.filter { $0.status == CertificateStatus.valid.rawValue }
            .map { ($0.learnerID, $0.registrationNumber) }, uniquingKeysWith: { first, _ in first })
        let readyLearners = ready.compactMap { learner -> ReadyLearner? in
            guard let id = learner.id else { return nil }
            if awaiting.contains(id) { return ReadyLearner(learner: learner, standing: .awaitingDecision) }
            return ReadyLearner(learner: learner, standing: numbers[id].map { .certified(number: $0) } ?? .awaitingIssue)
        }
        return AttestationOverview(intake: intake, content: content, commissions: listed, staff: staff, readyLearners: readyLearners)
    }
}
