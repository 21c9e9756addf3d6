import Foundation
import Vapor
import TanbaCore
import TanbaPersistence

/// A program edition as pages show it: the passport, outcomes, disciplines and history.
struct ProgramView: Encodable {
    let code: String?
    let title: String
    /// The micro-qualification it awards, in the page's language.
    let qualification: String
    let directionOfTraining: String
    let licenceNumber: String
    let justification: String
    let abbreviations: [String]
    let authors: [ProgramAuthor]
    let teacherContacts: [String]
    let editionNumber: Int
    let status: String
    let statusLabel: String
    let programType: String
    let credits: String
    let hours: Int
    let fieldOfEducation: String
    let groupOfPrograms: String
    let department: String
    let languages: String
    let partnerOrganisation: String
    let studyForm: String
    let nqfLevel: Int
    let sectorFrameworkLevel: String
    let eqfLevel: Int
    let professionalStandard: String
    let goal: String
    let tasks: [String]
    let description: String
    let prerequisites: String
    let outcomes: [LearningOutcome]
    let disciplines: [DisciplineView]
    let totals: HoursView
    let literature: [String]
    let resources: [String]
    let registeredOn: String
    let validUntil: String
    let internalExperts: String
    let externalExperts: String
    let history: [HistoryView]

    /// A discipline row with its hours by kind and totals.
    struct DisciplineView: Encodable {
        let number: Int
        let name: String
        let description: String
        let credits: String
        let hours: HoursView
        let competences: String
        let outcomes: String
        /// «Тема — 12 ч.: задание».
        let topics: [String]
    }

    /// Hours by kind of work.
    struct HoursView: Encodable {
        let lecture: Int
        let seminar: Int
        let training: Int
        let other: Int
        let independent: Int
        let total: Int

        init(_ split: HoursSplit) {
            lecture = split.lecture
            seminar = split.seminar
            training = split.training
            other = split.other
            independent = split.independent
            total = split.total
        }
    }

    /// One approval decision.
    struct HistoryView: Encodable {
        let date: String
        let edition: Int
        let stage: String
        let decision: String
        let decisionCode: String
        let actor: String
        let role: String
        let documentNumber: String
        /// «заседание 12.10.2026» for a council's decision.
        let meeting: String
        let conclusion: String
    }

    init(request: Request, program: ProgramModel?, edition: ProgramEditionModel, content: ProgramContent,
         history: [ApprovalStepModel]) throws {
        let t = { (key: String) in request.t(key) }
        code = program?.code
        title = content.titles.text(in: request.language)
        qualification = content.awardedQualification.text(in: request.language)
        directionOfTraining = content.passport.directionOfTraining ?? ""
        licenceNumber = content.passport.licenceNumber ?? ""
        justification = content.justification ?? ""
        abbreviations = TextLines.items(content.abbreviations ?? "")
        authors = content.authors ?? []
        teacherContacts = TextLines.items(content.teacherContacts ?? "")
        editionNumber = edition.number
        status = edition.status
        statusLabel = Self.statusLabel(try edition.editionStatus, request: request)
        programType = t("program_type.\(content.programType)")
        credits = "\(content.totalCredits)"
        hours = content.totalHours
        fieldOfEducation = request.fieldOfEducation(content.passport.fieldOfEducation)
        groupOfPrograms = content.passport.groupOfPrograms
        department = content.passport.department
        languages = content.passport.languages.map { t("language.\($0.rawValue)") }.joined(separator: ", ")
        partnerOrganisation = content.passport.partnerOrganisation
        studyForm = t("study_form.\(content.passport.studyForm.rawValue)")
        nqfLevel = content.passport.nqfLevel
        sectorFrameworkLevel = content.passport.sectorFrameworkLevel.map { "\($0)" } ?? "—"
        eqfLevel = content.passport.eqfLevel
        professionalStandard = content.passport.professionalStandard
        goal = content.goal
        tasks = TextLines.items(content.tasks)
        description = content.description
        prerequisites = content.prerequisites
        outcomes = content.learningOutcomes.map { outcome in
            var shown = outcome
            shown.assessmentMethod = request.assessmentForm(outcome.assessmentMethod)
            return shown
        }
        disciplines = content.disciplines.enumerated().map { index, discipline in
            DisciplineView(number: index + 1, name: discipline.name, description: discipline.description,
                           credits: "\(discipline.credits)", hours: HoursView(discipline.hours),
                           competences: discipline.competenceCodes.joined(separator: ", "),
                           outcomes: discipline.outcomeCodes.joined(separator: ", "),
                           topics: (discipline.topics ?? []).map { topic in
                               "\(topic.title) — \(topic.hours) \(t("program.hours_short"))"
                                   + (topic.split.map { " (\(Self.splitText($0, t)))" } ?? "")
                                   + (topic.assignment.isEmpty ? "" : ": \(topic.assignment)")
                           })
        }
        totals = HoursView(content.disciplines.map(\.hours).reduce(.zero, +))
        literature = TextLines.items(content.literature)
        resources = TextLines.items(content.resources)
        registeredOn = DisplayDate.day(program?.registeredAt)
        validUntil = DisplayDate.day(program?.validUntil)
        let approvals = history.filter { $0.decision == WorkflowDecision.approved.rawValue || $0.decision == WorkflowDecision.registered.rawValue }
        // An expert as the forms list them: name, position, workplace (000 App. 2, 004 App. А).
        let expert = { (step: ApprovalStepModel) in
            let post = [step.actorPosition, step.actorWorkplace].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
            return post.isEmpty ? step.actorName : "\(step.actorName) (\(post))"
        }
        internalExperts = Set(approvals.filter { $0.stage == ApprovalStage.internalExpertise.rawValue }.map(expert)).sorted().joined(separator: ", ")
        externalExperts = Set(approvals.filter { $0.stage == ApprovalStage.externalExpertise.rawValue }.map(expert)).sorted().joined(separator: ", ")
        self.history = history.map { step in
            HistoryView(date: DisplayDate.dayTime(step.decidedAt), edition: step.editionNumber,
                        stage: step.stage.map { t("stage.\($0)") } ?? "—",
                        decision: t("decision.\(step.decision)"), decisionCode: step.decision,
                        actor: step.actorName, role: t("role.\(step.actorRole)"),
                        documentNumber: step.documentNumber,
                        meeting: step.meetingDate.map { request.t("program.history.meeting", ["date": DisplayDate.fromISO($0)]) } ?? "",
                        conclusion: step.conclusion)
        }
    }

    /// «лекции 2, семинары 4, СРО 6»: the kinds a topic has hours of.
    static func splitText(_ split: HoursSplit, _ t: (String) -> String) -> String {
        [("hours.lecture", split.lecture), ("hours.seminar", split.seminar), ("hours.training", split.training),
         ("hours.other", split.other), ("hours.independent", split.independent)]
            .filter { $0.1 > 0 }.map { "\(t($0.0)) \($0.1)" }.joined(separator: ", ")
    }

    static func statusLabel(_ status: EditionStatus, request: Request) -> String {
        switch status {
        case .inReview(let stage): request.t("status.in_review") + ": " + request.t("stage.\(stage.rawValue)")
        default: request.t("status.\(status.storage.status)")
        }
    }
}
