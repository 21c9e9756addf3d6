import Foundation
import Testing
import Vapor
import VaporTesting
import TanbaCore
@testable import TanbaWeb

@Suite struct LocalizationTests {
    /// A key with its plural suffix taken off: each language has the plural forms its rules need.
    static func base(_ key: String) -> String {
        // A wording variant (`key@svidetelstvo`) is optional in each language; its base key is not.
        let key = key.split(separator: "@").first.map(String.init) ?? key
        for form in PluralCategory.allCases where key.hasSuffix(".\(form.rawValue)") {
            return String(key.dropLast(form.rawValue.count + 1)) + ".{plural}"
        }
        return key
    }

    @Test func everyLanguageHasEveryKey() throws {
        let localizer = try Localizer.bundled()
        let russian = Set(localizer.keys(.russian).map(Self.base))
        #expect(russian.count > 200)
        for language in LanguageCode.allCases {
            for plural in localizer.keys(language) where Self.base(plural).hasSuffix(".{plural}") {
                let stem = String(Self.base(plural).dropLast(".{plural}".count))
                #expect(localizer.keys(language).contains(stem + ".other"), "\(language) lacks \(stem).other")
            }
        }
        for language in [LanguageCode.kazakh, .english] {
            let keys = Set(localizer.keys(language).map(Self.base))
            #expect(russian.subtracting(keys).isEmpty, "\(language) lacks \(russian.subtracting(keys).sorted())")
            #expect(keys.subtracting(russian).isEmpty, "\(language) has extra \(keys.subtracting(russian).sorted())")
        }
    }

    @Test func everyWordingVariantRewordsAnExistingStringWithItsPlaceholders() throws {
        let localizer = try Localizer.bundled()
        for language in LanguageCode.allCases {
            for key in localizer.keys(language) where key.contains("@") {
                let base = String(key.prefix { $0 != "@" })
                #expect(localizer.keys(language).contains(base), "\(language): \(key) has no \(base)")
                let placeholders = { (text: String) in Set(text.matches(of: /\{[a-z]+\}/).map { String($0.output) }) }
                #expect(placeholders(localizer.string(key, language)) == placeholders(localizer.string(base, language)),
                        "\(language): \(key) fills the same placeholders as \(base)")
            }
        }
    }

    @Test func countsTakeTheirLanguagesPluralForm() throws {
        let localizer = try Localizer.bundled()
        #expect(localizer.plural("session.error.missing_votes", .russian, count: 1).contains("не хватает 1 голоса"))
        #expect(localizer.plural("session.error.missing_votes", .russian, count: 21).contains("не хватает 21 голоса"))
        #expect(localizer.plural("session.error.missing_votes", .russian, count: 3).contains("не хватает 3 голосов"))
        #expect(localizer.plural("session.error.missing_votes", .russian, count: 11).contains("не хватает 11 голосов"))
        #expect(localizer.plural("session.error.missing_votes", .english, count: 1).contains("1 vote missing"))
        #expect(localizer.plural("session.error.missing_votes", .english, count: 2).contains("2 votes missing"))
        #expect(PluralCategory.of(112, in: .russian) == .many)
        #expect(PluralCategory.of(104, in: .russian) == .few)
    }

    @Test func placeholdersAreFilledOnceAndValuesAreNotSearchedAgain() {
        let localizer = Localizer(tables: [.russian: ["greeting": "{name}, программа «{program}» {unknown} {", "plain": "без подстановок"]])
        let text = localizer.string("greeting", .russian, ["name": "Айгерим {program}", "program": "ML {name}"])
        #expect(text == "Айгерим {program}, программа «ML {name}» {unknown} {")
        #expect(localizer.string("plain", .russian, ["name": "x"]) == "без подстановок")
        #expect(localizer.string("missing.key", .english, ["name": "x"]) == "missing.key")
    }

    @Test func everyKeyATemplateUsesExists() throws {
        // setup
        let localizer = try Localizer.bundled()
        let viewsURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/TanbaWeb/Resources/Views")
        let files = try FileManager.default.contentsOfDirectory(at: viewsURL, includingPropertiesForKeys: nil)
        let pattern = try NSRegularExpression(pattern: #"#t\("([^"]+)"\)"#)
        var missing: [String] = []
        // act
        for file in files where file.pathExtension == "leaf" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let range = Range(match.range(at: 1), in: text) else { continue }
                let key = String(text[range])
                if !localizer.keys(.russian).contains(key) { missing.append("\(file.lastPathComponent): \(key)") }
            }
        }
        // check
        #expect(missing.isEmpty, "missing keys: \(missing)")
    }

    @Test func kazakhPagesCarryKazakhLetters() async throws {
        try await withTanba { _, browser in
            try await browser.setLanguage("kk")
            let page = try await browser.get("/")
            #expect(page.body.string.contains("<html lang=\"kk\">"))
            let kazakhOnly = CharacterSet(charactersIn: "әғқңөұүһіӘҒҚҢӨҰҮҺІ")
            #expect(page.body.string.unicodeScalars.contains { kazakhOnly.contains($0) })
            // the choice persists on the next page
            let login = try await browser.get("/login")
            #expect(login.body.string.contains("<html lang=\"kk\">"))
        }
    }

    @Test func englishAndRussianSwitch() async throws {
        try await withTanba { _, browser in
            #expect(try await browser.get("/").body.string.contains("Реестр программ микроквалификаций"))
            try await browser.setLanguage("en")
            let page = try await browser.get("/")
            #expect(page.body.string.contains("<html lang=\"en\">"))
            #expect(!page.body.string.contains("Реестр программ микроквалификаций"))
        }
    }

    @Test func theLanguageSwitchOnlyGoesBackToThisSite() async throws {
        try await withTanba { _, browser in
            let response = try await browser.get("/language/kk?back=//evil.example")
            #expect(response.location == "/")
            #expect(try await browser.get("/language/xx").status == .badRequest)
        }
    }

    @Test func aFirstVisitSpeaksTheBrowsersLanguageUntilTheSwitchIsUsed() async throws {
        try await withTanba { _, browser in
            let kazakh = try await browser.get("/", headers: ["Accept-Language": "kk-KZ,kk;q=0.9,ru;q=0.8"])
            #expect(kazakh.body.string.contains(#"<html lang="kk">"#))
            #expect(kazakh.headers[.vary].joined(separator: ",").contains("Accept-Language"))
            let english = try await browser.fresh().get("/verify", headers: ["Accept-Language": "en-GB,en;q=0.9"])
            #expect(english.body.string.contains(#"<html lang="en">"#))
            let other = try await browser.fresh().get("/", headers: ["Accept-Language": "de-DE"])
            #expect(other.body.string.contains(#"<html lang="ru">"#))
            // the switch wins over what the browser asks for
            _ = try await browser.get("/language/ru")
            let chosen = try await browser.get("/", headers: ["Accept-Language": "kk-KZ"])
            #expect(chosen.body.string.contains(#"<html lang="ru">"#))
        }
    }
}
