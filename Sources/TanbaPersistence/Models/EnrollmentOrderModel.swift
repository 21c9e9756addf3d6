import Fluent
import Foundation
import TanbaCore

/// An enrollment order («приказ о зачислении», 004 §6.2.5); enrollment takes effect with it.
public final class EnrollmentOrderModel: Model, @unchecked Sendable {
    public static let schema = "enrollment_orders"

    // managed
    @ID(key: .id) public var id: UUID?
    @Field(key: "created_at") public var createdAt: Date

    // data
    @Field(key: "intake_id") public var intakeID: UUID
    @Field(key: "number") public var number: String
    /// Order date, `yyyy-MM-dd` on the Almaty calendar.
    @Field(key: "order_date") public var orderDate: String
    @Field(key: "responsible_person") public var responsiblePerson: String
    @Field(key: "language") public var language: String
    @Field(key: "created_by") public var createdBy: UUID

    public init() {}

    /// The language the order was issued in; a value no language has fails loudly.
    public var documentLanguage: LanguageCode {
        get throws { try UnknownStoredValue.decode(language, column: "enrollment_orders.language") }
    }

    public init(intakeID: UUID, number: String, orderDate: String, responsiblePerson: String, language: String,
                createdBy: UUID, at date: Date) {
        self.intakeID = intakeID
        self.number = number
        self.orderDate = orderDate
        self.responsiblePerson = responsiblePerson
        self.language = language
        self.createdBy = createdBy
        self.createdAt = date
    }
}
