import Fluent
import Foundation
import TanbaCore

/// What a learner's own page («личный кабинет слушателя») shows: their applications with the
/// intake, program, order and documents of each, their certificates and their profile, in a
/// fixed number of queries however many applications they made.
public struct LearnerHome: Sendable {
    /// Newest first.
    public let applications: [Application]
    /// Newest first.
    public let certificates: [CertificateModel]
    /// The certificates that have a signed Open Badges credential.
    public let withCredential: Set<UUID>
    /// The certificates whose end-of-program survey the learner has answered.
    public let surveyed: Set<UUID>
    public let profile: LearnerProfileModel?
    /// The learner's marks in each intake they are enrolled in, by intake.
    public let records: [UUID: GradebookStore.LearnerRecord]

    /// One application with its intake.
    public struct Application: Sendable {
        public let application: ApplicationModel
        public let status: ApplicationStatus
        public let intake: IntakeModel
        public let content: ProgramContent
        public let order: EnrollmentOrderModel?
        public let documents: [ApplicationDocumentModel]
    }

    public static func load(_ learnerID: UUID, on database: any Database) async throws -> LearnerHome {
        let applications = try await ApplicationModel.query(on: database).filter(\.$learnerID == learnerID)
            .sort(\.$submittedAt, .descending).all()
        let intakeIDs = Array(Set(applications.map(\.intakeID)))
        let intakes = intakeIDs.isEmpty ? [] : try await IntakeModel.query(on: database).filter(\.$id ~~ intakeIDs).all()
        let editionIDs = Array(Set(intakes.map(\.editionID)))
        let editions = editionIDs.isEmpty ? [] : try await ProgramEditionModel.query(on: database).filter(\.$id ~~ editionIDs).all()
        let orderIDs = Array(Set(applications.compactMap(\.orderID)))
        let orders = orderIDs.isEmpty ? [] : try await EnrollmentOrderModel.query(on: database).filter(\.$id ~~ orderIDs).all()
        let applicationIDs = try applications.map { try $0.requireID() }
        let documents = applicationIDs.isEmpty ? []
            : try await ApplicationDocumentModel.query(on: database).filter(\.$applicationID ~~ applicationIDs)
                .sort(\.$uploadedAt).all()
        let intakesByID = try intakes.byID()
        var contents: [UUID: ProgramContent] = [:]
        for edition in editions { contents[try edition.requireID()] = try edition.decodedContent() }
        let ordersByID = try orders.byID()
        let documentsByApplication = Dictionary(grouping: documents, by: \.applicationID)
        let rows = try applications.compactMap { application -> Application? in
            guard let intake = intakesByID[application.intakeID], let content = contents[intake.editionID] else { return nil }
            return Application(application: application, status: try application.applicationStatus, intake: intake,
                               content: content, order: application.orderID.flatMap { ordersByID[$0] },
                               documents: documentsByApplication[try application.requireID()] ?? [])
        }
        let certificates = try await CertificateModel.query(on: database).filter(\.$learnerID == learnerID)
            .sort(\.$issuedAt, .descending).all()
        let certificateIDs = certificates.compactMap(\.id)
        let withCredential = certificateIDs.isEmpty ? [] : Set(try await CertificateCredentialModel.query(on: database)
            .filter(\.$certificateID ~~ certificateIDs).all(\.$certificateID))
        var enrolled: [UUID: ProgramContent] = [:]
        for row in rows where row.status == .enrolled { enrolled[try row.intake.requireID()] = row.content }
        let surveyed = certificateIDs.isEmpty ? [] : Set(try await SurveyInvitationModel.query(on: database)
            .filter(\.$certificateID ~~ certificateIDs).all().compactMap(\.certificateID))
        return LearnerHome(applications: rows, certificates: certificates, withCredential: withCredential, surveyed: surveyed,
                           profile: try await LearnerProfileModel.query(on: database).filter(\.$userID == learnerID).first(),
                           records: try await GradebookStore.records(of: learnerID, in: enrolled, on: database))
    }
}
