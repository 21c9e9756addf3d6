import Foundation

/// A topic of a discipline in the implementation plan (004 App. А «План реализации программы»):
/// its hours and the assignment learners do on it.
public struct DisciplineTopic: Hashable, Sendable, Codable {
    public var title: String
    public var hours: Int
    /// «Задание», e.g. «кейс: очистка набора данных».
    public var assignment: String

    public init(title: String, hours: Int, assignment: String) {
        self.title = title
        self.hours = hours
        self.assignment = assignment
    }

    /// Topics as a developer types them, one a line: «тема; часы; задание» (the assignment may be
    /// left out). Returns the topics and the numbers (from 1) of lines whose hours are not a
    /// whole number from 1 to 10,000.
    public static func parse(_ text: String) -> (topics: [DisciplineTopic], badLines: [Int]) {
        var topics: [DisciplineTopic] = [], bad: [Int] = []
        for (index, line) in TextLines.items(text).enumerated() {
            let parts = line.split(separator: ";", maxSplits: 2, omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count >= 2, !parts[0].isEmpty, let hours = Int(parts[1]), (1...10_000).contains(hours) else {
                bad.append(index + 1)
                continue
            }
            topics.append(DisciplineTopic(title: parts[0], hours: hours, assignment: parts.count > 2 ? parts[2] : ""))
        }
        return (topics, bad)
    }

    /// The line `parse` reads back.
    public var line: String {
        assignment.isEmpty ? "\(title); \(hours)" : "\(title); \(hours); \(assignment)"
    }
}
