import Foundation

/// The rector's order on awarding the micro-qualification (004 §5.15: certificates are issued «на
/// основании приказа Ректора»): a number and a day, after the protocol it rests on and no later
/// than today. Once recorded it is never changed.
public struct AwardOrder: Hashable, Sendable, Codable {
    public let number: String
    /// `yyyy-MM-dd`.
    public let date: String

    /// Why an order as typed was refused, every problem at once.
    public enum Problem: Error, Hashable, Sendable {
        case numberMissing
        case numberTooLong(maximum: Int)
        case dateInvalid
        case dateInFuture(today: String)
        /// An order cannot come before the commission's decision it carries out.
        case dateBeforeProtocol(protocolDate: String)
    }

    /// Every problem of one order.
    public struct Problems: Error, Hashable, Sendable {
        public let problems: [Problem]

        public init(problems: [Problem]) {
            self.problems = problems
        }
    }

    public init(number: String, date: String) {
        self.number = number
        self.date = date
    }

    /// The order as typed (spaces trimmed), checked against the protocol's day and today.
    public static func checked(number: String, date: String, protocolDate: String, today: String) throws(Problems) -> AwardOrder {
        let order = AwardOrder(number: number.trimmingCharacters(in: .whitespacesAndNewlines),
                               date: date.trimmingCharacters(in: .whitespacesAndNewlines))
        var problems: [Problem] = []
        if order.number.isEmpty { problems.append(.numberMissing) }
        if order.number.count > 50 { problems.append(.numberTooLong(maximum: 50)) }
        if AlmatyDate.day(iso: order.date) == nil {
            problems.append(.dateInvalid)
        } else if order.date > today {
            problems.append(.dateInFuture(today: today))
        } else if order.date < protocolDate {
            problems.append(.dateBeforeProtocol(protocolDate: protocolDate))
        }
        guard problems.isEmpty else { throw Problems(problems: problems) }
        return order
    }
}
