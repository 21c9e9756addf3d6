import Fluent
import Foundation
import TanbaCore

/// The expert group's work on a case and the commission's interview: the conclusion is written
/// once, by a member of the group the case was referred to, for every target discipline.
public struct RecognitionExpertise: Sendable {
    public let database: any Database
    public let clock: Clock

    public init(database: any Database, clock: Clock) {
        self.database = database
        self.clock = clock
    }

    /// What the experts wrote for one target discipline.
    public struct Entry: Sendable {
        public let sheet: ComparisonSheet
        /// For partial recognition.
        public let credits: Credits?

        public init(sheet: ComparisonSheet, credits: Credits?) {
            self.sheet = sheet
            self.credits = credits
        }
    }

    /// Cases referred to expert groups `userID` sits on and still waiting for their conclusion.
    public func awaitingConclusion(by userID: UUID) async throws -> [RecognitionCaseList.Row] {
        let groups = Set(try await RecognitionBodyMemberModel.query(on: database).filter(\.$userID == userID).all().map(\.bodyID))
        guard !groups.isEmpty else { return [] }
        return try await RecognitionCaseList.load(status: .withExperts, expertGroups: groups, on: database).rows
    }

    /// Records the conclusion; the case is then ready for the commission.
    public func conclude(_ caseID: UUID, entries: [Int: Entry], by actor: ActingUser) async throws -> [RecognitionConclusionModel] {
        guard let model = try await RecognitionCaseModel.find(caseID, on: database) else { throw RecognitionCaseError.notFound }
        guard let groupID = model.expertGroupID,
              try await RecognitionBodyMemberModel.query(on: database).filter(\.$bodyID == groupID).filter(\.$userID == actor.id).count() > 0
        else { throw RecognitionCaseError.forbidden }
        guard try model.caseStatus.mayMove(to: .conclusionReady) else { throw RecognitionCaseError.wrongStatus(try model.caseStatus) }
        let disciplines = try await RecognitionCaseDisciplineModel.query(on: database).filter(\.$caseID == caseID).sort(\.$position).all()
        let rules = ExpertConclusionRules(scale: try await SettingsStore.policy(on: database).gradeScale)
        let source = try model.recognitionSource
        var problems: [ExpertConclusionRules.Problem] = []
        var conclusions: [(Int, DisciplineConclusion)] = []
        for row in disciplines {
            let discipline = try row.degreeDiscipline
            guard let entry = entries[row.position] else { problems.append(.disciplineMissing(discipline.code)); continue }
            do {
                conclusions.append((row.position, try rules.conclude(discipline, sheet: entry.sheet, partialCredits: entry.credits, source: source)))
            } catch {
                problems += error.problems
            }
        }
        guard problems.isEmpty else { throw RecognitionExpertiseError.conclusion(problems) }
        let now = clock.now()
        let written = conclusions
        return try await database.transaction { db in
            var models: [RecognitionConclusionModel] = []
            for (position, conclusion) in written {
                let stored = try RecognitionConclusionModel(caseID: caseID, position: position, conclusion: conclusion, writtenBy: actor.id, at: now)
                try await stored.create(on: db)
                models.append(stored)
            }
            model.status = RecognitionStatus.conclusionReady.rawValue
            try await model.save(on: db)
            let proposal = ExpertConclusionRules.proposal(of: written.map(\.1))
            try await AuditEventModel(actor: actor, action: "recognition_concluded", subjectID: caseID,
                                      details: "\(model.number): \(proposal.rawValue), "
                                          + written.map { "\($0.1.discipline.code) \($0.1.credits)" }.joined(separator: ", "),
                                      at: now).create(on: db)
            return models
        }
    }

    /// The conclusions of a case, by discipline position.
    public func conclusions(of caseID: UUID) async throws -> [RecognitionConclusionModel] {
        try await RecognitionConclusionModel.query(on: database).filter(\.$caseID == caseID).sort(\.$position).all()
    }

    /// Records the commission's interview of an applicant from non-formal learning (000 §5.5).
    public func recordInterview(_ caseID: UUID, heldOn: String, members: String, passed: Bool, notes: String,
                                by actor: ActingUser) async throws {
        guard actor.role.may(.manageRecognition) else { throw RecognitionCaseError.forbidden }
        guard let model = try await RecognitionCaseModel.find(caseID, on: database) else { throw RecognitionCaseError.notFound }
        guard try model.recognitionSource.kind.requiresInterview else { throw RecognitionExpertiseError.interviewNotNeeded }
        guard try model.caseStatus != .decided, try model.caseStatus != .entered else { throw RecognitionCaseError.wrongStatus(try model.caseStatus) }
        guard let day = CalendarDay(iso: heldOn), day <= CalendarDay(clock.now()) else { throw RecognitionExpertiseError.interviewDateInvalid }
        let named = members.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !named.isEmpty else { throw RecognitionExpertiseError.interviewMembersMissing }
        guard try await RecognitionInterviewModel.query(on: database).filter(\.$caseID == caseID).count() == 0 else {
            throw RecognitionExpertiseError.interviewRecorded
        }
        let now = clock.now()
        try await database.transaction { db in
            try await RecognitionInterviewModel(caseID: caseID, heldOn: day.iso, members: named, passed: passed,
                                                notes: notes.trimmingCharacters(in: .whitespacesAndNewlines), recordedBy: actor.id, at: now)
                .create(on: db)
            try await AuditEventModel(actor: actor, action: "recognition_interviewed", subjectID: caseID,
                                      details: "\(model.number): \(day.iso), \(passed ? "passed" : "not passed")", at: now).create(on: db)
        }
    }

    public func interview(of caseID: UUID) async throws -> RecognitionInterviewModel? {
        try await RecognitionInterviewModel.query(on: database).filter(\.$caseID == caseID).first()
    }
}

/// Why an expert conclusion or an interview was refused.
public enum RecognitionExpertiseError: Error, Equatable, Sendable {
    case conclusion([ExpertConclusionRules.Problem])
    case interviewNotNeeded
    case interviewDateInvalid
    case interviewMembersMissing
    case interviewRecorded
}
