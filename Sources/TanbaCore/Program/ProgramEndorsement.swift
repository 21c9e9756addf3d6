import Foundation

/// The developing department's meeting that put the program forward (004 App. А: «разработана
/// кафедрой … Протокол № … от …», signed by the head of the department, «заведующий кафедрой»).
public struct DepartmentMeeting: Hashable, Sendable, Codable {
    public var protocolNumber: String
    /// The meeting day, `yyyy-MM-dd`.
    public var meetingDate: String
    /// The head of the department who signs, «Ф.И.О.».
    public var head: String

    public init(protocolNumber: String, meetingDate: String, head: String) {
        self.protocolNumber = protocolNumber
        self.meetingDate = meetingDate
        self.head = head
    }

    /// Nothing typed at all: the program names no department meeting.
    public var isBlank: Bool {
        [protocolNumber, meetingDate, head].allSatisfy { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }
}

/// An employer's agreement on the title page (004 App. А «СОГЛАСОВАНО Работодатель (должность,
/// подпись, Ф.И.О.) «__» ____ 20__ г.»).
public struct EmployerAgreement: Hashable, Sendable, Codable {
    public var name: String
    public var position: String
    public var organisation: String
    /// The day the employer agreed, `yyyy-MM-dd`.
    public var agreedOn: String

    public init(name: String, position: String, organisation: String, agreedOn: String) {
        self.name = name
        self.position = position
        self.organisation = organisation
        self.agreedOn = agreedOn
    }

    /// Agreements as a developer types them, one a line: «Ф.И.О.; должность; организация; дата»,
    /// the date as `дд.мм.гггг` or `гггг-мм-дд`. Returns them and the numbers (from 1) of lines
    /// without a name or a real date.
    public static func parse(_ text: String) -> (agreements: [EmployerAgreement], badLines: [Int]) {
        var agreements: [EmployerAgreement] = [], bad: [Int] = []
        for (index, line) in TextLines.items(text).enumerated() {
            let parts = line.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 4, !parts[0].isEmpty, let day = Self.day(parts[3]) else {
                bad.append(index + 1)
                continue
            }
            agreements.append(EmployerAgreement(name: parts[0], position: parts[1], organisation: parts[2], agreedOn: day.iso))
        }
        return (agreements, bad)
    }

    /// The line `parse` reads back.
    public var line: String {
        let day = CalendarDay(iso: agreedOn)?.dotted ?? agreedOn
        return "\(name); \(position); \(organisation); \(day)"
    }

    private static func day(_ text: String) -> CalendarDay? {
        CalendarDay(iso: text) ?? CalendarDay(dotted: text)
    }
}
