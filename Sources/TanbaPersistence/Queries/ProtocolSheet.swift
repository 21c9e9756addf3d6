import Fluent
import Foundation
import TanbaCore

/// What a closed commission protocol prints: the session, its commission and members, the
/// intake and program it decided on, every decision with the learner's name, and the institution.
public struct ProtocolSheet: Sendable {
    public let session: AttestationSessionModel
    public let commission: CommissionModel
    public let members: [CommissionMemberModel]
    public let intake: IntakeModel
    public let programTitle: String
    /// The micro-qualification the program awards.
    public let qualification: LocalizedText
    /// The rector's order on awarding, once recorded (004 §5.15).
    public let awardOrder: AwardOrder?
    public let decisions: [(decision: AttestationDecisionModel, learnerName: String)]
    public let policy: InstitutionPolicy
    public let institution: InstitutionProfile

    /// Why there is no protocol to print.
    public enum Problem: Error, Equatable {
        case notFound
        /// Votes are still being recorded: a protocol is printed once closed.
        case notClosed
    }

    public static func load(_ sessionID: UUID, on database: any Database, clock: Clock) async throws -> ProtocolSheet {
        let store = CommissionStore(database: database, clock: clock)
        guard let session = try? await store.session(sessionID) else { throw Problem.notFound }
        guard session.isClosed, let commission = try await store.commission(session.commissionID) else { throw Problem.notClosed }
        let intakes = IntakeStore(database: database, clock: clock)
        let intake = try await intakes.find(session.intakeID)
        let content = try await intakes.content(of: intake)
        return ProtocolSheet(
            session: session, commission: commission, members: try await store.members(of: session.commissionID), intake: intake,
            programTitle: content.title, qualification: content.awardedQualification,
            awardOrder: try await store.awardOrder(of: sessionID)?.order, decisions: try await store.decisionsWithNames(in: sessionID),
            policy: try await SettingsStore.policy(on: database), institution: try await SettingsStore.institution(on: database))
    }
}
