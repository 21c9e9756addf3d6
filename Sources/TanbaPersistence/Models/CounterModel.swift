import Fluent
import Foundation

/// A named gapless counter (registry codes, later certificate numbers).
public final class CounterModel: Model, @unchecked Sendable {
    public static let schema = "counters"

    @ID(custom: "key", generatedBy: .user) public var id: String?
    @Field(key: "value") public var value: Int

    public init() {}

    public init(key: String, value: Int) {
        self.id = key
        self.value = value
    }
}
