import Foundation

/// The council's decision after a program's yearly monitoring (004 §5.12, §8.2, §8.4); raw values
/// are stored.
public enum MonitoringDecision: String, CaseIterable, Sendable, Codable {
    /// The program stays as it is: its registration is valid one more period.
    case keep
    /// The program stays in the registry one more period, and a new edition is to be registered
    /// before that period ends.
    case update
    /// Not in demand or not updated: withdrawn from the registry by the academic council (§8.4).
    case withdraw

    /// The last valid day after the decision: one monitoring period on from the later of the
    /// current validity and the meeting (a late monitoring renews from the day it was held); nil
    /// for a withdrawal.
    public func validUntil(current: CalendarDay?, meeting: CalendarDay, months: Int) -> CalendarDay? {
        guard self != .withdraw else { return nil }
        let base = current.map { max($0, meeting) } ?? meeting
        return base.adding(months: months)
    }
}

/// One action of the monitoring's action plan: what, who, by when (tracked to done).
public struct MonitoringAction: Hashable, Sendable, Codable {
    public var text: String
    public var owner: String
    public var dueOn: CalendarDay

    public init(text: String, owner: String, dueOn: CalendarDay) {
        self.text = text
        self.owner = owner
        self.dueOn = dueOn
    }

    /// Actions as the department types them, one a line: «действие; ответственный; дд.мм.гггг».
    /// Returns them and the numbers (from 1) of lines without an action, an owner or a real date.
    public static func parse(_ text: String) -> (actions: [MonitoringAction], badLines: [Int]) {
        var actions: [MonitoringAction] = [], bad: [Int] = []
        for (index, line) in TextLines.items(text).enumerated() {
            let parts = line.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty, let day = CalendarDay(dotted: parts[2]) ?? CalendarDay(iso: parts[2]) else {
                bad.append(index + 1)
                continue
            }
            actions.append(MonitoringAction(text: parts[0], owner: parts[1], dueOn: day))
        }
        return (actions, bad)
    }

    /// The line `parse` reads back.
    public var line: String { "\(text); \(owner); \(dueOn.dotted)" }
}
