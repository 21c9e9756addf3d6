import Fluent
import Foundation
import TanbaCore

/// A recognition commission or expert group as one order formed it.
public final class RecognitionBodyModel: Model, @unchecked Sendable {
    public static let schema = "recognition_bodies"

    @ID(key: .id) public var id: UUID?
    @Field(key: "formed_at") public var formedAt: Date
    @Field(key: "formed_by") public var formedBy: UUID
    @Field(key: "kind") public var kind: String
    /// 1 for the first body of its kind, then one more for each new order: the latest is in force.
    @Field(key: "sequence") public var sequence: Int
    @Field(key: "order_number") public var orderNumber: String
    /// `yyyy-MM-dd`.
    @Field(key: "order_date") public var orderDate: String

    public init() {}

    public init(kind: RecognitionBodyKind, sequence: Int, orderNumber: String, orderDate: String, formedBy: UUID, at date: Date) {
        self.kind = kind.rawValue
        self.sequence = sequence
        self.orderNumber = orderNumber
        self.orderDate = orderDate
        self.formedBy = formedBy
        formedAt = date
    }

    public var bodyKind: RecognitionBodyKind {
        get throws { try UnknownStoredValue.decode(kind, column: "recognition_bodies.kind") }
    }
}
