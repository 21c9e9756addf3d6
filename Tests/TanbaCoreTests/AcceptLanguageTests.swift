import Testing
@testable import TanbaCore

@Suite struct AcceptLanguageTests {
    @Test func aKazakhBrowserGetsKazakhAndAnEnglishOneEnglish() {
        #expect(AcceptLanguage.preferred("kk-KZ,kk;q=0.9,ru;q=0.8,en-US;q=0.7") == .kazakh)
        #expect(AcceptLanguage.preferred("en-GB,en;q=0.9") == .english)
        #expect(AcceptLanguage.preferred("ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7") == .russian)
    }

    @Test func weightsDecideNotOrder() {
        #expect(AcceptLanguage.preferred("en;q=0.5, kk;q=0.8") == .kazakh)
        #expect(AcceptLanguage.preferred("de-DE, en;q=0.3, ru;q=0.2") == .english)
        #expect(AcceptLanguage.preferred("kz") == .kazakh)
    }

    @Test func noneOfOursOrRefusedMeansNoPreference() {
        #expect(AcceptLanguage.preferred(nil) == nil)
        #expect(AcceptLanguage.preferred("de-DE,fr;q=0.8,*;q=0.5") == nil)
        #expect(AcceptLanguage.preferred("kk;q=0, de") == nil)
        #expect(AcceptLanguage.preferred(";;,") == nil)
    }
}
