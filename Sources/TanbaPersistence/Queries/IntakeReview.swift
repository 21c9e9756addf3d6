import Fluent
import Foundation
import TanbaCore

/// Everything the registrar's intake page shows, read in a fixed number of queries however many
/// applications there are: the intake, its applications with each applicant, profile and
/// documents, its enrollment orders, and who teaches what.
public struct IntakeReview: Sendable {
    public let intake: IntakeModel
    public let content: ProgramContent
    /// Pending applications first (`ApplicationStatus.reviewRank`); within a status, as submitted.
    public let applications: [Application]
    public let orders: [Order]
    /// Every teacher, by name, to assign one to a discipline.
    public let teachers: [UserModel]
    public let assignments: [TeachingAssignmentModel]

    /// One application with what the registrar needs to decide on it.
    public struct Application: Sendable {
        public let application: ApplicationModel
        public let status: ApplicationStatus
        public let payment: PaymentStatus
        public let learner: UserModel?
        public let profile: LearnerProfileModel?
        public let documents: [ApplicationDocumentModel]
    }

    /// A signed enrollment order and how many learners it enrolls.
    public struct Order: Sendable {
        public let order: EnrollmentOrderModel
        public let learnerCount: Int
    }

    /// Reads the intake with `intakeID`; `LearningStoreError.notFound` when there is none.
    public static func load(_ intakeID: UUID, on database: any Database) async throws -> IntakeReview {
        guard let intake = try await IntakeModel.find(intakeID, on: database),
              let edition = try await ProgramEditionModel.find(intake.editionID, on: database)
        else { throw LearningStoreError.notFound }
        let applications = try await ApplicationModel.query(on: database).filter(\.$intakeID == intakeID)
            .sort(\.$submittedAt).all()
        let learnerIDs = Array(Set(applications.map(\.learnerID)))
        let users = learnerIDs.isEmpty ? [] : try await UserModel.query(on: database).filter(\.$id ~~ learnerIDs).all()
        let profiles = learnerIDs.isEmpty ? []
            : try await LearnerProfileModel.query(on: database).filter(\.$userID ~~ learnerIDs).all()
        let applicationIDs = try applications.map { try $0.requireID() }
        let documents = applicationIDs.isEmpty ? []
            : try await ApplicationDocumentModel.query(on: database).filter(\.$applicationID ~~ applicationIDs)
                .sort(\.$uploadedAt).all()
        let usersByID = try users.byID()
        let profilesByUser = Dictionary(profiles.map { ($0.userID, $0) }, uniquingKeysWith: { first, _ in first })
        let documentsByApplication = Dictionary(grouping: documents, by: \.applicationID)
        var rows: [Application] = []
        for application in applications {
            let id = try application.requireID()
            rows.append(Application(application: application, status: try application.applicationStatus,
                                    payment: try application.payment, learner: usersByID[application.learnerID],
                                    profile: profilesByUser[application.learnerID], documents: documentsByApplication[id] ?? []))
        }
        // Pending first; `enumerated` keeps the submission order within a status.
        let ordered = rows.enumerated().sorted {
            ($0.element.status.reviewRank, $0.offset) < ($1.element.status.reviewRank, $1.offset)
        }.map(\.element)
        let orders = try await EnrollmentOrderModel.query(on: database).filter(\.$intakeID == intakeID).sort(\.$createdAt).all()
        let enrolledPerOrder = Dictionary(grouping: applications.compactMap(\.orderID), by: { $0 }).mapValues(\.count)
        return IntakeReview(
            intake: intake, content: try edition.decodedContent(), applications: ordered,
            orders: try orders.map { Order(order: $0, learnerCount: enrolledPerOrder[try $0.requireID()] ?? 0) },
            teachers: try await UserModel.query(on: database).filter(\.$roleRaw == Role.teacher.rawValue).sort(\.$fullName).all(),
            assignments: try await TeachingAssignmentModel.query(on: database).filter(\.$intakeID == intakeID)
                .sort(\.$discipline).all())
    }
}
