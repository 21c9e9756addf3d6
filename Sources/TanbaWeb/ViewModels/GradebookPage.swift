import Foundation
import Vapor
import TanbaCore
import TanbaPersistence

/// The gradebook page: one table per discipline, one row per learner with every component, and
/// the whole sheet saved at once (a form spanning every table).
struct GradebookPage: Encodable {
    let intake: IntakeView
    let disciplines: [Discipline]
    let learnerCount: Int
    let canGradeAny: Bool
    let saveLink: String
    let repeatLink: String
    let importLink: String
    let exportLink: String
    /// Every refused cell of a save, naming learner, discipline and field.
    let problems: [String]
    let error: String?
    let importReport: ImportView?

    /// One discipline's table.
    struct Discipline: Encodable {
        let number: Int
        let name: String
        let credits: String
        /// The signed-in teacher grades it: its cells are inputs.
        let editable: Bool
        let rows: [Row]
        let corrections: [CorrectionLine]
    }

    /// One learner in one discipline.
    struct Row: Encodable {
        let learner: String
        let login: String
        let attempt: Int
        let fields: [Field]
        let finalPoints: String
        let letter: String
        let standing: String
        let standingCode: String
        /// Inputs are shown: the teacher grades the discipline and no protocol decided on the learner yet.
        let editable: Bool
        let decided: Bool
        let reasonName: String
        let reason: String
        let mustRepeat: Bool
        let repeatValue: String
        let hasProblem: Bool
    }

    /// One component: a number input, or the recorded value when not editable.
    struct Field: Encodable {
        let name: String
        let label: String
        let value: String
        let recorded: String
        let enabled: Bool
        let invalid: Bool
    }

    /// One correction in the discipline's history.
    struct CorrectionLine: Encodable {
        let text: String
    }

    /// The outcome of a CSV import.
    struct ImportView: Encodable {
        let dryRun: Bool
        let applied: Bool
        let count: Int
        let problems: [String]
    }

    /// What the teacher posted, kept on the page when a save is refused so nothing typed is lost.
    struct Posted {
        var values: [String: String] = [:]
        var problems: [GradebookStore.CellProblem] = []
    }

    init(sheet: GradebookStore.Sheet, mine: Set<Int>, rules: GradebookRules, posted: Posted = Posted(),
         error: String? = nil, importReport: ImportView? = nil, today: String, request: Request) throws {
        let intakeID = try sheet.intake.requireID()
        intake = try IntakeView(sheet.intake, content: sheet.content, today: today, request: request)
        learnerCount = sheet.rows.count
        canGradeAny = !mine.isEmpty
        saveLink = SiteRoute.gradebook(intakeID: intakeID).path
        repeatLink = SiteRoute.gradebookRepeat(intakeID: intakeID).path
        importLink = SiteRoute.gradebookImport(intakeID: intakeID).path
        exportLink = SiteRoute.gradebookCSV(intakeID: intakeID).path
        self.error = error
        self.importReport = importReport
        let names = Dictionary(sheet.rows.compactMap { row in row.learner.id.map { ($0, row.learner.fullName) } },
                               uniquingKeysWith: { first, _ in first })
        problems = posted.problems.map { problem in
            Self.describe(problem, learner: names[problem.learnerID] ?? "",
                          discipline: sheet.content.disciplines[problem.discipline - 1].name, request: request)
        }
        disciplines = sheet.content.disciplines.enumerated().map { index, discipline in
            let number = index + 1
            let editable = mine.contains(number)
            let rows = sheet.rows.compactMap { row -> Row? in
                guard let learnerID = row.learner.id else { return nil }
                let cell = row.cells[index]
                let key = GradebookSheetForm.key(learner: learnerID, discipline: number)
                let line = LearningRecordView.line(cell, name: discipline.name, request: request)
                let decided = sheet.decided.contains(learnerID)
                let cellProblems = posted.problems.filter { $0.learnerID == learnerID && $0.discipline == number }
                let fields = AssessmentKind.allCases.map { kind -> Field in
                    let name = GradebookSheetForm.fieldName(key, kind)
                    let recorded = cell.attempt.points(kind).map(String.init) ?? ""
                    // The re-exam is open only after FX (or to correct one recorded).
                    let enabled = kind != .reExam || cell.standing.band?.outcome == .reExamAllowed || cell.attempt.reExam != nil
                    return Field(name: name, label: request.t("assessment.\(kind.rawValue)") + " — " + row.learner.fullName,
                                 value: posted.values[name] ?? recorded, recorded: recorded, enabled: enabled,
                                 invalid: cellProblems.contains { $0.kind == kind })
                }
                return Row(learner: row.learner.fullName, login: row.learner.login, attempt: cell.attempt.number,
                           fields: fields, finalPoints: line.finalPoints, letter: line.letter, standing: line.standing,
                           standingCode: line.standingCode, editable: editable && !decided && line.standingCode != "recognised",
                           decided: decided,
                           reasonName: GradebookSheetForm.reasonName(key), reason: posted.values[GradebookSheetForm.reasonName(key)] ?? "",
                           mustRepeat: editable && !decided && rules.mustRepeat(cell.attempt),
                           repeatValue: key, hasProblem: !cellProblems.isEmpty)
            }
            let corrections = sheet.rows.flatMap { row in
                row.cells[index].corrections.map { correction in
                    CorrectionLine(text: request.t("gradebook.correction", [
                        "when": AlmatyDate.dottedWithTime(correction.recordedAt),
                        "who": sheet.correctedBy[correction.recordedBy] ?? "",
                        "learner": row.learner.fullName,
                        "kind": request.t("assessment.\(correction.kind.rawValue)"),
                        "from": "\(correction.from)", "to": "\(correction.to)",
                        "reason": correction.reason]))
                }
            }
            return Discipline(number: number, name: discipline.name, credits: "\(discipline.credits)", editable: editable,
                              rows: rows, corrections: corrections)
        }
    }

    static func describe(_ problem: GradebookStore.CellProblem, learner: String, discipline: String, request: Request) -> String {
        var place = learner + ", " + discipline
        if let kind = problem.kind { place += ", " + request.t("assessment.\(kind.rawValue)") }
        return place + ": " + request.message(for: problem.error)
    }
}

/// The sheet as the form posts it: `m.<learner>.<discipline>.<kind>` per component and
/// `r.<learner>.<discipline>` for the reason of a correction.
struct GradebookSheetForm {
    let edits: [GradebookStore.CellEdit]
    /// Cells whose text is not a whole number; refused before anything is checked further.
    let unreadable: [GradebookStore.CellProblem]

    static func key(learner: UUID, discipline: Int) -> String { "\(learner.uuidString).\(discipline)" }
    static func fieldName(_ key: String, _ kind: AssessmentKind) -> String { "m.\(key).\(kind.rawValue)" }
    static func reasonName(_ key: String) -> String { "r.\(key)" }

    /// `<learner>.<discipline>` back to its parts.
    static func parse(key: Substring) -> (UUID, Int)? {
        let parts = key.split(separator: ".")
        guard parts.count == 2, let learner = UUID(uuidString: String(parts[0])), let discipline = Int(parts[1]) else { return nil }
        return (learner, discipline)
    }

    /// Nil when a field name is not one the page writes: the form was not made by this page.
    init?(_ fields: [String: String]) {
        var values: [String: [AssessmentKind: Int?]] = [:]
        var unreadable: [GradebookStore.CellProblem] = []
        for (name, text) in fields where name.hasPrefix("m.") {
            let body = name.dropFirst(2)
            guard let dot = body.lastIndex(of: "."), let kind = AssessmentKind(rawValue: String(body[body.index(after: dot)...])),
                  let (learner, discipline) = Self.parse(key: body[..<dot]) else { return nil }
            let key = Self.key(learner: learner, discipline: discipline)
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                values[key, default: [:]][kind] = .some(nil)
            } else if let points = Int(trimmed) {
                values[key, default: [:]][kind] = .some(points)
            } else {
                unreadable.append(.init(learnerID: learner, discipline: discipline, kind: kind,
                                        error: .grading(.pointsOutOfRange(-1))))
            }
        }
        edits = values.keys.sorted().compactMap { key in
            guard let (learner, discipline) = Self.parse(key: Substring(key)), let cell = values[key] else { return nil }
            return .init(learnerID: learner, discipline: discipline,
                         edit: GradeCellEdit(values: cell, reason: fields[Self.reasonName(key)] ?? ""))
        }
        self.unreadable = unreadable
    }
}
