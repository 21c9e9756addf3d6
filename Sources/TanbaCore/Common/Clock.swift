import Foundation

/// Where "now" comes from, so tests can fix the date.
public struct Clock: Sendable {
    public let now: @Sendable () -> Date

    public init(now: @escaping @Sendable () -> Date) {
        self.now = now
    }

    public static let live = Clock { Date() }

    public static func fixed(_ date: Date) -> Clock { Clock { date } }
}
