import Foundation

/// A topic of a discipline in the implementation plan (004 App. А «План реализации программы»):
/// its hours, by kind of work where the developer splits them, and the assignment learners do on it.
public struct DisciplineTopic: Hashable, Sendable, Codable {
    public var title: String
    public var hours: Int
    /// Lecture, seminar, training, other and independent hours of this topic (the columns of
    /// 004 App. А); nil when the developer gave one total. When set, `hours` is its total.
    public var split: HoursSplit?
    /// «Задание», e.g. «кейс: очистка набора данных».
    public var assignment: String

    public init(title: String, hours: Int, assignment: String) {
        self.title = title
        self.hours = hours
        self.split = nil
        self.assignment = assignment
    }

    public init(title: String, split: HoursSplit, assignment: String) {
        self.title = title
        self.hours = split.total
        self.split = split
        self.assignment = assignment
    }

    /// Topics as a developer types them, one a line: «тема; часы; задание», where the hours are one
    /// number or five by kind of work «лекция/семинар/тренинг/другое/СРС» (e.g. «2/4/0/0/6»); the
    /// assignment may be left out. Returns the topics and the numbers (from 1) of lines whose
    /// hours are not whole numbers adding up to 1…10,000.
    public static func parse(_ text: String) -> (topics: [DisciplineTopic], badLines: [Int]) {
        var topics: [DisciplineTopic] = [], bad: [Int] = []
        for (index, line) in TextLines.items(text).enumerated() {
            let parts = line.split(separator: ";", maxSplits: 2, omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count >= 2, !parts[0].isEmpty, let topic = topic(parts[0], hours: parts[1],
                                                                         assignment: parts.count > 2 ? parts[2] : "") else {
                bad.append(index + 1)
                continue
            }
            topics.append(topic)
        }
        return (topics, bad)
    }

    private static func topic(_ title: String, hours text: String, assignment: String) -> DisciplineTopic? {
        let numbers = text.split(separator: "/", omittingEmptySubsequences: false)
            .map { Int($0.trimmingCharacters(in: .whitespaces)) }
        let limit = 1...10_000
        switch numbers.count {
        case 1:
            guard let hours = numbers[0], limit.contains(hours) else { return nil }
            return DisciplineTopic(title: title, hours: hours, assignment: assignment)
        case 5:
            let values = numbers.compactMap { $0 }
            guard values.count == 5, values.allSatisfy({ $0 >= 0 }) else { return nil }
            let split = HoursSplit(lecture: values[0], seminar: values[1], training: values[2], other: values[3],
                                   independent: values[4])
            guard limit.contains(split.total) else { return nil }
            return DisciplineTopic(title: title, split: split, assignment: assignment)
        default:
            return nil
        }
    }

    /// The line `parse` reads back.
    public var line: String {
        let hours = split.map { "\($0.lecture)/\($0.seminar)/\($0.training)/\($0.other)/\($0.independent)" } ?? "\(self.hours)"
        return assignment.isEmpty ? "\(title); \(hours)" : "\(title); \(hours); \(assignment)"
    }
}
