import Testing
@testable import TanbaCore

@Suite struct PasswordPolicyTests {
    let policy = PasswordPolicy()

    @Test func aLongPassphraseIsAccepted() {
        #expect(policy.problems(password: "жылқы бекет жаңбыр", login: "aigerim", fullName: "Нурланова Айгерим").isEmpty)
    }

    @Test func nineCharactersAreTooFew() {
        #expect(policy.problems(password: "abcdefghi", login: "x1", fullName: "X") == [.tooShort(minimum: 10)])
    }

    @Test func aPasswordPastBcryptsSeventyTwoBytesIsRefusedNotCut() {
        // 37 Cyrillic letters: 74 bytes, of which bcrypt would read only the first 36 letters.
        let cyrillic = String(repeating: "ж", count: 37)
        #expect(policy.problems(password: cyrillic, login: "x1", fullName: "X") == [.tooLong(maximumBytes: 72)])
        #expect(policy.problems(password: String(repeating: "ж", count: 36), login: "x1", fullName: "X").isEmpty)
        #expect(policy.problems(password: String(repeating: "a", count: 72) + "b", login: "x1", fullName: "X") == [.tooLong(maximumBytes: 72)])
    }

    @Test func theLoginOrTheNameInsideThePasswordIsRefused() {
        #expect(policy.problems(password: "Registrar-2026!", login: "registrar", fullName: "Мадина") == [.containsLogin])
        #expect(policy.problems(password: "жумабаева2026год", login: "madina", fullName: "Жумабаева Мадина") == [.containsName])
        #expect(policy.problems(password: "Алёна-Алена-12", login: "a1", fullName: "Алена Ким").contains(.containsName))
    }

    @Test func whatTheDictionaryCheckerRefusesIsCommon() {
        #expect(policy.problems(password: "password123", login: "x1", fullName: "X") { $0 == "password123" } == [.common])
    }

    @Test func aWordWithDigitsOrSymbolsAroundItIsJudgedByTheWord() {
        let dictionary: Set<String> = ["password", "sunshine"]
        #expect(policy.problems(password: "password1234", login: "x1", fullName: "X") { dictionary.contains($0) } == [.common])
        #expect(policy.problems(password: "!!sunshine2026", login: "x1", fullName: "X") { dictionary.contains($0) } == [.common])
        #expect(policy.problems(password: "степной ветер 2026", login: "x1", fullName: "X") { dictionary.contains($0) }.isEmpty)
        #expect(PasswordPolicy.stem("2026-password-1!") == "password")
        #expect(PasswordPolicy.stem("12345678901") == nil)
    }
}
