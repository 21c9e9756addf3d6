import Foundation
import Vapor
import TanbaCore
import TanbaPersistence

/// An intake as pages show it.
struct IntakeView: Encodable {
    let id: String
    let title: String
    let programTitle: String
    /// "Program — intake", or just the intake's title when it already names the program.
    let heading: String
    let credits: String
    let hours: Int
    let dates: String
    let capacity: Int
    let language: String
    let studyForm: String
    let responsible: String
    let price: String
    let isOpen: Bool
    /// `IntakeSchedule.Phase` on the day shown, for styling; `phaseLabel` says it in words.
    let phase: String
    let phaseLabel: String
    /// The last day applications are taken, `dd.mm.yyyy`.
    let applicationsClose: String
    let acceptsApplications: Bool
    let href: String
    let applyLink: String

    /// The intake as it stands on `today` (`yyyy-MM-dd`, Almaty).
    init(_ intake: IntakeModel, content: ProgramContent, today: String, request: Request) throws {
        let intakeID = try intake.requireID()
        id = intakeID.uuidString
        title = intake.title
        programTitle = content.title
        heading = Self.heading(program: content.title, intake: intake.title)
        credits = "\(content.totalCredits)"
        hours = content.totalHours
        dates = DisplayDate.fromISO(intake.startsOn) + " – " + DisplayDate.fromISO(intake.endsOn)
        capacity = intake.capacity
        language = request.t("language.\(intake.language)")
        studyForm = request.t("study_form.\(intake.studyForm)")
        responsible = intake.responsiblePerson
        price = intake.price.map { "\($0) ₸" } ?? request.t("intake.grant_funded")
        isOpen = intake.isOpen
        let schedule = intake.schedule
        let phase = intake.phase(on: today)
        self.phase = phase.rawValue
        phaseLabel = request.t("intake.phase.\(phase.rawValue)")
        applicationsClose = DisplayDate.fromISO(schedule.applicationsCloseOn)
        acceptsApplications = phase == .acceptingApplications
        href = SiteRoute.intake(intakeID).path
        applyLink = SiteRoute.apply(intakeID: intakeID).path
    }
}

/// An uploaded document as a link.
struct DocumentView: Encodable {
    let kind: String
    let name: String
    let size: String
    let href: String

    init(_ document: ApplicationDocumentModel, request: Request) throws {
        kind = request.t("document.\(document.kind)")
        name = document.originalName
        size = document.size >= 1024 * 1024 ? String(format: "%.1f MB", Double(document.size) / 1_048_576)
            : "\(max(1, document.size / 1024)) KB"
        href = SiteRoute.document(try document.requireID()).path
    }
}

/// A learner's results in one intake: the personal learning record («учебное дело»).
struct LearningRecordView: Encodable {
    let disciplines: [Line]
    let creditsEarned: String
    let creditsTotal: String
    let gpa: String
    let ready: Bool

    /// One discipline of the record.
    struct Line: Encodable {
        let number: Int
        let name: String
        let credits: String
        let currentControl: String
        let midterm: String
        let exam: String
        let reExam: String
        let attempt: Int
        let finalPoints: String
        let letter: String
        let gradePoints: String
        let standing: String
        let standingCode: String
    }

    static func line(_ cell: GradebookStore.Cell, name: String, request: Request) -> Line {
        let text = { (value: Int?) in value.map(String.init) ?? "" }
        var finalPoints = "", letter = "", gradePoints = "", code = "in_progress"
        switch cell.standing {
        case .graded(let points, let band):
            finalPoints = "\(points)"
            letter = band.letter
            gradePoints = "\(band.gradePoints)"
            code = band.outcome.rawValue
        case .notAdmitted:
            letter = "F"
            gradePoints = "0"
            code = "not_admitted"
        case .inProgress:
            break
        case .recognised(let band):
            letter = band?.letter ?? ""
            gradePoints = band.map { "\($0.gradePoints)" } ?? ""
            code = "recognised"
        }
        return Line(number: cell.discipline, name: name, credits: "\(cell.credits)",
                    currentControl: text(cell.attempt.currentControl), midterm: text(cell.attempt.midterm),
                    exam: text(cell.attempt.exam), reExam: text(cell.attempt.reExam), attempt: cell.attempt.number,
                    finalPoints: finalPoints, letter: letter, gradePoints: gradePoints,
                    standing: request.t("standing.\(code)"), standingCode: code)
    }
}

extension IntakeView {
    /// "Program — intake", unless the intake's title already starts with the program's.
    static func heading(program: String?, intake: String) -> String {
        guard let program, !program.isEmpty, !intake.hasPrefix(program) else { return intake }
        return "\(program) — \(intake)"
    }
}

extension LearningRecordView {
    /// The learner's marks in an intake of the program `content` describes.
    init(_ record: GradebookStore.LearnerRecord, content: ProgramContent, request: Request) {
        self.init(
            disciplines: record.cells.map { cell in
                Self.line(cell, name: content.disciplines[cell.discipline - 1].name, request: request)
            },
            creditsEarned: "\(record.summary.creditsEarned)", creditsTotal: "\(content.totalCredits)",
            gpa: record.summary.gpaText ?? "—", ready: record.isReady)
    }
}
