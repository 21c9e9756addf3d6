import Foundation

/// Checks a program against the active policy (SPEC §4), one issue per problem.
public struct ProgramValidator: Sendable {
    public static let maxShortText = 300
    public static let maxLongText = 10_000
    public static let maxItems = 60
    public static let levels = 1...8

    public let policy: InstitutionPolicy

    public init(policy: InstitutionPolicy) {
        self.policy = policy
    }

    public func validate(_ program: ProgramContent) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        issues += textIssues(program)
        issues += passportIssues(program.passport)
        issues += creditIssues(program)
        issues += outcomeIssues(program)
        return issues
    }

    // MARK: - Department and employers

    /// 004 App. А: the department's protocol with its day and head, and the employers' agreements.
    private func endorsementIssues(_ program: ProgramContent) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        let blank = { (text: String) in text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        if let meeting = program.departmentMeeting, !meeting.isBlank || policy.requiresDepartmentEndorsement {
            for (field, value) in [("departmentMeeting.protocolNumber", meeting.protocolNumber),
                                   ("departmentMeeting.head", meeting.head)] where blank(value) {
                issues.append(ValidationIssue("validation.required", field: field))
            }
            if blank(meeting.meetingDate) {
                issues.append(ValidationIssue("validation.required", field: "departmentMeeting.meetingDate"))
            } else if CalendarDay(iso: meeting.meetingDate) == nil {
                issues.append(ValidationIssue("validation.date_invalid", field: "departmentMeeting.meetingDate",
                                              arguments: ["value": meeting.meetingDate], blocksSaving: true))
            }
            for (field, value) in [("departmentMeeting.protocolNumber", meeting.protocolNumber), ("departmentMeeting.head", meeting.head)]
            where value.count > Self.maxShortText {
                issues.append(ValidationIssue("validation.too_long", field: field, arguments: ["max": "\(Self.maxShortText)"],
                                              blocksSaving: true))
            }
        } else if policy.requiresDepartmentEndorsement {
            issues.append(ValidationIssue("validation.department_meeting_missing", field: "departmentMeeting"))
        }
        let agreements = program.employerAgreements ?? []
        if agreements.isEmpty && policy.requiresDepartmentEndorsement {
            issues.append(ValidationIssue("validation.employer_agreement_missing", field: "employerAgreements"))
        }
        if agreements.count > Self.maxItems {
            issues.append(ValidationIssue("validation.too_many", field: "employerAgreements",
                                          arguments: ["max": "\(Self.maxItems)"], blocksSaving: true))
        }
        for (index, agreement) in agreements.enumerated()
        where [agreement.name, agreement.position, agreement.organisation].contains(where: { $0.count > Self.maxShortText }) {
            issues.append(ValidationIssue("validation.too_long", field: "employerAgreements",
                                          arguments: ["max": "\(Self.maxShortText)", "line": "\(index + 1)"], blocksSaving: true))
        }
        return issues
    }

    // MARK: - Text fields

    private func textIssues(_ program: ProgramContent) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        let passport = program.passport
        let required: [(String, String)] = [
            ("title", program.title), ("passport.fieldOfEducation", passport.fieldOfEducation),
            ("passport.groupOfPrograms", passport.groupOfPrograms), ("passport.department", passport.department),
            ("goal", program.goal), ("qualification.ru", program.awardedQualification.ru),
        ]
        for (field, value) in required where value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            issues.append(ValidationIssue("validation.required", field: field))
        }
        let short: [(String, String)] = required.filter { $0.0 != "goal" } + [
            ("passport.partnerOrganisation", passport.partnerOrganisation),
            ("passport.professionalStandard", passport.professionalStandard),
            ("passport.directionOfTraining", passport.directionOfTraining ?? ""),
            ("passport.licenceNumber", passport.licenceNumber ?? ""),
            ("titleKazakh", program.titleKazakh ?? ""), ("titleEnglish", program.titleEnglish ?? ""),
            ("qualification.kk", program.awardedQualification.kk), ("qualification.en", program.awardedQualification.en),
        ] + program.disciplines.enumerated().map { ("disciplines[\($0.offset)].name", $0.element.name) }
            + (program.authors ?? []).enumerated().flatMap { index, author in
                [("authors[\(index)].name", author.name), ("authors[\(index)].position", author.position),
                 ("authors[\(index)].workplace", author.workplace)]
            }
        for (field, value) in short where value.count > Self.maxShortText {
            issues.append(ValidationIssue("validation.too_long", field: field,
                                          arguments: ["max": "\(Self.maxShortText)"], blocksSaving: true))
        }
        var long: [(String, String)] = [
            ("goal", program.goal), ("tasks", program.tasks), ("description", program.description),
            ("prerequisites", program.prerequisites), ("literature", program.literature),
            ("resources", program.resources), ("justification", program.justification ?? ""),
            ("abbreviations", program.abbreviations ?? ""), ("teacherContacts", program.teacherContacts ?? ""),
        ]
        for (index, outcome) in program.learningOutcomes.enumerated() {
            long += [("learningOutcomes[\(index)].text", outcome.text),
                     ("learningOutcomes[\(index)].assessmentMethod", outcome.assessmentMethod),
                     ("learningOutcomes[\(index)].criteria", outcome.criteria),
                     ("learningOutcomes[\(index)].teachingMethod", outcome.teachingMethod)]
        }
        for (index, discipline) in program.disciplines.enumerated() {
            long.append(("disciplines[\(index)].description", discipline.description))
        }
        for (field, value) in long where value.count > Self.maxLongText {
            issues.append(ValidationIssue("validation.too_long", field: field,
                                          arguments: ["max": "\(Self.maxLongText)"], blocksSaving: true))
        }
        if program.learningOutcomes.count > Self.maxItems {
            issues.append(ValidationIssue("validation.too_many", field: "learningOutcomes",
                                          arguments: ["max": "\(Self.maxItems)"], blocksSaving: true))
        }
        if (program.authors ?? []).isEmpty {
            // 000 App. 2 and 004 App. А list the program's developers by name.
            issues.append(ValidationIssue("validation.authors_missing", field: "authors"))
        }
        for (index, discipline) in program.disciplines.enumerated() {
            guard let topics = discipline.topics, !topics.isEmpty else { continue }
            let sum = topics.reduce(0) { $0 + $1.hours }
            if sum != discipline.hours.total {
                issues.append(ValidationIssue("validation.topic_hours", field: "disciplines[\(index)].topics",
                                              arguments: ["sum": "\(sum)", "hours": "\(discipline.hours.total)"]))
            } else if topics.allSatisfy({ $0.split != nil }) {
                // Split by kind, the topics' columns must give the discipline's (004 App. А «Всего»).
                let split = topics.compactMap(\.split).reduce(HoursSplit.zero, +)
                for (kind, given, planned) in [("lecture", split.lecture, discipline.hours.lecture),
                                               ("seminar", split.seminar, discipline.hours.seminar),
                                               ("training", split.training, discipline.hours.training),
                                               ("other", split.other, discipline.hours.other),
                                               ("independent", split.independent, discipline.hours.independent)]
                where given != planned {
                    issues.append(ValidationIssue("validation.topic_split", field: "disciplines[\(index)].topics",
                                                  arguments: ["kind": kind, "sum": "\(given)", "hours": "\(planned)"]))
                }
            }
            for (topicIndex, topic) in topics.enumerated() where topic.title.count > Self.maxShortText || topic.assignment.count > Self.maxShortText {
                issues.append(ValidationIssue("validation.too_long", field: "disciplines[\(index)].topics",
                                              arguments: ["max": "\(Self.maxShortText)", "line": "\(topicIndex + 1)"], blocksSaving: true))
            }
        }
        issues += endorsementIssues(program)
        for (index, author) in (program.authors ?? []).enumerated()
        where author.name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            issues.append(ValidationIssue("validation.required", field: "authors[\(index)].name"))
        }
        if (program.authors ?? []).count > Self.maxItems {
            issues.append(ValidationIssue("validation.too_many", field: "authors",
                                          arguments: ["max": "\(Self.maxItems)"], blocksSaving: true))
        }
        if program.disciplines.count > Self.maxItems {
            issues.append(ValidationIssue("validation.too_many", field: "disciplines",
                                          arguments: ["max": "\(Self.maxItems)"], blocksSaving: true))
        }
        return issues
    }

    // MARK: - Passport

    private func passportIssues(_ passport: ProgramPassport) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        let levels: [(String, Int?)] = [("passport.nqfLevel", passport.nqfLevel),
                                        ("passport.eqfLevel", passport.eqfLevel),
                                        ("passport.sectorFrameworkLevel", passport.sectorFrameworkLevel)]
        for (field, level) in levels {
            if let level, !Self.levels.contains(level) {
                issues.append(ValidationIssue("validation.level_unknown", field: field,
                                              arguments: ["value": "\(level)"], blocksSaving: true))
            }
        }
        if passport.languages.isEmpty {
            issues.append(ValidationIssue("validation.required", field: "passport.languages"))
        }
        return issues
    }

    // MARK: - Credits and hours

    private func creditIssues(_ program: ProgramContent) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if program.disciplines.isEmpty {
            issues.append(ValidationIssue("validation.no_disciplines", field: "disciplines"))
        }
        let total = program.totalCredits
        if let type = policy.programType(code: program.programType) {
            if !type.credits.contains(total) {
                issues.append(ValidationIssue("validation.credits_out_of_range", field: "credits", arguments: [
                    "credits": "\(total)", "min": "\(type.credits.lower)", "max": "\(type.credits.upper)",
                    "type": type.code,
                ]))
            }
        } else {
            issues.append(ValidationIssue("validation.program_type_unknown", field: "programType",
                                          arguments: ["value": program.programType]))
        }
        for (index, discipline) in program.disciplines.enumerated() {
            let field = "disciplines[\(index)]"
            if discipline.credits <= .zero {
                issues.append(ValidationIssue("validation.discipline_credits_positive", field: "\(field).credits",
                                              arguments: ["name": discipline.name]))
            }
            let hours = discipline.hours
            if [hours.lecture, hours.seminar, hours.training, hours.other, hours.independent].contains(where: { $0 < 0 }) {
                issues.append(ValidationIssue("validation.hours_negative", field: "\(field).hours",
                                              arguments: ["name": discipline.name], blocksSaving: true))
                continue
            }
            let low = discipline.credits.hours(atHoursPerCredit: policy.hoursPerCredit.lowerBound)
            let high = discipline.credits.hours(atHoursPerCredit: policy.hoursPerCredit.upperBound)
            let fits = policy.hoursPerCredit.contains { perCredit in
                discipline.credits.hours(atHoursPerCredit: perCredit) == hours.total
            }
            if !fits {
                let expected = low == high ? "\(low.map(String.init) ?? "?")"
                    : "\(low.map(String.init) ?? "?")–\(high.map(String.init) ?? "?")"
                issues.append(ValidationIssue("validation.hours_mismatch", field: "\(field).hours", arguments: [
                    "name": discipline.name, "hours": "\(hours.total)", "credits": "\(discipline.credits)",
                    "expected": expected, "perCredit": "\(policy.hoursPerCredit.lowerBound)",
                ]))
            }
        }
        return issues
    }

    // MARK: - Learning outcomes

    private func outcomeIssues(_ program: ProgramContent) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if program.learningOutcomes.isEmpty {
            issues.append(ValidationIssue("validation.no_outcomes", field: "learningOutcomes"))
        }
        var seen: Set<String> = []
        for (index, outcome) in program.learningOutcomes.enumerated() {
            let field = "learningOutcomes[\(index)]"
            let code = outcome.code.trimmingCharacters(in: .whitespaces)
            if code.isEmpty || outcome.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                issues.append(ValidationIssue("validation.outcome_incomplete", field: field,
                                              arguments: ["code": code]))
            }
            if !code.isEmpty, !seen.insert(code).inserted {
                issues.append(ValidationIssue("validation.outcome_duplicate", field: "\(field).code",
                                              arguments: ["code": code]))
            }
            if outcome.assessmentMethod.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                issues.append(ValidationIssue("validation.outcome_not_assessed", field: "\(field).assessmentMethod",
                                              arguments: ["code": code]))
            }
            if !program.disciplines.contains(where: { $0.outcomeCodes.contains(code) }) {
                issues.append(ValidationIssue("validation.outcome_not_covered", field: field,
                                              arguments: ["code": code]))
            }
        }
        for (index, discipline) in program.disciplines.enumerated() {
            let field = "disciplines[\(index)].outcomeCodes"
            if discipline.outcomeCodes.isEmpty {
                issues.append(ValidationIssue("validation.discipline_without_outcome", field: field,
                                              arguments: ["name": discipline.name]))
            }
            for code in discipline.outcomeCodes where !seen.contains(code) {
                issues.append(ValidationIssue("validation.discipline_unknown_outcome", field: field,
                                              arguments: ["name": discipline.name, "code": code]))
            }
        }
        return issues
    }
}
