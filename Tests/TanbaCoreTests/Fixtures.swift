import Foundation
@testable import TanbaCore

/// A valid program for `policy` with `credits` spread over one discipline per whole credit group.
func sampleProgram(credits: Int = 6, type: String = "program", eqf: Int = 6, hoursPerCredit: Int = 30) -> ProgramContent {
    let total = credits * hoursPerCredit
    return ProgramContent(
        title: "ML Specialist", programType: type,
        passport: ProgramPassport(fieldOfEducation: "06 ИКТ", groupOfPrograms: "B057 Информационные технологии",
                                  department: "Кафедра ИИ", languages: [.russian], partnerOrganisation: "АО «Казахтелеком»",
                                  studyForm: .blended, nqfLevel: 6, sectorFrameworkLevel: 6, eqfLevel: eqf,
                                  professionalStandard: "Разработка ПО"),
        goal: "Подготовить специалиста по машинному обучению.", tasks: "Обучить моделям", description: "",
        learningOutcomes: [
            LearningOutcome(code: "РО1", text: "обучать модели", assessmentMethod: "кейс", criteria: "≥50 баллов", teachingMethod: "практика"),
            LearningOutcome(code: "РО2", text: "оценивать модели", assessmentMethod: "тест", criteria: "≥50 баллов", teachingMethod: "лекция"),
        ],
        disciplines: [
            Discipline(name: "Machine Learning", description: "", credits: Credits(credits),
                       hours: HoursSplit(lecture: total / 5, seminar: total / 5, training: 0, other: 0,
                                         independent: total - 2 * (total / 5)),
                       competenceCodes: ["ПК1"], outcomeCodes: ["РО1", "РО2"]),
        ],
        literature: "", resources: "",
        qualification: LocalizedText(ru: "Специалист по машинному обучению", kk: "Машиналық оқыту жөніндегі маман",
                                     en: "Machine Learning Specialist"),
        authors: [ProgramAuthor(name: "Нурланова Айгерим", position: "старший преподаватель", workplace: "Astana IT University")],
        departmentMeeting: DepartmentMeeting(protocolNumber: "4", meetingDate: "2026-01-15", head: "Касымов Ерлан"),
        employerAgreements: [EmployerAgreement(name: "Омарова Дана", position: "руководитель отдела данных",
                                               organisation: "АО «Казахтелеком»", agreedOn: "2026-01-20")])
}

extension ProgramContent {
    func withCredits(_ credits: Credits, hoursPerCredit: Int = 30) -> ProgramContent {
        var copy = self
        let hours = credits.hours(atHoursPerCredit: hoursPerCredit) ?? 0
        copy.disciplines[0].credits = credits
        copy.disciplines[0].hours = HoursSplit(lecture: 0, seminar: 0, training: 0, other: 0, independent: hours)
        return copy
    }
}
