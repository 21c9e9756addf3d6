import Fluent
import Foundation
import Testing
import TanbaCore
@testable import TanbaPersistence

@Suite(.serialized) struct RegistryStoreTests {
    /// Registers programs directly, skipping the workflow, to test searching.
    func register(_ content: ProgramContent, code: String, on db: any Database) async throws {
        let developer = try await makeActor(.programDeveloper, on: db, login: "dev-\(code.lowercased())")
        let program = ProgramModel(createdBy: developer.id, createdAt: Date())
        program.code = code
        try await program.create(on: db)
        let edition = try ProgramEditionModel(programID: try program.requireID(), number: 1, content: content,
                                              createdBy: developer.id, at: Date())
        edition.setEditionStatus(.registered)
        try await edition.create(on: db)
        program.publicEditionID = try edition.requireID()
        try await program.update(on: db)
    }

    @Test func filtersByTextLevelLanguageFormAndCredits() async throws {
        try await withDatabase { db in
            // setup
            var ml = validProgram(title: "ML Specialist", credits: 6)
            ml.passport.languages = [.english]
            ml.passport.studyForm = .blended
            var stats = validProgram(title: "Статистика для анализа данных", credits: 8)
            stats.passport.nqfLevel = 7
            stats.titleKazakh = "Деректерді талдауға арналған статистика"
            try await register(ml, code: "P-1", on: db)
            try await register(stats, code: "P-2", on: db)
            try await register(validProgram(title: "Java Developer", credits: 7), code: "P-3", on: db)
            let store = RegistryStore(database: db)
            func titles(_ query: RegistryQuery) async throws -> [String] {
                try await store.search(query).entries.map(\.content.title)
            }
            // check
            #expect(try await titles(RegistryQuery()).count == 3)
            #expect(try await titles(RegistryQuery(text: "СТАТИСТИКА")) == ["Статистика для анализа данных"])
            // searched in the database through the folded titles of every language
            #expect(try await titles(RegistryQuery(text: "ДЕРЕКТЕРДІ ТАЛДАУҒА")) == ["Статистика для анализа данных"])
            #expect(try await titles(RegistryQuery(text: "specialist")) == ["ML Specialist"])
            #expect(try await store.search(RegistryQuery(text: "developer")).total == 1)
            #expect(try await titles(RegistryQuery(nqfLevel: 7)) == ["Статистика для анализа данных"])
            #expect(try await titles(RegistryQuery(language: .english)) == ["ML Specialist"])
            #expect(try await titles(RegistryQuery(studyForm: .blended)) == ["ML Specialist"])
            #expect(try await titles(RegistryQuery(minCredits: Credits(7), maxCredits: Credits(7))) == ["Java Developer"])
            #expect(try await titles(RegistryQuery(language: .kazakh)).count == 2)
        }
    }

    @Test func paginates() async throws {
        try await withDatabase { db in
            for number in 1...5 {
                try await register(validProgram(title: "Программа \(number)"), code: "P-\(number)", on: db)
            }
            let page = try await RegistryStore(database: db).search(RegistryQuery(page: 2, perPage: 2))
            #expect(page.total == 5)
            #expect(page.pageCount == 3)
            #expect(page.entries.map(\.content.title) == ["Программа 3", "Программа 4"])
        }
    }

    @Test func draftsAreNeverPublic() async throws {
        try await withDatabase { db in
            let developer = try await makeActor(.programDeveloper, on: db)
            _ = try await ProgramStore(database: db, clock: .live).createDraft(validProgram(), by: developer)
            #expect(try await RegistryStore(database: db).search(RegistryQuery()).total == 0)
        }
    }
}
