import Fluent
import Foundation
import TanbaCore

/// Everything a commission session's page shows («заседание комиссии»): the members and who is
/// present, each member's latest vote on each learner and whether they cast it themselves, the
/// decisions, and the certificates the protocol led to. A fixed number of queries however many
/// learners and members there are.
public struct SessionOverview: Sendable {
    public let session: AttestationSessionModel
    public let intake: IntakeModel
    public let content: ProgramContent
    /// The chair first, then by name.
    public let members: [CommissionMemberModel]
    /// An open session: those a new protocol decides on; a closed one: those it decided on, by name.
    public let learners: [UserModel]
    /// Learner → member → their latest vote.
    public let votes: [UUID: [UUID: AttestationVote]]
    /// The votes members cast from their own accounts, which the secretary cannot overwrite.
    public let castInPerson: Set<VotesInPerson.Key>
    public let decisions: [AttestationDecisionModel]
    /// Every certificate of the session, newest first, whatever its status.
    public let certificates: [CertificateModel]
    public let rules: CommissionRules
    /// The rector's order on awarding, once recorded; whether the policy issues only on one (004 §5.15).
    public let awardOrder: AwardOrderModel?
    public let requiresAwardOrder: Bool

    /// `LearningStoreError.notFound` or `AttestationStoreError.notFound` when the session or its intake is gone.
    public static func load(_ sessionID: UUID, on database: any Database, clock: Clock) async throws -> SessionOverview {
        let store = CommissionStore(database: database, clock: clock)
        let session = try await store.session(sessionID)
        let members = try await store.members(of: session.commissionID)
        let accounts = Dictionary(members.compactMap { member in member.userID.flatMap { user in member.id.map { ($0, user) } } },
                                  uniquingKeysWith: { first, _ in first })
        let records = try await store.voteRecords(in: sessionID)
        let castInPerson = VotesInPerson.of(records.map {
            VotesInPerson.Entry(learner: $0.learnerID, member: $0.memberID, enteredBy: $0.recordedBy)
        }, accounts: accounts)
        var votes: [UUID: [UUID: AttestationVote]] = [:]
        for record in records {
            votes[record.learnerID, default: [:]][record.memberID] = try UnknownStoredValue.decode(record.vote, column: "attestation_votes.vote")
        }
        let intakes = IntakeStore(database: database, clock: clock)
        let intake = try await intakes.find(session.intakeID)
        let policy = try await SettingsStore.policy(on: database)
        return SessionOverview(
            session: session, intake: intake, content: try await intakes.content(of: intake), members: members,
            learners: try await store.learners(of: session), votes: votes, castInPerson: castInPerson,
            decisions: try await store.decisions(in: sessionID),
            certificates: try await SessionCertificates.all(ofSession: sessionID, on: database),
            rules: policy.commissionRules, awardOrder: try await store.awardOrder(of: sessionID),
            requiresAwardOrder: policy.requiresAwardOrder)
    }
}
