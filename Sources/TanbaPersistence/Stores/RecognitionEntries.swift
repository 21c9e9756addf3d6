import Fluent
import Foundation
import TanbaCore

/// Entering a decided case into the learner's record (004 §7.12-7.14): the recognised disciplines
/// with their credits and grades, the reduction of tuition, the dean's order on exemption.
public struct RecognitionEntries: Sendable {
    public let database: any Database
    public let clock: Clock

    public init(database: any Database, clock: Clock) {
        self.database = database
        self.clock = clock
    }

    /// The disciplines a decision recognised, from the experts' conclusions; none for a refusal.
    public static func recognised(_ file: RecognitionCaseFile) throws -> [RecognisedDiscipline] {
        guard let decision = file.decision, try decision.recognitionOutcome.recognisesCredits else { return [] }
        return file.row.disciplines.enumerated().compactMap { index, discipline in
            guard let conclusion = file.conclusions.first(where: { $0.position == index + 1 }) else { return nil }
            return RecognisedDiscipline(code: discipline.code, name: discipline.name, period: discipline.period,
                                        credits: conclusion.credits, letter: conclusion.gradeLetter)
        }
    }

    public func enter(_ caseID: UUID, orderNumber: String, orderDate: String, pricePerCredit: Tenge?,
                      by actor: ActingUser) async throws -> RecognitionEntryModel {
        guard actor.role.may(.manageRecognition) else { throw RecognitionCaseError.forbidden }
        let file = try await RecognitionCaseFile.load(caseID, on: database, clock: clock)
        let model = file.row.model
        guard try model.caseStatus.mayMove(to: .entered), let decision = file.decision else {
            throw RecognitionCaseError.wrongStatus(try model.caseStatus)
        }
        let recognised = try Self.recognised(file)
        let entry: (disciplines: [RecognisedDiscipline], credits: Credits, reduction: TuitionReduction?)
        do {
            entry = try RecognitionEntryRules().entry(recognised: recognised, orderNumber: orderNumber, orderDate: orderDate,
                                                      decidedOn: decision.meetingDate, pricePerCredit: pricePerCredit)
        } catch {
            throw RecognitionEntryError.entry(error)
        }
        guard orderDate <= CalendarDay(clock.now()).iso else { throw RecognitionEntryError.entry(.orderDateInvalid) }
        let now = clock.now()
        let disciplines = String(decoding: try JSONEncoder().encode(entry.disciplines), as: UTF8.self)
        return try await database.transaction { db in
            let stored = RecognitionEntryModel()
            stored.caseID = caseID
            stored.learnerID = model.learnerID
            stored.disciplines = disciplines
            stored.creditsHundredths = entry.credits.hundredths
            stored.pricePerCreditTiyn = pricePerCredit?.tiyn
            stored.reductionTiyn = entry.reduction?.amount.tiyn
            stored.orderNumber = orderNumber.trimmingCharacters(in: .whitespacesAndNewlines)
            stored.orderDate = orderDate
            stored.enteredBy = actor.id
            stored.enteredAt = now
            try await stored.create(on: db)
            model.status = RecognitionStatus.entered.rawValue
            try await model.save(on: db)
            try await AuditEventModel(actor: actor, action: "recognition_entered", subjectID: caseID,
                                      details: "\(model.number): \(entry.disciplines.map { "\($0.code) \($0.credits)" }.joined(separator: ", ")); "
                                          + "order \(stored.orderNumber) of \(orderDate); reduction \(entry.reduction.map { "\($0.amount)" } ?? "none")",
                                      at: now).create(on: db)
            return stored
        }
    }

    public func entry(of caseID: UUID) async throws -> RecognitionEntryModel? {
        try await RecognitionEntryModel.query(on: database).filter(\.$caseID == caseID).first()
    }

    /// The learner's entries with their cases, earliest first: two queries.
    public func withCases(of learnerID: UUID) async throws -> [(entry: RecognitionEntryModel, caseModel: RecognitionCaseModel)] {
        let entries = try await entries(of: learnerID)
        guard !entries.isEmpty else { return [] }
        let cases = try await RecognitionCaseModel.query(on: database).filter(\.$id ~~ entries.map(\.caseID)).all().byID()
        return entries.compactMap { entry in cases[entry.caseID].map { (entry, $0) } }
    }

    /// Everything recognised for `learnerID`, earliest first: their record of transferred credits.
    public func entries(of learnerID: UUID) async throws -> [RecognitionEntryModel] {
        try await RecognitionEntryModel.query(on: database).filter(\.$learnerID == learnerID).sort(\.$enteredAt).all()
    }
}

/// Why entering a case was refused.
public enum RecognitionEntryError: Error, Equatable, Sendable {
    case entry(RecognitionEntryRules.Problem)
}
