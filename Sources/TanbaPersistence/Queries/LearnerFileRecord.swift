import Fluent
import Foundation
import TanbaCore

/// A learner's file in one intake («личное дело слушателя»): who they are, their application and
/// documents, the order that enrolled them.
public struct LearnerFileRecord: Sendable {
    public let learner: UserModel
    public let profile: LearnerProfileModel?
    public let application: ApplicationModel
    public let documents: [ApplicationDocumentModel]
    public let intake: IntakeModel
    public let content: ProgramContent
    public let order: EnrollmentOrderModel?
    /// Their marks, once enrolled.
    public let record: GradebookStore.LearnerRecord?

    /// The file of `learnerID` in `intakeID`; `LearningStoreError.notFound` when they did not apply to it.
    public static func load(learner learnerID: UUID, intake intakeID: UUID, on database: any Database) async throws -> LearnerFileRecord {
        guard let learner = try await UserModel.find(learnerID, on: database),
              let application = try await ApplicationModel.query(on: database).filter(\.$intakeID == intakeID)
                .filter(\.$learnerID == learnerID).first(),
              let intake = try await IntakeModel.find(intakeID, on: database),
              let edition = try await ProgramEditionModel.find(intake.editionID, on: database)
        else { throw LearningStoreError.notFound }
        var order: EnrollmentOrderModel?
        if let orderID = application.orderID { order = try await EnrollmentOrderModel.find(orderID, on: database) }
        let content = try edition.decodedContent()
        let records = try application.applicationStatus == .enrolled
            ? try await GradebookStore.records(of: learnerID, in: [intakeID: content], on: database) : [:]
        return LearnerFileRecord(
            learner: learner,
            profile: try await LearnerProfileModel.query(on: database).filter(\.$userID == learnerID).first(),
            application: application,
            documents: try await ApplicationDocumentModel.query(on: database)
                .filter(\.$applicationID == application.requireID()).sort(\.$uploadedAt).all(),
            intake: intake, content: content,
            order: order, record: records[intakeID])
    }
}
