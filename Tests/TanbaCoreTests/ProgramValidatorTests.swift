import Testing
@testable import TanbaCore

@Suite struct ProgramValidatorTests {
    let validator = ProgramValidator(policy: PolicyPresets.aitu)

    @Test func aProgramThatFollowsThePolicyHasNoIssues() {
        #expect(validator.validate(sampleProgram()).isEmpty)
    }

    @Test func zeroAndHundredCreditsAreRefused() throws {
        // setup
        let zero = sampleProgram().withCredits(.zero)
        let hundred = sampleProgram().withCredits(Credits(100))
        // act
        let zeroKeys = validator.validate(zero).map(\.key)
        let hundredIssues = validator.validate(hundred)
        // check
        #expect(zeroKeys.contains("validation.credits_out_of_range"))
        #expect(zeroKeys.contains("validation.discipline_credits_positive"))
        let range = try #require(hundredIssues.first { $0.key == "validation.credits_out_of_range" })
        #expect(range.arguments["credits"] == "100")
        #expect(range.arguments["max"] == "45")
    }

    @Test func hoursMustEqualCreditsTimesHoursPerCredit() {
        // setup: 6 credits but 170 hours
        var program = sampleProgram()
        program.disciplines[0].hours.independent -= 10
        // act
        let issue = validator.validate(program).first { $0.key == "validation.hours_mismatch" }
        // check
        #expect(issue?.arguments["hours"] == "170")
        #expect(issue?.arguments["expected"] == "180")
        #expect(issue?.field == "disciplines[0].hours")
    }

    @Test func ectsPolicyAcceptsAnyRateFrom25To30() {
        // setup
        let faculty = ProgramValidator(policy: PolicyPresets.faculty2025)
        // check: 4 ECTS as 100 h and as 120 h, not as 130 h
        #expect(faculty.validate(sampleProgram(credits: 4, type: "micro_credential", eqf: 4, hoursPerCredit: 25)).isEmpty)
        #expect(faculty.validate(sampleProgram(credits: 4, type: "micro_credential", eqf: 4, hoursPerCredit: 30)).isEmpty)
        var odd = sampleProgram(credits: 4, type: "micro_credential", eqf: 4)
        odd.disciplines[0].hours.independent += 10
        #expect(faculty.validate(odd).contains { $0.key == "validation.hours_mismatch" })
    }

    @Test func anOutcomeWithoutAssessmentIsReported() {
        var program = sampleProgram()
        program.learningOutcomes[1].assessmentMethod = " "
        let issues = validator.validate(program)
        #expect(issues.contains { $0.key == "validation.outcome_not_assessed" && $0.arguments["code"] == "РО2" })
    }

    @Test func aDisciplineCoveringNoOutcomeAndAnOutcomeNoDisciplineFormsAreReported() {
        var program = sampleProgram()
        program.disciplines[0].outcomeCodes = ["РО1"]
        program.disciplines.append(Discipline(name: "Big Data", description: "", credits: Credits(1),
                                              hours: HoursSplit(lecture: 10, seminar: 10, training: 0, other: 0, independent: 10),
                                              competenceCodes: [], outcomeCodes: []))
        let keys = validator.validate(program).map(\.key)
        #expect(keys.contains("validation.discipline_without_outcome"))
        #expect(keys.contains("validation.outcome_not_covered"))
    }

    @Test func missingRequiredFieldsAreNamed() {
        var program = sampleProgram()
        program.title = ""
        program.passport.department = ""
        program.passport.languages = []
        let fields = validator.validate(program).filter { $0.key == "validation.required" }.map(\.field)
        #expect(Set(fields) == ["title", "passport.department", "passport.languages"])
    }

    @Test func malformedInputBlocksSavingButPolicyProblemsDoNot() {
        // setup
        var program = sampleProgram().withCredits(Credits(100))
        program.passport.nqfLevel = 9
        program.title = String(repeating: "я", count: 301)
        // act
        let issues = validator.validate(program)
        // check
        let blocking = issues.filter(\.blocksSaving).map(\.key)
        #expect(blocking.contains("validation.level_unknown"))
        #expect(blocking.contains("validation.too_long"))
        #expect(issues.contains { $0.key == "validation.credits_out_of_range" && !$0.blocksSaving })
    }

    @Test func anUnknownProgramTypeIsReported() {
        var program = sampleProgram()
        program.programType = "micromodule"
        #expect(validator.validate(program).contains { $0.key == "validation.program_type_unknown" })
    }

    @Test func duplicateOutcomeCodesAreReported() {
        var program = sampleProgram()
        program.learningOutcomes[1].code = "РО1"
        #expect(validator.validate(program).contains { $0.key == "validation.outcome_duplicate" })
    }

    @Test func aProgramNamesTheMicroQualificationItAwards() {
        var program = sampleProgram()
        program.qualification = LocalizedText(ru: " ", kk: "Машиналық оқыту жөніндегі маман")
        let issues = ProgramValidator(policy: PolicyPresets.aitu).validate(program)
        #expect(issues.contains(ValidationIssue("validation.required", field: "qualification.ru")))
        program.qualification = nil
        #expect(ProgramValidator(policy: PolicyPresets.aitu).validate(program).map(\.field).contains("qualification.ru"),
                "an edition written before the field existed must name it before it is sent on")
        program.qualification = LocalizedText(ru: "Специалист по машинному обучению", en: String(repeating: "x", count: 301))
        #expect(ProgramValidator(policy: PolicyPresets.aitu).validate(program)
            == [ValidationIssue("validation.too_long", field: "qualification.en", arguments: ["max": "300"], blocksSaving: true)])
    }
}
