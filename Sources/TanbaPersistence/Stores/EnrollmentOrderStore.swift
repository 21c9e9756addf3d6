import Fluent
import Foundation
import TanbaCore

/// Enrollment orders: the registrar lists accepted applicants, and enrollment takes effect with the order.
public struct EnrollmentOrderStore: Sendable {
    public let database: any Database
    public let clock: Clock

    public init(database: any Database, clock: Clock) {
        self.database = database
        self.clock = clock
    }

    /// What the order says besides the learners.
    public struct Draft: Sendable {
        public var number: String
        public var orderDate: String
        public var responsiblePerson: String
        public var language: LanguageCode

        public init(number: String, orderDate: String, responsiblePerson: String, language: LanguageCode) {
            self.number = number
            self.orderDate = orderDate
            self.responsiblePerson = responsiblePerson
            self.language = language
        }
    }

    /// Issues the order for `applicationIDs` of the intake: all of them are enrolled, or none.
    public func issue(_ draft: Draft, for intakeID: UUID, applications applicationIDs: [UUID], by actor: ActingUser) async throws
        -> EnrollmentOrderModel {
        guard actor.role.may(.manageEnrollment) else { throw LearningStoreError.forbidden }
        guard !applicationIDs.isEmpty else { throw LearningStoreError.noApplicationsSelected }
        let number = draft.number.trimmingCharacters(in: .whitespaces)
        guard (1...50).contains(number.count) else { throw LearningStoreError.invalidInput(field: "number") }
        guard AlmatyDate.day(iso: draft.orderDate) != nil else { throw LearningStoreError.invalidInput(field: "orderDate") }
        let responsible = draft.responsiblePerson.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...300).contains(responsible.count) else { throw LearningStoreError.invalidInput(field: "responsiblePerson") }
        let now = clock.now()
        return try await database.transaction { db in
            guard let intake = try await IntakeModel.find(intakeID, on: db) else { throw LearningStoreError.notFound }
            if try await EnrollmentOrderModel.query(on: db).filter(\.$number == number).count() > 0 {
                throw LearningStoreError.orderNumberTaken
            }
            let enrolled = try await ApplicationModel.query(on: db).filter(\.$intakeID == intakeID)
                .filter(\.$status == ApplicationStatus.enrolled.rawValue).count()
            guard enrolled + applicationIDs.count <= intake.capacity else {
                throw LearningStoreError.review(.intakeFull(capacity: intake.capacity))
            }
            let order = EnrollmentOrderModel(intakeID: intakeID, number: number, orderDate: draft.orderDate,
                                             responsiblePerson: responsible, language: draft.language.rawValue,
                                             createdBy: actor.id, at: now)
            try await order.create(on: db)
            for id in applicationIDs {
                guard let application = try await ApplicationModel.find(id, on: db), application.intakeID == intakeID else {
                    throw LearningStoreError.notFound
                }
                do {
                    application.status = try ApplicationReview.enroll(
                        from: application.applicationStatus, contractNumber: application.contractNumber,
                        payment: application.payment).rawValue
                } catch let failure as ApplicationReview.Failure {
                    throw LearningStoreError.review(failure)
                }
                application.orderID = try order.requireID()
                application.updatedAt = now
                try await application.update(on: db)
            }
            return order
        }
    }

    public func orders(of intakeID: UUID) async throws -> [EnrollmentOrderModel] {
        try await EnrollmentOrderModel.query(on: database).filter(\.$intakeID == intakeID).sort(\.$createdAt).all()
    }

    public func find(_ id: UUID) async throws -> EnrollmentOrderModel {
        guard let order = try await EnrollmentOrderModel.find(id, on: database) else { throw LearningStoreError.notFound }
        return order
    }

    /// The learners an order enrolled, by name.
    public func learners(of orderID: UUID) async throws -> [UserModel] {
        let ids = try await ApplicationModel.query(on: database).filter(\.$orderID == orderID).all().map(\.learnerID)
        guard !ids.isEmpty else { return [] }
        return try await UserModel.query(on: database).filter(\.$id ~~ ids).sort(\.$fullName).all()
    }
}
