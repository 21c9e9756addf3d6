import Fluent
import Foundation
import TanbaCore

/// The recognition commission's members vote from their own accounts (004 §7.11, 003: a simple
/// majority of the members taking part). A ballot is kept for good; a member who changes their
/// mind casts another, and the latest counts until the registrar records the meeting, where the
/// ballots cast here stand beside the votes taken from the paper protocol.
public struct RecognitionBallots: Sendable {
    public let database: any Database
    public let clock: Clock

    public init(database: any Database, clock: Clock) {
        self.database = database
        self.clock = clock
    }

    /// A case waiting for the commission, as a voting member sees it.
    public struct Waiting: Sendable {
        public let caseModel: RecognitionCaseModel
        public let learnerName: String
        /// The target disciplines, «код — название».
        public let disciplines: [String]
        public let proposal: ComparisonSheet.Proposal
        /// The member's own latest ballot, if cast.
        public let myVote: AttestationVote?
    }

    /// Why a ballot was refused.
    public enum Problem: Error, Equatable, Sendable {
        /// Not a voting member of the commission in force.
        case notAMember
        case notFound
        /// The case is not before the commission: no conclusion yet, or already decided.
        case notBeforeTheCommission
    }

    /// The voting seat of `userID` on the commission in force, or nil.
    private func seat(of userID: UUID) async throws -> RecognitionBodyMember? {
        guard let commission = try await RecognitionBodies(database: database, clock: clock).current(.commission),
              let seat = commission.seat(of: userID), seat.seat.votes else { return nil }
        return seat
    }

    /// Whether `userID` votes on the commission in force.
    public func isVotingMember(_ userID: UUID) async throws -> Bool {
        try await seat(of: userID) != nil
    }

    /// Cases with the experts' conclusion, waiting for the commission; empty for anyone who does
    /// not vote on it.
    public func waiting(for userID: UUID) async throws -> [Waiting] {
        guard try await seat(of: userID) != nil else { return [] }
        let cases = try await RecognitionCaseModel.query(on: database).filter(\.$status == RecognitionStatus.conclusionReady.rawValue)
            .sort(\.$filedAt).all()
        guard !cases.isEmpty else { return [] }
        let ids = try cases.map { try $0.requireID() }
        let conclusions = Dictionary(grouping: try await RecognitionConclusionModel.query(on: database).filter(\.$caseID ~~ ids).all(),
                                     by: \.caseID)
        let learners = try await UserModel.query(on: database).filter(\.$id ~~ cases.map(\.learnerID)).all().byID()
        let targets = Dictionary(grouping: try await RecognitionCaseDisciplineModel.query(on: database).filter(\.$caseID ~~ ids)
            .sort(\.$position).all(), by: \.caseID)
        let mine = try await latest(in: ids, of: userID)
        return try cases.map { model in
            let id = try model.requireID()
            let proposal = ExpertConclusionRules.proposal(of: try (conclusions[id] ?? []).map { try $0.comparisonSheet.proposal })
            let disciplines = try (targets[id] ?? []).map { try $0.degreeDiscipline }.map { "\($0.code) — \($0.name)" }
            return Waiting(caseModel: model, learnerName: learners[model.learnerID]?.fullName ?? "", disciplines: disciplines,
                           proposal: proposal, myVote: mine[id])
        }
    }

    /// Records the member's vote on a case before the commission.
    public func cast(_ vote: AttestationVote, on caseID: UUID, by actor: ActingUser) async throws {
        guard try await seat(of: actor.id) != nil else { throw Problem.notAMember }
        let now = clock.now()
        try await database.transaction { db in
            guard let model = try await RecognitionCaseModel.find(caseID, on: db) else { throw Problem.notFound }
            guard try model.caseStatus == .conclusionReady else { throw Problem.notBeforeTheCommission }
            let sequence = (try await RecognitionBallotModel.query(on: db).filter(\.$caseID == caseID).max(\.$sequence) ?? 0) + 1
            try await RecognitionBallotModel(caseID: caseID, memberID: actor.id, vote: vote, sequence: sequence, at: now).create(on: db)
            try await AuditEventModel(actor: actor, action: "recognition_ballot_cast", subjectID: caseID,
                                      details: "\(model.number): \(vote.rawValue)", at: now).create(on: db)
        }
    }

    /// Each member's latest ballot on the case.
    public func ballots(of caseID: UUID, on db: (any Database)? = nil) async throws -> [UUID: AttestationVote] {
        let rows = try await RecognitionBallotModel.query(on: db ?? database).filter(\.$caseID == caseID).sort(\.$sequence).all()
        var result: [UUID: AttestationVote] = [:]
        for row in rows { result[row.memberID] = try UnknownStoredValue.decode(row.vote, column: "recognition_ballots.vote") }
        return result
    }

    /// `userID`'s latest ballot on each of `caseIDs`.
    private func latest(in caseIDs: [UUID], of userID: UUID) async throws -> [UUID: AttestationVote] {
        let rows = try await RecognitionBallotModel.query(on: database).filter(\.$caseID ~~ caseIDs).filter(\.$memberID == userID)
            .sort(\.$sequence).all()
        var result: [UUID: AttestationVote] = [:]
        for row in rows { result[row.caseID] = try UnknownStoredValue.decode(row.vote, column: "recognition_ballots.vote") }
        return result
    }
}
