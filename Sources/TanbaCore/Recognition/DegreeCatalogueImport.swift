import Foundation

/// Reads a degree-program catalogue exported by a student information system: one line per
/// discipline, the program repeated on each. Columns by header, in English or Russian:
/// `program_code`, `program_name`, `level`, `discipline_code`, `discipline_name`, `credits`,
/// `period`, `learning_outcomes` (one per line inside the cell, or separated by ` | `).
/// Every bad line is named; a file with any is imported not at all.
public enum DegreeCatalogueImport {
    enum Column: String, CaseIterable {
        case programCode = "program_code"
        case programName = "program_name"
        case level
        case disciplineCode = "discipline_code"
        case disciplineName = "discipline_name"
        case credits
        case period
        case learningOutcomes = "learning_outcomes"

        /// Headers a Russian-language export uses for the column.
        var aliases: [String] {
            switch self {
            case .programCode: ["код оп", "код программы", "шифр оп"]
            case .programName: ["наименование оп", "образовательная программа", "программа"]
            case .level: ["уровень"]
            case .disciplineCode: ["код дисциплины"]
            case .disciplineName: ["дисциплина", "наименование дисциплины"]
            case .credits: ["кредиты", "кредиты ects", "кол-во кредитов"]
            case .period: ["семестр", "академический период"]
            case .learningOutcomes: ["результаты обучения", "ро"]
            }
        }
    }

    /// Russian names of the levels as exports write them.
    static let levelAliases: [String: DegreeLevel] = [
        "колледж": .college, "типо": .college, "бакалавриат": .bachelor, "магистратура": .master,
        "резидентура": .residency, "докторантура": .doctoral,
    ]

    public static var header: String { Column.allCases.map(\.rawValue).joined(separator: ",") }

    public static func read(_ data: Data) -> (programs: [DegreeProgram], problems: [CSVLineProblem]) {
        let records: [CSV.Record]
        do { records = try CSV.records(data) } catch { return ([], [error]) }
        guard let head = records.first else { return ([], [CSVLineProblem(line: 1, key: "import.empty")]) }
        let names = head.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var index: [Column: Int] = [:]
        for column in Column.allCases {
            index[column] = names.firstIndex { $0 == column.rawValue || column.aliases.contains($0) }
        }
        let required: [Column] = [.programCode, .programName, .level, .disciplineCode, .disciplineName, .credits, .period]
        guard required.allSatisfy({ index[$0] != nil }) else {
            return ([], [CSVLineProblem(line: head.line, key: "import.header", arguments: ["expected": header])])
        }
        var problems: [CSVLineProblem] = []
        var order: [String] = []
        var programs: [String: (name: String, level: DegreeLevel, line: Int, disciplines: [DegreeDiscipline])] = [:]
        var seen: [String: Int] = [:]
        for record in records.dropFirst() {
            func cell(_ column: Column) -> String {
                guard let position = index[column], position < record.fields.count else { return "" }
                return record.fields[position].trimmingCharacters(in: .whitespacesAndNewlines)
            }
            let line = record.line
            var rowProblems: [CSVLineProblem] = []
            for column in [Column.programCode, .programName, .disciplineCode, .disciplineName] where cell(column).isEmpty {
                rowProblems.append(CSVLineProblem(line: line, key: "catalogue.import.missing", arguments: ["column": column.rawValue]))
            }
            let levelText = cell(.level).lowercased()
            // The institution's own micro-credential programs come from its registry, not from the export.
            let level = (DegreeLevel(rawValue: levelText) ?? levelAliases[levelText]).flatMap { $0 == .microCredential ? nil : $0 }
            if level == nil {
                rowProblems.append(CSVLineProblem(line: line, key: "catalogue.import.level", arguments: ["value": cell(.level)]))
            }
            let credits = Credits(parsing: cell(.credits))
            if credits == nil || credits == .zero {
                rowProblems.append(CSVLineProblem(line: line, key: "catalogue.import.credits", arguments: ["value": cell(.credits)]))
            }
            let period = Int(cell(.period))
            if period == nil || !(1...16).contains(period ?? 0) {
                rowProblems.append(CSVLineProblem(line: line, key: "catalogue.import.period", arguments: ["value": cell(.period)]))
            }
            let programCode = cell(.programCode), disciplineCode = cell(.disciplineCode)
            let key = programCode.lowercased() + "\u{1F}" + disciplineCode.lowercased()
            if !programCode.isEmpty, !disciplineCode.isEmpty {
                if let first = seen[key] {
                    rowProblems.append(CSVLineProblem(line: line, key: "catalogue.import.duplicate",
                                                      arguments: ["code": disciplineCode, "first": "\(first)"]))
                } else {
                    seen[key] = line
                }
            }
            if let existing = programs[programCode], !programCode.isEmpty,
               existing.name != cell(.programName) || (level != nil && existing.level != level) {
                rowProblems.append(CSVLineProblem(line: line, key: "catalogue.import.program_differs",
                                                  arguments: ["code": programCode, "first": "\(existing.line)"]))
            }
            guard rowProblems.isEmpty, let level, let credits, let period else {
                problems += rowProblems
                continue
            }
            let outcomes = cell(.learningOutcomes)
                .components(separatedBy: .newlines).flatMap { $0.components(separatedBy: " | ") }
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let discipline = DegreeDiscipline(code: disciplineCode, name: cell(.disciplineName), credits: credits,
                                              period: period, learningOutcomes: outcomes)
            if programs[programCode] == nil {
                order.append(programCode)
                programs[programCode] = (cell(.programName), level, line, [])
            }
            programs[programCode]?.disciplines.append(discipline)
        }
        if records.count == 1 { problems.append(CSVLineProblem(line: head.line, key: "import.empty")) }
        let result = order.compactMap { code in
            programs[code].map { DegreeProgram(code: code, name: $0.name, level: $0.level, disciplines: $0.disciplines) }
        }
        return (problems.isEmpty ? result : [], problems)
    }
}
