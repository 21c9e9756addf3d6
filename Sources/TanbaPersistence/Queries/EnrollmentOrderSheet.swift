import Fluent
import Foundation
import TanbaCore

/// What an enrollment order («приказ о зачислении») prints: the order, its intake and program,
/// and every learner it enrolls with their profile and application, in a fixed number of queries.
public struct EnrollmentOrderSheet: Sendable {
    public let order: EnrollmentOrderModel
    public let intake: IntakeModel
    public let content: ProgramContent
    public let programCode: String
    /// The institution's names as set up, for the heading in the order's language.
    public let institution: LocalizedText
    /// Who signs the order, as set up.
    public let rector: Signatory?
    /// By full name, as the order lists them.
    public let learners: [Learner]

    /// One learner of the order.
    public struct Learner: Sendable {
        public let user: UserModel
        public let profile: LearnerProfileModel?
        public let application: ApplicationModel
    }

    /// Reads the order with `orderID`; `LearningStoreError.notFound` when there is none.
    public static func load(_ orderID: UUID, on database: any Database) async throws -> EnrollmentOrderSheet {
        guard let order = try await EnrollmentOrderModel.find(orderID, on: database),
              let intake = try await IntakeModel.find(order.intakeID, on: database),
              let edition = try await ProgramEditionModel.find(intake.editionID, on: database)
        else { throw LearningStoreError.notFound }
        let program = try await ProgramModel.find(intake.programID, on: database)
        let applications = try await ApplicationModel.query(on: database).filter(\.$orderID == orderID).all()
        let ids = applications.map(\.learnerID)
        let users = ids.isEmpty ? [] : try await UserModel.query(on: database).filter(\.$id ~~ ids).sort(\.$fullName).all()
        let profiles = ids.isEmpty ? [] : try await LearnerProfileModel.query(on: database).filter(\.$userID ~~ ids).all()
        let profilesByUser = Dictionary(profiles.map { ($0.userID, $0) }, uniquingKeysWith: { first, _ in first })
        let applicationsByLearner = Dictionary(applications.map { ($0.learnerID, $0) }, uniquingKeysWith: { first, _ in first })
        let profile = try await SettingsStore.institution(on: database)
        return EnrollmentOrderSheet(
            order: order, intake: intake, content: try edition.decodedContent(), programCode: program?.code ?? "",
            institution: profile.fullName, rector: profile.signatory(.rector),
            learners: try users.compactMap { user in
                let id = try user.requireID()
                return applicationsByLearner[id].map { Learner(user: user, profile: profilesByUser[id], application: $0) }
            })
    }
}
