import Foundation

/// A form of assessment from the usual list («форма оценивания»: тестирование, проект, экзамен…).
/// Programs store the form as the developer typed it; a typed name that is one of these lets
/// pages and documents name it in each language, and anything else is shown as typed.
public enum AssessmentForm: String, CaseIterable, Sendable {
    case testing
    case practicalAssignment = "practical_assignment"
    case caseStudy = "case_study"
    case project
    case projectDefence = "project_defence"
    case exam
    case writtenExam = "written_exam"
    case oralExam = "oral_exam"
    case oralQuestioning = "oral_questioning"
    case presentation
    case portfolio
    case essay
    case laboratoryWork = "laboratory_work"

    /// The form `typed` names, given each form's names in every language the caller knows.
    /// Case, ё/е, runs of spaces and a closing full stop do not matter: «тестирование.» is testing.
    public static func recognise(_ typed: String, names: (AssessmentForm) -> [String]) -> AssessmentForm? {
        let key = fold(typed)
        guard !key.isEmpty else { return nil }
        return allCases.first { form in names(form).contains { fold($0) == key } }
    }

    static func fold(_ text: String) -> String {
        let words = text.lowercased().replacingOccurrences(of: "ё", with: "е")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return String(words.reversed().drop { $0 == "." || $0 == ";" }.reversed())
    }
}
