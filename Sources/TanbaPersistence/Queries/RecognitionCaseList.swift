import Fluent
import Foundation
import TanbaCore

/// Recognition cases as the commission's page and the learner's page list them: each with its
/// learner, academic period and target disciplines, in a fixed number of queries.
public struct RecognitionCaseList: Sendable {
    public struct Row: Sendable {
        public let model: RecognitionCaseModel
        public let status: RecognitionStatus
        public let source: RecognitionSource
        public let learnerName: String
        public let period: AcademicPeriod?
        public let disciplines: [DegreeDiscipline]
        public var decision: RecognitionDecisionModel? = nil
        public var entry: RecognitionEntryModel? = nil
    }

    public let rows: [Row]

    /// Every case, newest first; only `learnerID`'s when given; only those in `status` with one of
    /// `expertGroups` when given (an expert's waiting list, filtered by the database).
    public static func load(learner learnerID: UUID? = nil, status: RecognitionStatus? = nil, expertGroups: Set<UUID>? = nil,
                            on database: any Database) async throws -> RecognitionCaseList {
        let query = RecognitionCaseModel.query(on: database).sort(\.$filedAt, .descending)
        if let learnerID { query.filter(\.$learnerID == learnerID) }
        if let status { query.filter(\.$status == status.rawValue) }
        if let expertGroups { query.filter(\.$expertGroupID ~~ Array(expertGroups)) }
        let cases = try await query.all()
        guard !cases.isEmpty else { return RecognitionCaseList(rows: []) }
        let ids = try cases.map { try $0.requireID() }
        let learners = try await UserModel.query(on: database).filter(\.$id ~~ Set(cases.map(\.learnerID))).all().byID()
        let periods = try await AcademicPeriodModel.query(on: database).filter(\.$id ~~ Set(cases.map(\.periodID))).all().byID()
        let disciplines = Dictionary(grouping: try await RecognitionCaseDisciplineModel.query(on: database).filter(\.$caseID ~~ ids)
            .sort(\.$position).all(), by: \.caseID)
        let decisions = Dictionary(try await RecognitionDecisionModel.query(on: database).filter(\.$caseID ~~ ids).all().map { ($0.caseID, $0) },
                                   uniquingKeysWith: { first, _ in first })
        let entries = Dictionary(try await RecognitionEntryModel.query(on: database).filter(\.$caseID ~~ ids).all().map { ($0.caseID, $0) },
                                 uniquingKeysWith: { first, _ in first })
        return RecognitionCaseList(rows: try cases.map { model in
            let id = try model.requireID()
            return Row(model: model, status: try model.caseStatus, source: try model.recognitionSource,
                       learnerName: learners[model.learnerID]?.fullName ?? "", period: try periods[model.periodID]?.period,
                       disciplines: try (disciplines[id] ?? []).map { try $0.degreeDiscipline }, decision: decisions[id],
                       entry: entries[id])
        })
    }
}

/// One case with everything its page shows: the list row, the documents, who filed it, the
/// expert group it went to.
public struct RecognitionCaseFile: Sendable {
    public let row: RecognitionCaseList.Row
    public let documents: [RecognitionDocumentModel]
    public let filedByName: String
    public let expertGroup: RecognitionBodies.Body?
    /// The expert group's conclusions, by discipline position; empty until written.
    public let conclusions: [RecognitionConclusionModel]
    public let interview: RecognitionInterviewModel?
    public let decision: RecognitionDecisionModel?
    /// The commission that decided, or before a decision the one in force.
    public let commission: RecognitionBodies.Body?
    /// The entry into the learner's record, once made.
    public let entry: RecognitionEntryModel?
    /// Votes the commission's members cast from their own accounts, by member.
    public let ballots: [UUID: AttestationVote]

    public static func load(_ id: UUID, on database: any Database, clock: Clock) async throws -> RecognitionCaseFile {
        guard let model = try await RecognitionCaseModel.find(id, on: database) else { throw RecognitionCaseError.notFound }
        let learner = try await UserModel.find(model.learnerID, on: database)
        let filer = model.filedBy == model.learnerID ? learner : try await UserModel.find(model.filedBy, on: database)
        let row = RecognitionCaseList.Row(
            model: model, status: try model.caseStatus, source: try model.recognitionSource, learnerName: learner?.fullName ?? "",
            period: try await AcademicPeriodModel.find(model.periodID, on: database).map { try $0.period },
            disciplines: try await RecognitionCaseDisciplineModel.query(on: database).filter(\.$caseID == id).sort(\.$position).all()
                .map { try $0.degreeDiscipline })
        let documents = try await RecognitionDocumentModel.query(on: database).filter(\.$caseID == id).sort(\.$uploadedAt).all()
        var group: RecognitionBodies.Body?
        if let groupID = model.expertGroupID { group = try await RecognitionBodies(database: database, clock: clock).body(groupID) }
        let expertise = RecognitionExpertise(database: database, clock: clock)
        let bodies = RecognitionBodies(database: database, clock: clock)
        let decision = try await RecognitionDecisions(database: database, clock: clock).decision(of: id)
        var commission: RecognitionBodies.Body?
        if let decision { commission = try await bodies.body(decision.commissionID) } else { commission = try await bodies.current(.commission) }
        return RecognitionCaseFile(row: row, documents: documents, filedByName: filer?.fullName ?? "", expertGroup: group,
                                   conclusions: try await expertise.conclusions(of: id), interview: try await expertise.interview(of: id),
                                   decision: decision, commission: commission,
                                   entry: try await RecognitionEntries(database: database, clock: clock).entry(of: id),
                                   ballots: try await RecognitionBallots(database: database, clock: clock).ballots(of: id))
    }
}
