import TanbaCore

extension Localizer {
    /// A typed form of assessment in `language` when it is one of the usual forms, named in any
    /// of the three languages (a Russian «Тестирование» reads «Testing» on an English page); else as typed.
    func assessmentForm(_ typed: String, _ language: LanguageCode) -> String {
        let form = AssessmentForm.recognise(typed) { form in
            LanguageCode.allCases.map { string("assessment_form.\(form.rawValue)", $0) }
        }
        return form.map { string("assessment_form.\($0.rawValue)", language) } ?? typed
    }
}
