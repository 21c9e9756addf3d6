import Foundation
import Vapor
import TanbaCore
import TanbaPersistence

/// A registry entry in lists: `GET /api/v1/programs`.
struct ProgramSummaryDTO: Content {
    let code: String
    let title: String
    let credits: String
    let hours: Int
    let nqfLevel: Int
    let eqfLevel: Int
    let fieldOfEducation: String
    let languages: [String]
    let studyForm: String
    let department: String
    let status: String
    let validUntil: String?
    let url: String

    init(_ entry: RegistryEntry, publicURL: String) {
        code = entry.program.code ?? ""
        title = entry.content.title
        credits = "\(entry.content.totalCredits)"
        hours = entry.content.totalHours
        nqfLevel = entry.content.passport.nqfLevel
        eqfLevel = entry.content.passport.eqfLevel
        fieldOfEducation = entry.content.passport.fieldOfEducation
        languages = entry.content.passport.languages.map(\.rawValue)
        studyForm = entry.content.passport.studyForm.rawValue
        department = entry.content.passport.department
        status = entry.edition.status
        validUntil = DisplayDate.iso(entry.program.validUntil)
        url = SiteRoute.program(code: code).url(publicURL: publicURL)
    }
}

/// One page of the registry.
struct ProgramListDTO: Content {
    let items: [ProgramSummaryDTO]
    let total: Int
    let page: Int
    let perPage: Int
}

/// A whole registered program: `GET /api/v1/programs/{code}`.
struct ProgramDetailDTO: Content {
    let code: String
    let edition: Int
    let status: String
    let registeredOn: String?
    let validUntil: String?
    let title: String
    let titleKazakh: String?
    let titleEnglish: String?
    /// The micro-qualification the program awards, by language.
    let qualification: LocalizedText?
    let programType: String
    let credits: String
    let hours: Int
    let passport: ProgramPassport
    let goal: String
    let tasks: String
    let description: String
    let prerequisites: String
    let learningOutcomes: [LearningOutcome]
    let disciplines: [DisciplineDTO]
    let literature: String
    let resources: String
    let approvals: [ApprovalDTO]

    /// A discipline with its credits as exact text.
    struct DisciplineDTO: Content {
        let name: String
        let description: String
        let credits: String
        let hours: HoursSplit
        let totalHours: Int
        let competenceCodes: [String]
        let outcomeCodes: [String]
    }

    /// One approval decision.
    struct ApprovalDTO: Content {
        let date: Date
        let edition: Int
        let stage: String?
        let decision: String
        let actor: String
        let role: String
        let documentNumber: String
        /// The day the council met, `yyyy-MM-dd`; absent for experts' conclusions.
        let meetingDate: String?
        let conclusion: String
    }

    init(_ entry: RegistryEntry, history: [ApprovalStepModel]) {
        let content = entry.content
        code = entry.program.code ?? ""
        edition = entry.edition.number
        status = entry.edition.status
        registeredOn = DisplayDate.iso(entry.program.registeredAt)
        validUntil = DisplayDate.iso(entry.program.validUntil)
        title = content.title
        titleKazakh = content.titleKazakh
        titleEnglish = content.titleEnglish
        qualification = content.qualification
        programType = content.programType
        credits = "\(content.totalCredits)"
        hours = content.totalHours
        passport = content.passport
        goal = content.goal
        tasks = content.tasks
        description = content.description
        prerequisites = content.prerequisites
        learningOutcomes = content.learningOutcomes
        disciplines = content.disciplines.map {
            DisciplineDTO(name: $0.name, description: $0.description, credits: "\($0.credits)", hours: $0.hours,
                          totalHours: $0.hours.total, competenceCodes: $0.competenceCodes, outcomeCodes: $0.outcomeCodes)
        }
        literature = content.literature
        resources = content.resources
        approvals = history.map {
            ApprovalDTO(date: $0.decidedAt, edition: $0.editionNumber, stage: $0.stage, decision: $0.decision,
                        actor: $0.actorName, role: $0.actorRole, documentNumber: $0.documentNumber,
                        meetingDate: $0.meetingDate, conclusion: $0.conclusion)
        }
    }
}

/// The body of every API error.
struct APIErrorDTO: Content {
    let error: Bool
    let reason: String
}
