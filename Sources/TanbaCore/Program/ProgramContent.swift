import Foundation

/// Everything a program edition says about itself (000 App. 2, 004 App. A), stored as one document.
public struct ProgramContent: Hashable, Sendable, Codable {
    /// The title in the language the program was written in (Russian in every seed).
    public var title: String
    /// The title in Kazakh and in English, for documents and pages in those languages.
    public var titleKazakh: String?
    public var titleEnglish: String?
    /// The micro-qualification it awards, a name of its own in each language (001: the course
    /// «Coding & Programming – Python» awards «Python Developer»; 000 App. 1 «с присвоением микроквалификации»).
    public var qualification: LocalizedText?
    /// Program type code of the active policy, e.g. `standard`.
    public var programType: String
    public var passport: ProgramPassport
    /// Goal of the program («цель»).
    public var goal: String
    /// Tasks («задачи»), one per line.
    public var tasks: String
    /// Short description («краткое описание»).
    public var description: String
    /// Why the program is needed: the labour market's demand it answers («обоснование», 000 App. 2).
    public var justification: String?
    /// Abbreviations used in the program («перечень сокращений»), one per line.
    public var abbreviations: String?
    /// Who wrote it («авторы-разработчики», 000 App. 2; «сведения о разработчиках», 004 App. А).
    public var authors: [ProgramAuthor]?
    /// How learners reach the teachers («контактная информация педагога(ов)», 000 App. 2), one per line.
    public var teacherContacts: String?
    /// The department's meeting that put the program forward (004 App. А).
    public var departmentMeeting: DepartmentMeeting?
    /// Employers who agreed the program («СОГЛАСОВАНО», 004 App. А).
    public var employerAgreements: [EmployerAgreement]?
    /// Who may enrol and what they must already know («пререквизиты»).
    public var prerequisites: String
    public var learningOutcomes: [LearningOutcome]
    public var disciplines: [Discipline]
    /// Main and additional literature, one entry per line.
    public var literature: String
    /// Educational and material resources («материально-техническое обеспечение»).
    public var resources: String

    public init(title: String, programType: String, passport: ProgramPassport, goal: String, tasks: String,
                description: String, prerequisites: String = "", learningOutcomes: [LearningOutcome],
                disciplines: [Discipline], literature: String, resources: String, titleKazakh: String? = nil,
                titleEnglish: String? = nil, qualification: LocalizedText? = nil, justification: String? = nil,
                abbreviations: String? = nil, authors: [ProgramAuthor]? = nil, teacherContacts: String? = nil,
                departmentMeeting: DepartmentMeeting? = nil, employerAgreements: [EmployerAgreement]? = nil) {
        self.authors = authors
        self.departmentMeeting = departmentMeeting
        self.employerAgreements = employerAgreements
        self.teacherContacts = teacherContacts
        self.title = title
        self.titleKazakh = titleKazakh
        self.titleEnglish = titleEnglish
        self.qualification = qualification
        self.justification = justification
        self.abbreviations = abbreviations
        self.programType = programType
        self.passport = passport
        self.goal = goal
        self.tasks = tasks
        self.description = description
        self.prerequisites = prerequisites
        self.learningOutcomes = learningOutcomes
        self.disciplines = disciplines
        self.literature = literature
        self.resources = resources
    }

    /// The title in every language; an empty translation reads as the Russian title.
    public var titles: LocalizedText {
        LocalizedText(ru: title, kk: titleKazakh ?? "", en: titleEnglish ?? "")
    }

    /// The awarded micro-qualification; empty for editions written before it was asked for.
    public var awardedQualification: LocalizedText { qualification ?? LocalizedText() }

    /// Sum of the disciplines' credits.
    public var totalCredits: Credits { disciplines.reduce(.zero) { $0 + $1.credits } }

    /// Sum of the disciplines' hours.
    public var totalHours: Int { disciplines.reduce(0) { $0 + $1.hours.total } }
}

/// An author of a program, as its title pages list them.
public struct ProgramAuthor: Hashable, Sendable, Codable {
    public var name: String
    /// «Должность», e.g. «доцент кафедры ПИ».
    public var position: String
    /// «Место работы».
    public var workplace: String

    public init(name: String, position: String, workplace: String) {
        self.name = name
        self.position = position
        self.workplace = workplace
    }
}

/// The program passport («паспорт программы»).
public struct ProgramPassport: Hashable, Sendable, Codable {
    /// Field of education («область образования»).
    public var fieldOfEducation: String
    /// Group of educational programs («группа образовательных программ»).
    public var groupOfPrograms: String
    /// Developing department («кафедра-разработчик»).
    public var department: String
    public var languages: [LanguageCode]
    /// Partner organisation («организация-партнёр»), often the employer.
    public var partnerOrganisation: String
    public var studyForm: StudyForm
    /// National qualifications framework level («уровень НРК»), 1-8.
    public var nqfLevel: Int
    /// Sector framework level («уровень ОРК»), 1-8, when one applies.
    public var sectorFrameworkLevel: Int?
    /// European Qualifications Framework level, 1-8.
    public var eqfLevel: Int
    /// Professional standard the outcomes are based on («профессиональный стандарт»).
    public var professionalStandard: String
    /// Direction of training («направление подготовки», 000 App. 2, 004 App. A).
    public var directionOfTraining: String?
    /// Number of the institution's licence for the field («номер лицензии»).
    public var licenceNumber: String?

    public init(fieldOfEducation: String, groupOfPrograms: String, department: String,
                languages: [LanguageCode], partnerOrganisation: String, studyForm: StudyForm,
                nqfLevel: Int, sectorFrameworkLevel: Int?, eqfLevel: Int, professionalStandard: String,
                directionOfTraining: String? = nil, licenceNumber: String? = nil) {
        self.directionOfTraining = directionOfTraining
        self.licenceNumber = licenceNumber
        self.fieldOfEducation = fieldOfEducation
        self.groupOfPrograms = groupOfPrograms
        self.department = department
        self.languages = languages
        self.partnerOrganisation = partnerOrganisation
        self.studyForm = studyForm
        self.nqfLevel = nqfLevel
        self.sectorFrameworkLevel = sectorFrameworkLevel
        self.eqfLevel = eqfLevel
        self.professionalStandard = professionalStandard
    }
}

/// A learning outcome («результат обучения», РО) with how it is taught and assessed.
public struct LearningOutcome: Hashable, Sendable, Codable {
    /// Short code used by disciplines, e.g. `LO1` («РО1»).
    public var code: String
    public var text: String
    /// Assessment method («метод оценки»), e.g. a practical task or test.
    public var assessmentMethod: String
    /// Criteria the assessment applies («критерии оценивания»).
    public var criteria: String
    /// Teaching method («метод обучения»).
    public var teachingMethod: String

    public init(code: String, text: String, assessmentMethod: String, criteria: String, teachingMethod: String) {
        self.code = code
        self.text = text
        self.assessmentMethod = assessmentMethod
        self.criteria = criteria
        self.teachingMethod = teachingMethod
    }
}

/// A discipline or module of the program («дисциплина/модуль»).
public struct Discipline: Hashable, Sendable, Codable {
    public var name: String
    public var description: String
    public var credits: Credits
    public var hours: HoursSplit
    /// Competence codes it forms («формируемые компетенции»).
    public var competenceCodes: [String]
    /// Codes of the learning outcomes it covers.
    public var outcomeCodes: [String]
    /// Its topics with their hours and assignments (004 App. А plan); nil when not broken down.
    public var topics: [DisciplineTopic]?

    public init(name: String, description: String, credits: Credits, hours: HoursSplit,
                competenceCodes: [String], outcomeCodes: [String], topics: [DisciplineTopic]? = nil) {
        self.topics = topics
        self.name = name
        self.description = description
        self.credits = credits
        self.hours = hours
        self.competenceCodes = competenceCodes
        self.outcomeCodes = outcomeCodes
    }
}

/// Academic hours of a discipline by kind of work (004 App. A «план реализации»).
public struct HoursSplit: Hashable, Sendable, Codable {
    public var lecture: Int
    public var seminar: Int
    public var training: Int
    /// Other kinds of learning at the developer's discretion.
    public var other: Int
    /// Independent work («СРО», and СРОП where counted).
    public var independent: Int

    public init(lecture: Int, seminar: Int, training: Int, other: Int, independent: Int) {
        self.lecture = lecture
        self.seminar = seminar
        self.training = training
        self.other = other
        self.independent = independent
    }

    public var total: Int { lecture + seminar + training + other + independent }
}

extension HoursSplit {
    /// No hours of any kind.
    public static let zero = HoursSplit(lecture: 0, seminar: 0, training: 0, other: 0, independent: 0)

    /// Kind by kind.
    public static func + (left: HoursSplit, right: HoursSplit) -> HoursSplit {
        HoursSplit(lecture: left.lecture + right.lecture, seminar: left.seminar + right.seminar,
                   training: left.training + right.training, other: left.other + right.other,
                   independent: left.independent + right.independent)
    }
}
