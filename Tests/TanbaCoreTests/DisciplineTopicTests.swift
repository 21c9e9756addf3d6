import Testing
@testable import TanbaCore

@Suite struct DisciplineTopicTests {
    @Test func topicsAreReadALineEachWithTheirHoursAndAssignment() {
        let (topics, bad) = DisciplineTopic.parse("Введение в ML; 60; тест\r\n\r\nКлассификация;90;кейс: кредитный скоринг\nКластеризация; 30")
        #expect(bad.isEmpty)
        #expect(topics == [DisciplineTopic(title: "Введение в ML", hours: 60, assignment: "тест"),
                           DisciplineTopic(title: "Классификация", hours: 90, assignment: "кейс: кредитный скоринг"),
                           DisciplineTopic(title: "Кластеризация", hours: 30, assignment: "")])
        #expect(DisciplineTopic.parse(topics.map(\.line).joined(separator: "\n")).topics == topics, "a saved plan reads back")
    }

    @Test func aLineWithoutWholeHoursIsNamedByItsNumber() {
        let (topics, bad) = DisciplineTopic.parse("Введение; 2,5; тест\nКлассификация\nКластеризация; 30\n; 10")
        #expect(bad == [1, 2, 4])
        #expect(topics.map(\.title) == ["Кластеризация"])
    }

    @Test func theTopicsHoursMustAddUpToTheDisciplinesAndAProgramNamesItsAuthors() {
        var program = sampleProgram()
        program.disciplines[0].topics = [DisciplineTopic(title: "Введение", hours: 100, assignment: "тест"),
                                         DisciplineTopic(title: "Практика", hours: 70, assignment: "кейс")]
        let issues = ProgramValidator(policy: PolicyPresets.aitu).validate(program)
        #expect(issues == [ValidationIssue("validation.topic_hours", field: "disciplines[0].topics",
                                           arguments: ["sum": "170", "hours": "180"])])
        program.disciplines[0].topics?[1].hours = 80
        program.authors = []
        #expect(ProgramValidator(policy: PolicyPresets.aitu).validate(program)
            == [ValidationIssue("validation.authors_missing", field: "authors")])
    }

    @Test func aTopicsHoursMayBeSplitByKindOfWorkAsTheAppendixPlanHasThem() {
        let (topics, bad) = DisciplineTopic.parse("Очистка данных; 2/4/0/0/6; кейс\nВизуализация; 2 / 2 / 2 / 0 / 4\nМетрики; 1/2/3; тест\nПусто; 0/0/0/0/0\nМинус; -2/4/0/0/6")
        #expect(bad == [3, 4, 5])
        #expect(topics.count == 2)
        #expect(topics[0].hours == 12)
        #expect(topics[0].split == HoursSplit(lecture: 2, seminar: 4, training: 0, other: 0, independent: 6))
        #expect(topics[1].assignment == "")
        #expect(DisciplineTopic.parse(topics.map(\.line).joined(separator: "\n")).topics == topics, "a saved split reads back")
    }

    @Test func splitTopicsMustGiveTheDisciplinesHoursKindByKind() {
        var program = sampleProgram()
        let hours = program.disciplines[0].hours
        program.disciplines[0].topics = [
            DisciplineTopic(title: "Введение", split: HoursSplit(lecture: hours.lecture, seminar: 0, training: 0, other: 0, independent: 0),
                            assignment: "тест"),
            // the seminar hours were typed as training: the total still fits, the kinds do not
            DisciplineTopic(title: "Практика", split: HoursSplit(lecture: 0, seminar: 0, training: hours.training + hours.seminar,
                                                                 other: hours.other, independent: hours.independent), assignment: "кейс"),
        ]
        let issues = ProgramValidator(policy: PolicyPresets.aitu).validate(program)
        #expect(issues == [
            ValidationIssue("validation.topic_split", field: "disciplines[0].topics",
                            arguments: ["kind": "seminar", "sum": "0", "hours": "\(hours.seminar)"]),
            ValidationIssue("validation.topic_split", field: "disciplines[0].topics",
                            arguments: ["kind": "training", "sum": "\(hours.training + hours.seminar)", "hours": "\(hours.training)"]),
        ])
        program.disciplines[0].topics?[1] = DisciplineTopic(
            title: "Практика", split: HoursSplit(lecture: 0, seminar: hours.seminar, training: hours.training, other: hours.other,
                                                 independent: hours.independent), assignment: "кейс")
        #expect(ProgramValidator(policy: PolicyPresets.aitu).validate(program).isEmpty)
    }

    @Test func underSKMAAProgramComesWithItsDepartmentsProtocolAndAnEmployersAgreement() {
        var program = sampleProgram(type: "standard")
        program.departmentMeeting = nil
        program.employerAgreements = nil
        #expect(ProgramValidator(policy: PolicyPresets.skma2026).validate(program) == [
            ValidationIssue("validation.department_meeting_missing", field: "departmentMeeting"),
            ValidationIssue("validation.employer_agreement_missing", field: "employerAgreements"),
        ])
        var elsewhere = sampleProgram(type: "micro_credential")
        elsewhere.departmentMeeting = nil
        elsewhere.employerAgreements = nil
        #expect(ProgramValidator(policy: PolicyPresets.faculty2025).validate(elsewhere).isEmpty, "elsewhere both are optional")
        program.departmentMeeting = DepartmentMeeting(protocolNumber: "4", meetingDate: "2026-02-30", head: "")
        #expect(ProgramValidator(policy: PolicyPresets.skma2026).validate(program) == [
            ValidationIssue("validation.required", field: "departmentMeeting.head"),
            ValidationIssue("validation.date_invalid", field: "departmentMeeting.meetingDate", arguments: ["value": "2026-02-30"],
                            blocksSaving: true),
            ValidationIssue("validation.employer_agreement_missing", field: "employerAgreements"),
        ])
    }

    @Test func employersAgreementsAreReadALineEachWithARealDate() {
        let (agreements, bad) = EmployerAgreement.parse("Омарова Дана; руководитель отдела; АО «Казахтелеком»; 20.01.2026\nБезДаты; директор; ТОО «А»; 31.02.2026\nТолько имя")
        #expect(bad == [2, 3])
        #expect(agreements == [EmployerAgreement(name: "Омарова Дана", position: "руководитель отдела",
                                                 organisation: "АО «Казахтелеком»", agreedOn: "2026-01-20")])
        #expect(agreements[0].line == "Омарова Дана; руководитель отдела; АО «Казахтелеком»; 20.01.2026")
        #expect(EmployerAgreement.parse(agreements[0].line).agreements == agreements)
    }
}
