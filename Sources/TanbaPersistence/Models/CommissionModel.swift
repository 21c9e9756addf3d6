import Fluent
import Foundation
import TanbaCore

/// A qualification commission for an intake, formed by order (004 §5.14).
public final class CommissionModel: Model, @unchecked Sendable {
    public static let schema = "commissions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "intake_id") public var intakeID: UUID
    @Field(key: "order_number") public var orderNumber: String
    @Field(key: "order_date") public var orderDate: String
    /// Secretary who keeps the protocol (not a voting member).
    @Field(key: "secretary_name") public var secretaryName: String

    public init() {}

    public init(intakeID: UUID, orderNumber: String, orderDate: String, secretaryName: String, at date: Date) {
        self.intakeID = intakeID
        self.orderNumber = orderNumber
        self.orderDate = orderDate
        self.secretaryName = secretaryName
        self.createdAt = date
    }
}
