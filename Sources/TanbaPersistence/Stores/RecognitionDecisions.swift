import Fluent
import Foundation
import TanbaCore

/// The commission's meeting on a case (004 §7.11): the registrar records the protocol, who took
/// part and how each voted (members who voted from their own accounts count with those ballots);
/// the decision follows the attestation voting rules, and a refusal is not saved without its reasons.
public struct RecognitionDecisions: Sendable {
    public let database: any Database
    public let clock: Clock

    public init(database: any Database, clock: Clock) {
        self.database = database
        self.clock = clock
    }

    /// The meeting as the protocol has it.
    public struct Meeting: Sendable {
        public let protocolNumber: String
        public let meetingDate: String
        /// Present members' votes; a member not in it was absent.
        public let votes: [UUID: AttestationVote]
        public let reasons: String

        public init(protocolNumber: String, meetingDate: String, votes: [UUID: AttestationVote], reasons: String) {
            self.protocolNumber = protocolNumber
            self.meetingDate = meetingDate
            self.votes = votes
            self.reasons = reasons
        }
    }

    public func decide(_ caseID: UUID, meeting: Meeting, by actor: ActingUser) async throws -> RecognitionDecisionModel {
        guard actor.role.may(.manageRecognition) else { throw RecognitionCaseError.forbidden }
        guard let model = try await RecognitionCaseModel.find(caseID, on: database) else { throw RecognitionCaseError.notFound }
        guard try model.caseStatus.mayMove(to: .decided) else { throw RecognitionCaseError.wrongStatus(try model.caseStatus) }
        let number = meeting.protocolNumber.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !number.isEmpty else { throw RecognitionDecisionError.protocolNumberMissing }
        guard let day = CalendarDay(iso: meeting.meetingDate), day <= CalendarDay(clock.now()), day.iso >= model.filedOn else {
            throw RecognitionDecisionError.meetingDateInvalid
        }
        guard let commission = try await RecognitionBodies(database: database, clock: clock).current(.commission) else {
            throw RecognitionDecisionError.noCommission
        }
        // A commission sits only once its order is signed.
        guard commission.orderDate <= day.iso else { throw RecognitionDecisionError.meetingBeforeCommissionFormed(commission.orderDate) }
        let expertise = RecognitionExpertise(database: database, clock: clock)
        if try model.recognitionSource.kind.requiresInterview {
            guard try await expertise.interview(of: caseID) != nil else { throw RecognitionDecisionError.interviewMissing }
        }
        let conclusions = try await expertise.conclusions(of: caseID)
        let proposal = ExpertConclusionRules.proposal(of: try conclusions.map { try $0.comparisonSheet.proposal })
        let voters = commission.members.map(\.member).filter(\.seat.votes)
        let rules = try await SettingsStore.policy(on: database).commissionRules
        // A member who voted from their own account took part with that vote: it stands over
        // whatever the paper protocol was read as.
        var votes = meeting.votes
        for (member, vote) in try await RecognitionBallots(database: database, clock: clock).ballots(of: caseID)
        where voters.contains(where: { $0.userID == member }) {
            votes[member] = vote
        }
        let decision: RecognitionDecision
        do {
            decision = try RecognitionDecision.decide(proposal: proposal, members: voters.map(\.asCommissionMember),
                                                      present: Set(votes.keys), votes: votes,
                                                      rules: rules, reasons: meeting.reasons)
        } catch {
            throw RecognitionDecisionError.decision(error)
        }
        let now = clock.now()
        let stored = String(decoding: try JSONEncoder().encode(Dictionary(uniqueKeysWithValues: votes.map { ($0.key.uuidString, $0.value.rawValue) })),
                            as: UTF8.self)
        return try await database.transaction { db in
            let record = RecognitionDecisionModel()
            record.caseID = caseID
            record.commissionID = commission.id
            record.protocolNumber = number
            record.meetingDate = day.iso
            record.votes = stored
            record.outcome = decision.outcome.rawValue
            record.votesFor = decision.votesFor
            record.votesAgainst = decision.votesAgainst
            record.reasons = decision.reasons
            record.decidedBy = actor.id
            record.decidedAt = now
            try await record.create(on: db)
            model.status = RecognitionStatus.decided.rawValue
            try await model.save(on: db)
            try await AuditEventModel(actor: actor, action: "recognition_decided", subjectID: caseID,
                                      details: "\(model.number): \(decision.outcome.rawValue), protocol \(number) of \(day.iso), "
                                          + "\(decision.votesFor) for, \(decision.votesAgainst) against", at: now).create(on: db)
            return record
        }
    }

    public func decision(of caseID: UUID) async throws -> RecognitionDecisionModel? {
        try await RecognitionDecisionModel.query(on: database).filter(\.$caseID == caseID).first()
    }
}

/// Why a commission's decision could not be recorded.
public enum RecognitionDecisionError: Error, Equatable, Sendable {
    case protocolNumberMissing
    /// Not a day, in the future, or before the application was filed.
    case meetingDateInvalid
    case noCommission
    /// The commission in force was formed by an order dated after the meeting.
    case meetingBeforeCommissionFormed(String)
    /// Non-formal learning is decided only after the interview (000 §5.5).
    case interviewMissing
    case decision(RecognitionDecision.Problem)
}
