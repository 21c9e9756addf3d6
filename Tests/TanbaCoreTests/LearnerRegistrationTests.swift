import Testing
@testable import TanbaCore

@Suite struct LearnerRegistrationTests {
    let good = LearnerRegistration(fullName: " Нұрланова Әлия ", latinName: "Nurlanova Aliya", login: " Aliya ",
                                   category: "own_student", consent: "yes", organisation: "AITU", email: "aliya@example.kz",
                                   phone: "+7 701 000 00 00")

    @Test func aCompleteFormIsStoredTrimmedWithTheConsentVersion() throws {
        let checked = try good.checked()
        #expect(checked.fullName == "Нұрланова Әлия")
        #expect(checked.login == "aliya")
        #expect(checked.category == .ownStudent)
        #expect(checked.consentVersion == PersonalDataConsent.currentVersion)
        #expect(checked.latinName == "Nurlanova Aliya")
    }

    @Test func everyProblemIsNamedAtOnceInTheFormsOrder() {
        var bad = good
        bad.fullName = " "
        bad.login = "Әлия"
        bad.category = ""
        bad.email = "aliya@"
        bad.consent = nil
        #expect(throws: LearnerRegistration.Problems(problems: [.invalidName, .invalidLogin, .categoryMissing, .invalidEmail,
                                                                .consentMissing])) {
            try bad.checked()
        }
    }

    @Test func anEmptyEmailAndLatinNameAreFine() throws {
        var form = good
        form.email = ""
        form.latinName = ""
        let checked = try form.checked()
        #expect(checked.email == "")
        #expect(checked.latinName == nil)
    }
}
