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
}
