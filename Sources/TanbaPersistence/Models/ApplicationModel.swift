import Fluent
import Foundation
import TanbaCore

/// A learner's application to an intake («заявление»), with the registrar's review.
public final class ApplicationModel: Model, @unchecked Sendable {
    public static let schema = "applications"

    // managed
    @ID(key: .id) public var id: UUID?
    @Field(key: "submitted_at") public var submittedAt: Date
    @Field(key: "updated_at") public var updatedAt: Date

    // data
    @Field(key: "intake_id") public var intakeID: UUID
    @Field(key: "learner_id") public var learnerID: UUID
    @Field(key: "status") public var status: String
    @Field(key: "prerequisites_checked") public var prerequisitesChecked: Bool
    @Field(key: "prerequisites_note") public var prerequisitesNote: String
    @Field(key: "decision_reason") public var decisionReason: String
    @Field(key: "contract_number") public var contractNumber: String
    @Field(key: "payment_status") public var paymentStatus: String
    @OptionalField(key: "decided_by") public var decidedBy: UUID?
    @OptionalField(key: "decided_at") public var decidedAt: Date?
    @OptionalField(key: "order_id") public var orderID: UUID?

    public init() {}

    public init(intakeID: UUID, learnerID: UUID, payment: PaymentStatus, at date: Date) {
        self.intakeID = intakeID
        self.learnerID = learnerID
        self.status = ApplicationStatus.submitted.rawValue
        self.prerequisitesChecked = false
        self.prerequisitesNote = ""
        self.decisionReason = ""
        self.contractNumber = ""
        self.paymentStatus = payment.rawValue
        self.submittedAt = date
        self.updatedAt = date
    }

    public var applicationStatus: ApplicationStatus {
        get throws { try UnknownStoredValue.decode(status, column: "applications.status") }
    }

    public var payment: PaymentStatus {
        get throws { try UnknownStoredValue.decode(paymentStatus, column: "applications.payment_status") }
    }
}
