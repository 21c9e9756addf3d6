import Foundation
import Testing
@testable import TanbaCore

@Suite struct DegreeCatalogueImportTests {
    @Test func aStudentInformationSystemExportBecomesProgramsWithTheirDisciplines() {
        let csv = """
        Код ОП;Наименование ОП;Уровень;Код дисциплины;Дисциплина;Кредиты;Семестр;Результаты обучения
        6B06102;Computer Science;Бакалавриат;PRG1101;Программирование на Python;5;1;"Пишет программы на Python | Применяет структуры данных"
        6B06102;Computer Science;Бакалавриат;DB2203;Базы данных;4,5;3;"Проектирует реляционные схемы
        Пишет запросы SQL"
        7M06101;Data Science;магистратура;ML7101;Машинное обучение;6;1;
        """
        let (programs, problems) = DegreeCatalogueImport.read(Data(csv.utf8))
        #expect(problems.isEmpty)
        #expect(programs.map(\.code) == ["6B06102", "7M06101"])
        #expect(programs[0].level == .bachelor && programs[1].level == .master)
        #expect(programs[0].disciplines.map(\.credits) == [Credits(5), Credits(hundredths: 450)])
        #expect(programs[0].disciplines[0].learningOutcomes == ["Пишет программы на Python", "Применяет структуры данных"])
        #expect(programs[0].disciplines[1].learningOutcomes == ["Проектирует реляционные схемы", "Пишет запросы SQL"])
        #expect(programs[1].disciplines[0].learningOutcomes.isEmpty)
    }

    @Test func everyBadLineIsNamedAndNothingIsKept() {
        let csv = """
        program_code,program_name,level,discipline_code,discipline_name,credits,period,learning_outcomes
        6B06102,Computer Science,bachelor,PRG1101,Python,5,1,
        6B06102,Computer Science,bachelor,PRG1101,Python again,5,2,
        6B06102,Informatics,bachelor,OS2201,Operating systems,5,3,
        6B06103,Physics,doctorate,PH1101,Mechanics,zero,20,
        ,Physics,bachelor,,Mechanics,5,1,
        """
        let (programs, problems) = DegreeCatalogueImport.read(Data(csv.utf8))
        #expect(programs.isEmpty)
        #expect(problems.map(\.line) == [3, 4, 5, 5, 5, 6, 6])
        #expect(problems.map(\.key) == ["catalogue.import.duplicate", "catalogue.import.program_differs",
                                        "catalogue.import.level", "catalogue.import.credits", "catalogue.import.period",
                                        "catalogue.import.missing", "catalogue.import.missing"])
        #expect(problems[0].arguments == ["code": "PRG1101", "first": "2"])
    }

    @Test func aFileWithoutTheColumnsOrWithoutLinesIsRefusedAsSuch() {
        #expect(DegreeCatalogueImport.read(Data("code,name\nA,B\n".utf8)).problems.map(\.key) == ["import.header"])
        #expect(DegreeCatalogueImport.read(Data((DegreeCatalogueImport.header + "\n").utf8)).problems.map(\.key) == ["import.empty"])
        #expect(DegreeCatalogueImport.read(Data([0xFF, 0xFE, 0x00])).problems.map(\.key) == ["import.not_utf8"])
    }

    @Test func anAcademicPeriodHasATitleAndEndsAfterItStarts() throws {
        let start = try #require(CalendarDay(iso: "2027-01-18")), end = try #require(CalendarDay(iso: "2027-05-29"))
        #expect(try AcademicPeriod.checked(title: " Весенний семестр 2026-2027 ", startsOn: start, endsOn: end).title == "Весенний семестр 2026-2027")
        #expect(throws: AcademicPeriod.Problem.endsBeforeStart) { try AcademicPeriod.checked(title: "X", startsOn: end, endsOn: start) }
        #expect(throws: AcademicPeriod.Problem.titleMissing) { try AcademicPeriod.checked(title: " ", startsOn: start, endsOn: end) }
    }
}
