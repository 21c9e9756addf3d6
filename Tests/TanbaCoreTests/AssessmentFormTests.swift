import Testing
@testable import TanbaCore

@Suite struct AssessmentFormTests {
    let names: (AssessmentForm) -> [String] = { form in
        switch form {
        case .testing: ["Тестирование", "Тестілеу", "Testing"]
        case .caseStudy: ["Практическое задание (кейс)", "Практикалық тапсырма (кейс)", "Practical assignment (case study)"]
        case .oralExam: ["Устный экзамен", "Ауызша емтихан", "Oral examination"]
        default: []
        }
    }

    @Test func aTypedFormIsRecognisedWhateverItsCaseSpacingOrFullStop() {
        #expect(AssessmentForm.recognise("тестирование.", names: names) == .testing)
        #expect(AssessmentForm.recognise("  Практическое   задание (кейс) ", names: names) == .caseStudy)
        #expect(AssessmentForm.recognise("ТЕСТІЛЕУ", names: names) == .testing)
        #expect(AssessmentForm.recognise("Oral Examination", names: names) == .oralExam)
    }

    @Test func anythingElseStaysAsTyped() {
        #expect(AssessmentForm.recognise("Защита проекта перед работодателем", names: names) == nil)
        #expect(AssessmentForm.recognise("устный", names: names) == nil, "a part of a name is not the form")
        #expect(AssessmentForm.recognise("  ", names: names) == nil)
    }
}
