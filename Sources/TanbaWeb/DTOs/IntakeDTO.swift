import Foundation
import Vapor
import TanbaCore
import TanbaPersistence

/// An intake for student information systems: `GET /api/v1/intakes`.
struct IntakeDTO: Content {
    let id: UUID
    let title: String
    let programCode: String
    let programTitle: String
    let startsOn: String
    let endsOn: String
    /// The last day applications are taken.
    let applicationsCloseOn: String
    /// `IntakeSchedule.Phase` today: accepting, applications_closed, studying or ended.
    let phase: String
    let capacity: Int
    let language: String
    let studyForm: String
    let responsiblePerson: String
    /// Price in tenge as an exact decimal string; absent for a grant-funded elective.
    let price: String?
    let grantFunded: Bool
    let disciplines: [DisciplineRef]

    /// A discipline by number, as the gradebook refers to it.
    struct DisciplineRef: Content {
        let number: Int
        let name: String
        let credits: String
        let hours: Int
    }

    init(_ intake: IntakeModel, content: ProgramContent, programCode: String, today: String) throws {
        id = try intake.requireID()
        title = intake.title
        self.programCode = programCode
        programTitle = content.title
        startsOn = intake.startsOn
        endsOn = intake.endsOn
        applicationsCloseOn = intake.schedule.applicationsCloseOn
        phase = intake.phase(on: today).rawValue
        capacity = intake.capacity
        language = intake.language
        studyForm = intake.studyForm
        responsiblePerson = intake.responsiblePerson
        price = intake.price.map(\.decimalText)
        grantFunded = intake.isGrantFunded
        disciplines = content.disciplines.enumerated().map {
            DisciplineRef(number: $0.offset + 1, name: $0.element.name, credits: "\($0.element.credits)", hours: $0.element.hours.total)
        }
    }
}

/// An enrolled learner: `GET /api/v1/intakes/{id}/learners`.
struct IntakeLearnerDTO: Content {
    let id: UUID
    let login: String
    let fullName: String
    let category: String?
    let organisation: String?
}

/// The gradebook: `GET /api/v1/intakes/{id}/gradebook`.
struct GradebookDTO: Content {
    let intakeID: UUID
    let entries: [Entry]

    /// One learner in one discipline.
    struct Entry: Content {
        let learner: String
        let discipline: Int
        let attempt: Int
        let currentControl: Int?
        let midterm: Int?
        let exam: Int?
        let reExam: Int?
        let finalPoints: Int?
        let letter: String?
        let gradePoints: String?
        let credits: String
        let passed: Bool
        /// «Перезачтено»: exempt by a recognition decision; present only then.
        let recognised: Bool?
    }
}

/// Marks to record: `PUT /api/v1/intakes/{id}/gradebook`; all are recorded or none.
struct GradebookUpdateDTO: Content {
    let marks: [Mark]

    /// One mark; `kind` is current_control, midterm, exam or re_exam.
    struct Mark: Content {
        let learner: String
        let discipline: Int
        let kind: String
        let points: Int
        /// Why a recorded mark is corrected; absent for a first mark.
        let reason: String?
    }
}
