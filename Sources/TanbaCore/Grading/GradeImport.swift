import Foundation

/// A row of a gradebook CSV, read but not yet checked against learners and rules.
public struct GradeImportRow: Hashable, Sendable {
    public let line: Int
    /// Learner login or learner number as written.
    public let learner: String
    /// Discipline number (1-based) in the program.
    public let discipline: Int
    public let points: [AssessmentKind: Int]
    /// Why recorded marks on this line change (the `reason` column); empty for first marks.
    public let reason: String

    public init(line: Int, learner: String, discipline: Int, points: [AssessmentKind: Int], reason: String = "") {
        self.line = line
        self.learner = learner
        self.discipline = discipline
        self.points = points
        self.reason = reason
    }

    /// The line as the gradebook sheet submits a cell: only the components it fills in.
    public var edit: GradeCellEdit {
        GradeCellEdit(values: points.mapValues { Optional($0) }, reason: reason)
    }
}

/// Reads gradebook CSVs: header `learner,discipline,current_control,midterm,exam[,re_exam][,reason]`;
/// empty cells leave points unchanged, and a changed recorded mark needs the line's `reason`.
public enum GradeImportReader {
    public static let header = ["learner", "discipline"] + AssessmentKind.allCases.map(\.rawValue) + ["reason"]

    public static func read(_ data: Data) -> (rows: [GradeImportRow], problems: [CSVLineProblem]) {
        let records: [CSV.Record]
        do { records = try CSV.records(data) } catch { return ([], [error]) }
        guard let head = records.first else { return ([], [CSVLineProblem(line: 1, key: "import.empty")]) }
        let columns = head.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let learnerColumn = columns.firstIndex(of: "learner"), let disciplineColumn = columns.firstIndex(of: "discipline") else {
            return ([], [CSVLineProblem(line: head.line, key: "import.header", arguments: ["expected": header.joined(separator: ",")])])
        }
        let reasonColumn = columns.firstIndex(of: "reason")
        var rows: [GradeImportRow] = []
        var problems: [CSVLineProblem] = []
        for record in records.dropFirst() {
            func cell(_ index: Int) -> String {
                index < record.fields.count ? record.fields[index].trimmingCharacters(in: .whitespaces) : ""
            }
            let learner = cell(learnerColumn)
            guard !learner.isEmpty else {
                problems.append(CSVLineProblem(line: record.line, key: "import.learner_missing"))
                continue
            }
            guard let discipline = Int(cell(disciplineColumn)), discipline >= 1 else {
                problems.append(CSVLineProblem(line: record.line, key: "import.discipline_invalid",
                                                   arguments: ["value": cell(disciplineColumn)]))
                continue
            }
            var points: [AssessmentKind: Int] = [:]
            var rowOK = true
            for kind in AssessmentKind.allCases {
                guard let column = columns.firstIndex(of: kind.rawValue) else { continue }
                let text = cell(column)
                if text.isEmpty { continue }
                guard let value = Int(text), (0...100).contains(value) else {
                    problems.append(CSVLineProblem(line: record.line, key: "import.points_invalid",
                                                       arguments: ["value": text, "column": kind.rawValue]))
                    rowOK = false
                    continue
                }
                points[kind] = value
            }
            if rowOK {
                rows.append(GradeImportRow(line: record.line, learner: learner, discipline: discipline, points: points,
                                           reason: reasonColumn.map(cell) ?? ""))
            }
        }
        return (rows, problems)
    }
}
