import Fluent
import Foundation
import TanbaCore

/// A rector's order on awarding the micro-qualification to those a closed protocol decided on (004 §5.15).
public final class AwardOrderModel: Model, @unchecked Sendable {
    public static let schema = "award_orders"

    // managed
    @ID(key: .id) public var id: UUID?
    @Field(key: "recorded_at") public var recordedAt: Date
    @Field(key: "recorded_by") public var recordedBy: UUID

    // data
    @Field(key: "session_id") public var sessionID: UUID
    @Field(key: "number") public var number: String
    /// `yyyy-MM-dd` on the Almaty calendar.
    @Field(key: "order_date") public var orderDate: String

    public init() {}

    public init(sessionID: UUID, order: AwardOrder, recordedBy: UUID, at date: Date) {
        self.sessionID = sessionID
        self.number = order.number
        self.orderDate = order.date
        self.recordedBy = recordedBy
        self.recordedAt = date
    }

    public var order: AwardOrder { AwardOrder(number: number, date: orderDate) }
}
