import Foundation

/// The level of a degree program in the institution's catalogue.
public enum DegreeLevel: String, CaseIterable, Sendable, Codable {
    /// Technical and vocational education («ТиПО», колледж).
    case college
    case bachelor
    case master
    /// Medical residency («резидентура»).
    case residency
    case doctoral
    /// A micro-credential program of this institution's own registry.
    case microCredential = "micro_credential"
}

/// A discipline of a degree program that a micro-credential earned elsewhere can be recognised
/// against (004 §7.5): what the experts compare the source with.
public struct DegreeDiscipline: Hashable, Sendable, Codable {
    public let code: String
    public let name: String
    public let credits: Credits
    /// The academic period (semester) of the program it is studied in, from 1.
    public let period: Int
    public let learningOutcomes: [String]

    public init(code: String, name: String, credits: Credits, period: Int, learningOutcomes: [String]) {
        self.code = code
        self.name = name
        self.credits = credits
        self.period = period
        self.learningOutcomes = learningOutcomes
    }
}

extension DegreeProgram {
    /// A registered micro-credential program of this institution as a target of recognition: its
    /// disciplines coded `<program>-D<n>`, each with the outcomes it covers.
    /// The code a discipline of one of the institution's own micro-credential programs is
    /// recognised under: «<program code>-D<number>».
    public static func disciplineCode(program: String, number: Int) -> String {
        "\(program)-D\(number)"
    }

    /// The discipline number `code` names in the own program `program`, or nil when it names none.
    public static func disciplineNumber(of code: String, inProgram program: String) -> Int? {
        let prefix = "\(program)-D"
        guard code.hasPrefix(prefix), let number = Int(code.dropFirst(prefix.count)), number >= 1 else { return nil }
        return number
    }

    public init(microCredential code: String, content: ProgramContent) {
        let outcomes = Dictionary(content.learningOutcomes.map { ($0.code, $0.text) }, uniquingKeysWith: { first, _ in first })
        self.init(code: code, name: content.title, level: .microCredential, disciplines: content.disciplines.enumerated().map { index, discipline in
            DegreeDiscipline(code: Self.disciplineCode(program: code, number: index + 1), name: discipline.name,
                             credits: discipline.credits, period: 1,
                             learningOutcomes: discipline.outcomeCodes.compactMap { outcomes[$0] })
        })
    }
}

/// A degree program of the institution with its disciplines, as its student information system
/// keeps it (bachelor, master, residency…).
public struct DegreeProgram: Hashable, Sendable, Codable {
    public let code: String
    public let name: String
    public let level: DegreeLevel
    public let disciplines: [DegreeDiscipline]

    public init(code: String, name: String, level: DegreeLevel, disciplines: [DegreeDiscipline]) {
        self.code = code
        self.name = name
        self.level = level
        self.disciplines = disciplines
    }
}

/// An academic period of the institution («академический период»): applications for recognition
/// come 5 working days before it starts.
public struct AcademicPeriod: Hashable, Sendable, Codable {
    public let title: String
    public let startsOn: CalendarDay
    public let endsOn: CalendarDay

    public init(title: String, startsOn: CalendarDay, endsOn: CalendarDay) {
        self.title = title
        self.startsOn = startsOn
        self.endsOn = endsOn
    }

    public enum Problem: Error, Hashable, Sendable {
        case titleMissing
        case endsBeforeStart
    }

    /// A period with a title, ending on or after its start.
    public static func checked(title: String, startsOn: CalendarDay, endsOn: CalendarDay) throws(Problem) -> AcademicPeriod {
        let trimmed = title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .titleMissing }
        guard endsOn >= startsOn else { throw .endsBeforeStart }
        return AcademicPeriod(title: trimmed, startsOn: startsOn, endsOn: endsOn)
    }
}
