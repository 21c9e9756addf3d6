import Foundation
import TanbaCore

/// The program form as typed: strings throughout, so a refused form comes back as the user left it.
struct ProgramForm: Codable, Sendable {
    var title: String = ""
    var titleKazakh: String = ""
    var titleEnglish: String = ""
    /// The awarded micro-qualification in each language.
    var qualificationRu: String = ""
    var qualificationKk: String = ""
    var qualificationEn: String = ""
    var directionOfTraining: String = ""
    var licenceNumber: String = ""
    var justification: String = ""
    var abbreviations: String = ""
    var teacherContacts: String = ""
    var authors: [String: AuthorRow]? = nil
    var departmentProtocolNumber: String = ""
    var departmentMeetingDate: String = ""
    var departmentHead: String = ""
    /// «ФИО; должность; организация; дд.мм.гггг», an employer a line.
    var employerAgreements: String = ""
    var programType: String = ""
    var fieldOfEducation: String = ""
    var groupOfPrograms: String = ""
    var department: String = ""
    var languages: [String]? = nil
    var partnerOrganisation: String = ""
    var studyForm: String = StudyForm.inPerson.rawValue
    var nqfLevel: String = ""
    var sectorFrameworkLevel: String = ""
    var eqfLevel: String = ""
    var professionalStandard: String = ""
    var goal: String = ""
    var tasks: String = ""
    var description: String = ""
    var prerequisites: String = ""
    var literature: String = ""
    var resources: String = ""
    var outcomes: [String: OutcomeRow]? = nil
    var disciplines: [String: DisciplineRow]? = nil

    /// One author row of the form.
    struct AuthorRow: Codable, Sendable {
        var name: String = ""
        var position: String = ""
        var workplace: String = ""

        var isBlank: Bool { [name, position, workplace].allSatisfy(\.isBlank) }
    }

    /// One learning-outcome row of the form.
    struct OutcomeRow: Codable, Sendable {
        var code: String = ""
        var text: String = ""
        var assessmentMethod: String = ""
        var criteria: String = ""
        var teachingMethod: String = ""

        var isBlank: Bool { [code, text, assessmentMethod, criteria, teachingMethod].allSatisfy(\.isBlank) }
    }

    /// One discipline row of the form.
    struct DisciplineRow: Codable, Sendable {
        var name: String = ""
        var description: String = ""
        var credits: String = ""
        var lecture: String = ""
        var seminar: String = ""
        var training: String = ""
        var other: String = ""
        var independent: String = ""
        var competences: String = ""
        var outcomes: String = ""
        /// «тема; часы; задание», a topic a line.
        var topics: String = ""

        var isBlank: Bool {
            [name, description, credits, lecture, seminar, training, other, independent, competences, outcomes, topics]
                .allSatisfy(\.isBlank)
        }
    }

    init() {}

    init(content: ProgramContent) {
        title = content.title
        titleKazakh = content.titleKazakh ?? ""
        titleEnglish = content.titleEnglish ?? ""
        qualificationRu = content.awardedQualification.ru
        qualificationKk = content.awardedQualification.kk
        qualificationEn = content.awardedQualification.en
        directionOfTraining = content.passport.directionOfTraining ?? ""
        licenceNumber = content.passport.licenceNumber ?? ""
        justification = content.justification ?? ""
        abbreviations = content.abbreviations ?? ""
        teacherContacts = content.teacherContacts ?? ""
        authors = Dictionary(uniqueKeysWithValues: (content.authors ?? []).enumerated().map { index, author in
            ("\(index)", AuthorRow(name: author.name, position: author.position, workplace: author.workplace))
        })
        departmentProtocolNumber = content.departmentMeeting?.protocolNumber ?? ""
        departmentMeetingDate = content.departmentMeeting?.meetingDate ?? ""
        departmentHead = content.departmentMeeting?.head ?? ""
        employerAgreements = (content.employerAgreements ?? []).map(\.line).joined(separator: "\n")
        programType = content.programType
        fieldOfEducation = content.passport.fieldOfEducation
        groupOfPrograms = content.passport.groupOfPrograms
        department = content.passport.department
        languages = content.passport.languages.map(\.rawValue)
        partnerOrganisation = content.passport.partnerOrganisation
        studyForm = content.passport.studyForm.rawValue
        nqfLevel = "\(content.passport.nqfLevel)"
        sectorFrameworkLevel = content.passport.sectorFrameworkLevel.map { "\($0)" } ?? ""
        eqfLevel = "\(content.passport.eqfLevel)"
        professionalStandard = content.passport.professionalStandard
        goal = content.goal
        tasks = content.tasks
        description = content.description
        prerequisites = content.prerequisites
        literature = content.literature
        resources = content.resources
        outcomes = Dictionary(uniqueKeysWithValues: content.learningOutcomes.enumerated().map { index, outcome in
            ("\(index)", OutcomeRow(code: outcome.code, text: outcome.text, assessmentMethod: outcome.assessmentMethod,
                                    criteria: outcome.criteria, teachingMethod: outcome.teachingMethod))
        })
        disciplines = Dictionary(uniqueKeysWithValues: content.disciplines.enumerated().map { index, discipline in
            ("\(index)", DisciplineRow(
                name: discipline.name, description: discipline.description, credits: "\(discipline.credits)",
                lecture: "\(discipline.hours.lecture)", seminar: "\(discipline.hours.seminar)",
                training: "\(discipline.hours.training)", other: "\(discipline.hours.other)",
                independent: "\(discipline.hours.independent)",
                competences: discipline.competenceCodes.joined(separator: ", "),
                outcomes: discipline.outcomeCodes.joined(separator: ", "),
                topics: (discipline.topics ?? []).map(\.line).joined(separator: "\n")))
        })
    }

    /// Rows in the order they were shown, without blank ones.
    var outcomeRows: [OutcomeRow] { Self.ordered(outcomes).filter { !$0.isBlank } }
    var disciplineRows: [DisciplineRow] { Self.ordered(disciplines).filter { !$0.isBlank } }
    var authorRows: [AuthorRow] { Self.ordered(authors).filter { !$0.isBlank } }

    private static func ordered<Row>(_ rows: [String: Row]?) -> [Row] {
        (rows ?? [:]).sorted { (Int($0.key) ?? .max, $0.key) < (Int($1.key) ?? .max, $1.key) }.map(\.value)
    }

    /// The content the form describes, and every value that cannot be read (never stored).
    func content() -> (ProgramContent, [ValidationIssue]) {
        var issues: [ValidationIssue] = []
        func level(_ text: String, _ field: String, optional: Bool = false) -> Int? {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                if !optional { issues.append(ValidationIssue("validation.required", field: field)) }
                return nil
            }
            guard let value = Int(trimmed) else {
                issues.append(ValidationIssue("validation.level_unknown", field: field,
                                              arguments: ["value": trimmed], blocksSaving: true))
                return nil
            }
            return value
        }
        func hours(_ text: String, _ field: String) -> Int {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { return 0 }
            guard let value = Int(trimmed), value >= 0, value <= 10_000 else {
                issues.append(ValidationIssue("validation.number_invalid", field: field,
                                              arguments: ["value": trimmed], blocksSaving: true))
                return 0
            }
            return value
        }
        var languageCodes: [LanguageCode] = []
        for raw in languages ?? [] {
            if let code = LanguageCode(rawValue: raw) {
                if !languageCodes.contains(code) { languageCodes.append(code) }
            } else {
                issues.append(ValidationIssue("validation.value_unknown", field: "passport.languages",
                                              arguments: ["value": raw], blocksSaving: true))
            }
        }
        let form = StudyForm(rawValue: studyForm)
        if form == nil {
            issues.append(ValidationIssue("validation.value_unknown", field: "passport.studyForm",
                                          arguments: ["value": studyForm], blocksSaving: true))
        }
        let disciplines = disciplineRows.enumerated().map { index, row in
            let field = "disciplines[\(index)]"
            var credits = Credits.zero
            if !row.credits.isBlank {
                if let parsed = Credits(parsing: row.credits) {
                    credits = parsed
                } else {
                    issues.append(ValidationIssue("validation.number_invalid", field: "\(field).credits",
                                                  arguments: ["value": row.credits], blocksSaving: true))
                }
            }
            let (topics, badLines) = DisciplineTopic.parse(row.topics)
            for line in badLines {
                issues.append(ValidationIssue("validation.topic_line", field: "\(field).topics", arguments: ["line": "\(line)"],
                                              blocksSaving: true))
            }
            return Discipline(
                name: row.name.trimmed, description: row.description.trimmed, credits: credits,
                hours: HoursSplit(lecture: hours(row.lecture, "\(field).lecture"),
                                  seminar: hours(row.seminar, "\(field).seminar"),
                                  training: hours(row.training, "\(field).training"),
                                  other: hours(row.other, "\(field).other"),
                                  independent: hours(row.independent, "\(field).independent")),
                competenceCodes: row.competences.codeList, outcomeCodes: row.outcomes.codeList,
                topics: topics.isEmpty ? nil : topics)
        }
        let (agreements, badAgreementLines) = EmployerAgreement.parse(employerAgreements)
        for line in badAgreementLines {
            issues.append(ValidationIssue("validation.agreement_line", field: "employerAgreements", arguments: ["line": "\(line)"],
                                          blocksSaving: true))
        }
        let meeting = DepartmentMeeting(protocolNumber: departmentProtocolNumber.trimmed, meetingDate: departmentMeetingDate.trimmed,
                                        head: departmentHead.trimmed)
        let passport = ProgramPassport(
            fieldOfEducation: fieldOfEducation.trimmed, groupOfPrograms: groupOfPrograms.trimmed,
            department: department.trimmed, languages: languageCodes, partnerOrganisation: partnerOrganisation.trimmed,
            studyForm: form ?? .inPerson, nqfLevel: level(nqfLevel, "passport.nqfLevel") ?? 0,
            sectorFrameworkLevel: level(sectorFrameworkLevel, "passport.sectorFrameworkLevel", optional: true),
            eqfLevel: level(eqfLevel, "passport.eqfLevel") ?? 0, professionalStandard: professionalStandard.trimmed,
            directionOfTraining: directionOfTraining.trimmed.nilIfEmpty, licenceNumber: licenceNumber.trimmed.nilIfEmpty)
        let content = ProgramContent(
            title: title.trimmed, programType: programType, passport: passport, goal: goal.trimmed,
            tasks: tasks.trimmed, description: description.trimmed, prerequisites: prerequisites.trimmed,
            learningOutcomes: outcomeRows.map {
                LearningOutcome(code: $0.code.trimmed, text: $0.text.trimmed, assessmentMethod: $0.assessmentMethod.trimmed,
                                criteria: $0.criteria.trimmed, teachingMethod: $0.teachingMethod.trimmed)
            },
            disciplines: disciplines, literature: literature.trimmed, resources: resources.trimmed,
            titleKazakh: titleKazakh.trimmed.nilIfEmpty, titleEnglish: titleEnglish.trimmed.nilIfEmpty,
            qualification: LocalizedText(ru: qualificationRu.trimmed, kk: qualificationKk.trimmed, en: qualificationEn.trimmed),
            justification: justification.trimmed.nilIfEmpty, abbreviations: abbreviations.trimmed.nilIfEmpty,
            authors: authorRows.isEmpty ? nil : authorRows.map {
                ProgramAuthor(name: $0.name.trimmed, position: $0.position.trimmed, workplace: $0.workplace.trimmed)
            },
            teacherContacts: teacherContacts.trimmed.nilIfEmpty,
            departmentMeeting: meeting.isBlank ? nil : meeting,
            employerAgreements: agreements.isEmpty ? nil : agreements)
        return (content, issues)
    }

    /// Shown rows plus blank ones to fill, so a program grows without scripts.
    func outcomeRowsForEditing(blank: Int = 3) -> [OutcomeRow] {
        outcomeRows + Array(repeating: OutcomeRow(), count: blank)
    }

    func authorRowsForEditing(blank: Int = 2) -> [AuthorRow] {
        authorRows + Array(repeating: AuthorRow(), count: blank)
    }

    func disciplineRowsForEditing(blank: Int = 3) -> [DisciplineRow] {
        disciplineRows + Array(repeating: DisciplineRow(), count: blank)
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
    var isBlank: Bool { trimmed.isEmpty }
    /// nil for an empty text: optional fields of the program are absent, not empty.
    var nilIfEmpty: String? { isEmpty ? nil : self }
    /// "LO1, LO2; LO3" → ["LO1", "LO2", "LO3"].
    var codeList: [String] {
        split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " }).map(String.init).filter { !$0.isEmpty }
    }
}

extension ProgramForm {
    /// Missing fields read as their defaults, as a browser leaves out unchecked boxes.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init()
        title = try container.decodeIfPresent(String.self, forKey: .title) ?? ""
        titleKazakh = try container.decodeIfPresent(String.self, forKey: .titleKazakh) ?? ""
        titleEnglish = try container.decodeIfPresent(String.self, forKey: .titleEnglish) ?? ""
        qualificationRu = try container.decodeIfPresent(String.self, forKey: .qualificationRu) ?? ""
        qualificationKk = try container.decodeIfPresent(String.self, forKey: .qualificationKk) ?? ""
        qualificationEn = try container.decodeIfPresent(String.self, forKey: .qualificationEn) ?? ""
        directionOfTraining = try container.decodeIfPresent(String.self, forKey: .directionOfTraining) ?? ""
        licenceNumber = try container.decodeIfPresent(String.self, forKey: .licenceNumber) ?? ""
        justification = try container.decodeIfPresent(String.self, forKey: .justification) ?? ""
        abbreviations = try container.decodeIfPresent(String.self, forKey: .abbreviations) ?? ""
        teacherContacts = try container.decodeIfPresent(String.self, forKey: .teacherContacts) ?? ""
        authors = try container.decodeIfPresent([String: AuthorRow].self, forKey: .authors)
        departmentProtocolNumber = try container.decodeIfPresent(String.self, forKey: .departmentProtocolNumber) ?? ""
        departmentMeetingDate = try container.decodeIfPresent(String.self, forKey: .departmentMeetingDate) ?? ""
        departmentHead = try container.decodeIfPresent(String.self, forKey: .departmentHead) ?? ""
        employerAgreements = try container.decodeIfPresent(String.self, forKey: .employerAgreements) ?? ""
        programType = try container.decodeIfPresent(String.self, forKey: .programType) ?? ""
        fieldOfEducation = try container.decodeIfPresent(String.self, forKey: .fieldOfEducation) ?? ""
        groupOfPrograms = try container.decodeIfPresent(String.self, forKey: .groupOfPrograms) ?? ""
        department = try container.decodeIfPresent(String.self, forKey: .department) ?? ""
        languages = try container.decodeIfPresent([String].self, forKey: .languages)
        partnerOrganisation = try container.decodeIfPresent(String.self, forKey: .partnerOrganisation) ?? ""
        studyForm = try container.decodeIfPresent(String.self, forKey: .studyForm) ?? StudyForm.inPerson.rawValue
        nqfLevel = try container.decodeIfPresent(String.self, forKey: .nqfLevel) ?? ""
        sectorFrameworkLevel = try container.decodeIfPresent(String.self, forKey: .sectorFrameworkLevel) ?? ""
        eqfLevel = try container.decodeIfPresent(String.self, forKey: .eqfLevel) ?? ""
        professionalStandard = try container.decodeIfPresent(String.self, forKey: .professionalStandard) ?? ""
        goal = try container.decodeIfPresent(String.self, forKey: .goal) ?? ""
        tasks = try container.decodeIfPresent(String.self, forKey: .tasks) ?? ""
        description = try container.decodeIfPresent(String.self, forKey: .description) ?? ""
        prerequisites = try container.decodeIfPresent(String.self, forKey: .prerequisites) ?? ""
        literature = try container.decodeIfPresent(String.self, forKey: .literature) ?? ""
        resources = try container.decodeIfPresent(String.self, forKey: .resources) ?? ""
        outcomes = try container.decodeIfPresent([String: OutcomeRow].self, forKey: .outcomes)
        disciplines = try container.decodeIfPresent([String: DisciplineRow].self, forKey: .disciplines)
    }
}

extension ProgramForm.AuthorRow {
    /// Missing fields read as their defaults.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init()
        name = try container.decodeIfPresent(String.self, forKey: .name) ?? ""
        position = try container.decodeIfPresent(String.self, forKey: .position) ?? ""
        workplace = try container.decodeIfPresent(String.self, forKey: .workplace) ?? ""
    }
}

extension ProgramForm.OutcomeRow {
    /// Missing fields read as their defaults, as a browser leaves out unchecked boxes.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init()
        code = try container.decodeIfPresent(String.self, forKey: .code) ?? ""
        text = try container.decodeIfPresent(String.self, forKey: .text) ?? ""
        assessmentMethod = try container.decodeIfPresent(String.self, forKey: .assessmentMethod) ?? ""
        criteria = try container.decodeIfPresent(String.self, forKey: .criteria) ?? ""
        teachingMethod = try container.decodeIfPresent(String.self, forKey: .teachingMethod) ?? ""
    }
}

extension ProgramForm.DisciplineRow {
    /// Missing fields read as their defaults, as a browser leaves out unchecked boxes.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init()
        name = try container.decodeIfPresent(String.self, forKey: .name) ?? ""
        description = try container.decodeIfPresent(String.self, forKey: .description) ?? ""
        credits = try container.decodeIfPresent(String.self, forKey: .credits) ?? ""
        lecture = try container.decodeIfPresent(String.self, forKey: .lecture) ?? ""
        seminar = try container.decodeIfPresent(String.self, forKey: .seminar) ?? ""
        training = try container.decodeIfPresent(String.self, forKey: .training) ?? ""
        other = try container.decodeIfPresent(String.self, forKey: .other) ?? ""
        independent = try container.decodeIfPresent(String.self, forKey: .independent) ?? ""
        competences = try container.decodeIfPresent(String.self, forKey: .competences) ?? ""
        outcomes = try container.decodeIfPresent(String.self, forKey: .outcomes) ?? ""
        topics = try container.decodeIfPresent(String.self, forKey: .topics) ?? ""
    }
}
