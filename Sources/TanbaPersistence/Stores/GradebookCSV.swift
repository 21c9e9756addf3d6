import Fluent
import Foundation
import TanbaCore

/// CSV import and export of a gradebook.
extension GradebookStore {
    /// What an import did or would do.
    public struct ImportReport: Sendable {
        /// Marks that are (or would be) recorded.
        public let marks: [Mark]
        /// Every refused line with its number; a non-empty list means nothing was recorded.
        public let problems: [CSVLineProblem]
        public let dryRun: Bool

        public var applied: Bool { !dryRun && problems.isEmpty && !marks.isEmpty }
    }

    /// Checks every row against learners, the teacher's disciplines and the grading rules; records
    /// them only when `dryRun` is false and no row has a problem.
    public func importCSV(_ data: Data, into intakeID: UUID, by actor: ActingUser, dryRun: Bool) async throws -> ImportReport {
        let (rows, readProblems) = GradeImportReader.read(data)
        var problems = readProblems
        let sheet = try await sheet(for: intakeID)
        let rules = try await rules()
        let allowed = try await gradedDisciplines(by: actor, intakeID: intakeID)
        let learnersByLogin = Dictionary(sheet.rows.map { ($0.learner.login, $0) }, uniquingKeysWith: { first, _ in first })
        var attempts: [Key: DisciplineAttempt] = [:]
        for row in sheet.rows {
            guard let id = row.learner.id else { continue }
            for cell in row.cells { attempts[Key(learner: id, discipline: cell.discipline)] = cell.attempt }
        }
        var marks: [Mark] = []
        for row in rows {
            guard let learner = learnersByLogin[row.learner.lowercased()], let learnerID = learner.learner.id else {
                problems.append(CSVLineProblem(line: row.line, key: "import.learner_unknown", arguments: ["value": row.learner]))
                continue
            }
            guard (1...sheet.content.disciplines.count).contains(row.discipline) else {
                problems.append(CSVLineProblem(line: row.line, key: "import.discipline_invalid",
                                                   arguments: ["value": "\(row.discipline)"]))
                continue
            }
            guard allowed.contains(row.discipline) else {
                problems.append(CSVLineProblem(line: row.line, key: "import.discipline_not_yours",
                                                   arguments: ["value": "\(row.discipline)"]))
                continue
            }
            let key = Key(learner: learnerID, discipline: row.discipline)
            let attempt = attempts[key] ?? DisciplineAttempt()
            // The same rules as the sheet: a value equal to the recorded one is no change (an exported
            // sheet imports back), a different one is a correction and needs the line's reason.
            do throws(GradeCellEdit.Refusal) {
                let changes = try rules.changes(row.edit, to: attempt)
                var updated = attempt
                for change in changes { updated.set(change.kind, change.points) }
                attempts[key] = updated
                marks += changes.map { change in
                    if case .correct = change {
                        Mark(learnerID: learnerID, discipline: row.discipline, kind: change.kind, points: change.points,
                             reason: row.reason)
                    } else {
                        Mark(learnerID: learnerID, discipline: row.discipline, kind: change.kind, points: change.points)
                    }
                }
            } catch {
                problems.append(CSVLineProblem(line: row.line, key: "grading.\(Self.refusalKey(error.refusal))",
                                                   arguments: ["value": row.points[error.kind].map(String.init) ?? "",
                                                               "column": error.kind.rawValue]))
            }
        }
        problems.sort { $0.line < $1.line }
        if !dryRun, problems.isEmpty, !marks.isEmpty {
            try await record(marks, in: intakeID, by: actor, source: "csv")
        }
        return ImportReport(marks: marks, problems: problems, dryRun: dryRun)
    }

    /// The gradebook as CSV in the import format, plus final points and letter.
    public func exportCSV(_ intakeID: UUID) async throws -> Data {
        let sheet = try await sheet(for: intakeID)
        var rows = [GradeImportReader.header + ["attempt", "final_points", "letter", "credits"]]
        for row in sheet.rows {
            for cell in row.cells {
                let points: String
                let letter: String
                switch cell.standing {
                case .graded(let value, let band): points = "\(value)"; letter = band.letter
                case .notAdmitted: points = ""; letter = "F"
                case .inProgress: points = ""; letter = ""
                // recognised elsewhere: the converted letter, no points of this intake
                case .recognised(let band): points = ""; letter = band?.letter ?? ""
                }
                rows.append([row.learner.login, "\(cell.discipline)"]
                    + AssessmentKind.allCases.map { cell.attempt.points($0).map(String.init) ?? "" }
                    + ["", "\(cell.attempt.number)", points, letter, "\(cell.credits)"])
            }
        }
        return CSV.write(rows)
    }

    /// The localisation suffix for a refusal, e.g. `already_passed`.
    public static func refusalKey(_ refusal: GradebookRules.Refusal) -> String {
        switch refusal {
        case .pointsOutOfRange: "points_out_of_range"
        case .alreadyPassed: "already_passed"
        case .mustRepeatFirst: "must_repeat_first"
        case .onlyReExamAfterFX: "only_re_exam_after_fx"
        case .reExamWithoutFX: "re_exam_without_fx"
        case .examBeforeAdmission: "exam_before_admission"
        case .notAdmittedToExam: "not_admitted_to_exam"
        case .repeatNotRequired: "repeat_not_required"
        case .alreadyRecorded: "already_recorded"
        case .correctionReasonRequired: "correction_reason_required"
        case .nothingToCorrect: "nothing_to_correct"
        case .cannotErase: "cannot_erase"
        case .exemptByRecognition: "exempt_by_recognition"
        }
    }
}
