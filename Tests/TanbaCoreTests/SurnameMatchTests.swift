import Testing
@testable import TanbaCore

@Suite struct SurnameMatchTests {
    @Test(arguments: ["Нурланова", "нурланова", "НҰРЛАНОВА", "  нұрланова "])
    func aKazakhSurnameIsFoundAsARussianKeyboardTypesIt(typed: String) {
        #expect(SurnameMatch.matches(typed, printed: "нұрланова"))
    }

    @Test func everyKazakhLetterFoldsToItsLookAlike() {
        #expect(SurnameMatch.fold("ӘҒҚҢӨҰҮҺІЁ") == "агкноуухие")
        #expect(SurnameMatch.matches("Семенова", printed: "семёнова"))
    }

    @Test func theLatinSpellingOnTheCertificateIsAcceptedAndOtherNamesAreNot() {
        #expect(SurnameMatch.matches("Nurlanova", printed: "нұрланова", latin: "NURLANOVA"))
        #expect(!SurnameMatch.matches("Nurlanova", printed: "нұрланова"))
        #expect(!SurnameMatch.matches("Нурланов", printed: "нұрланова", latin: "NURLANOVA"))
        #expect(!SurnameMatch.matches("  ", printed: ""))
    }
}

@Suite struct LatinNameTests {
    @Test func aPassportNameIsKeptWithItsSpacesTidied() throws {
        #expect(try LatinName.normalized("  NURLANOVA   ALIYA ") == "NURLANOVA ALIYA")
        #expect(try LatinName.normalized("O'Brien-Smith Anna") == "O'Brien-Smith Anna")
        #expect(try LatinName.normalized("   ") == nil)
    }

    @Test func cyrillicOrDigitsAreRefused() {
        #expect(throws: LatinName.Problem.notLatin) { try LatinName.normalized("Нурланова Aliya") }
        #expect(throws: LatinName.Problem.notLatin) { try LatinName.normalized("Aliya 2") }
        #expect(throws: LatinName.Problem.notLatin) { try LatinName.normalized("--") }
        #expect(throws: LatinName.Problem.tooLong) { try LatinName.normalized(String(repeating: "A", count: 201)) }
    }
}
