import Testing
@testable import TanbaCore

@Suite struct TextLinesTests {
    @Test func aTextareaSplitsOnAnyLineEnding() {
        #expect(TextLines.items("Научить Java\r\nНаучить ООП\r\n\r\n  Spring  ") == ["Научить Java", "Научить ООП", "Spring"])
        #expect(TextLines.items("one\ntwo\rthree") == ["one", "two", "three"])
        #expect(TextLines.items("  \r\n ").isEmpty)
    }
}

@Suite struct FieldOfEducationTests {
    @Test func theClassifierCodeIsReadFromTheFieldAsTyped() {
        #expect(FieldOfEducation.code(of: "06 Информационно-коммуникационные технологии") == "06")
        #expect(FieldOfEducation.code(of: " 6 ИКТ") == "06")
        #expect(FieldOfEducation.code(of: "13 Что-то ещё") == nil)
        #expect(FieldOfEducation.code(of: "Информатика") == nil)
    }
}

@Suite struct StudyPeriodTests {
    let period = StudyPeriod(startsOn: "2026-10-01", endsOn: "2026-12-25")

    @Test func aSessionOrIssueFromTheLastDayOfStudyOnIsAllowed() throws {
        try period.checkAfterStudy("2026-12-25")
        try period.checkAfterStudy("2027-01-10")
    }

    @Test func aDayBeforeTheStudyEndsIsRefused() {
        #expect(throws: StudyPeriod.Refusal.beforeStudyEnds(endsOn: "2026-12-25")) { try period.checkAfterStudy("2026-12-24") }
        #expect(throws: StudyPeriod.Refusal.beforeStudyEnds(endsOn: "2026-12-25")) { try period.checkAfterStudy("2026-10-15") }
    }
}
