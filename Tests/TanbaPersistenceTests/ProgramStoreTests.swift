import Fluent
import Foundation
import Testing
import TanbaCore
@testable import TanbaPersistence

@Suite(.serialized) struct ProgramStoreTests {
    let day = Date(timeIntervalSince1970: 1_788_000_000) // 2026-08-30

    /// Walks `editionID` through every AITU stage.
    func approveAll(_ store: ProgramStore, _ editionID: UUID, on db: any Database) async throws {
        let expert = try await makeActor(.internalExpert, on: db, login: "ie-\(UUID())")
        let employer = try await makeActor(.externalExpert, on: db, login: "ee-\(UUID())")
        let secretary = try await makeActor(.councilSecretary, on: db, login: "cs-\(UUID())")
        try await store.perform(.approve, on: editionID, by: expert, record: .init(conclusion: "Соответствует"))
        try await store.perform(.approve, on: editionID, by: employer, record: .init(conclusion: "Актуально"))
        try await store.perform(.approve, on: editionID, by: secretary, record: .init(conclusion: "Утвердить", documentNumber: "4", meetingDate: "2026-08-28"))
        try await store.perform(.approve, on: editionID, by: secretary, record: .init(conclusion: "Приказ", documentNumber: "101-П", meetingDate: "2026-08-29"))
    }

    @Test func aDraftRoundTripsWithItsWholeContent() async throws {
        try await withDatabase { db in
            // setup
            let developer = try await makeActor(.programDeveloper, on: db)
            let store = ProgramStore(database: db, clock: .fixed(day))
            var content = validProgram()
            content.disciplines[0].credits = Credits(hundredths: 480)
            // act
            let edition = try await store.createDraft(content, by: developer)
            let loaded = try await store.edition(try edition.requireID())
            // check
            #expect(try loaded.decodedContent() == content)
            #expect(try loaded.editionStatus == .draft)
            #expect(loaded.creditsHundredths == 480)
            #expect(loaded.languages == ",ru,kk,")
        }
    }

    @Test func malformedInputIsNeverStored() async throws {
        try await withDatabase { db in
            let developer = try await makeActor(.programDeveloper, on: db)
            var content = validProgram()
            content.passport.nqfLevel = 9
            await #expect(throws: ProgramStoreError.self) {
                try await ProgramStore(database: db, clock: .live).createDraft(content, by: developer)
            }
            #expect(try await ProgramEditionModel.query(on: db).count() == 0)
            #expect(try await ProgramModel.query(on: db).count() == 0)
        }
    }

    @Test func registrationGivesACodeAValidityDateAndAPublicPlace() async throws {
        try await withDatabase { db in
            // setup
            let developer = try await makeActor(.programDeveloper, on: db)
            let store = ProgramStore(database: db, clock: .fixed(day))
            let edition = try await store.createDraft(validProgram(), by: developer)
            let id = try edition.requireID()
            // act
            try await store.perform(.submit, on: id, by: developer, record: .init())
            try await approveAll(store, id, on: db)
            // check
            let program = try #require(try await ProgramModel.find(edition.$program.id, on: db))
            #expect(program.code == "AITU-MC-2026-001")
            #expect(program.publicEditionID == id)
            #expect(program.validUntil.map { Monitoring.year(of: $0) } == 2027)
            let history = try await store.history(ofProgram: try program.requireID())
            #expect(history.map(\.decision) == ["submitted", "approved", "approved", "approved", "registered"])
            #expect(history.last?.documentNumber == "101-П")
            #expect(history.last?.meetingDate == "2026-08-29")
            let entry = try await RegistryStore(database: db).program(code: "AITU-MC-2026-001")
            #expect(entry?.content.title == "Java Developer")
        }
    }

    @Test func codesAreSequentialAndUnique() async throws {
        try await withDatabase { db in
            let developer = try await makeActor(.programDeveloper, on: db)
            let store = ProgramStore(database: db, clock: .fixed(day))
            var codes: [String] = []
            for title in ["A", "B", "C"] {
                let edition = try await store.createDraft(validProgram(title: title), by: developer)
                try await store.perform(.submit, on: try edition.requireID(), by: developer, record: .init())
                try await approveAll(store, try edition.requireID(), on: db)
                codes.append(try #require(try await ProgramModel.find(edition.$program.id, on: db)?.code))
            }
            #expect(codes == ["AITU-MC-2026-001", "AITU-MC-2026-002", "AITU-MC-2026-003"])
        }
    }

    @Test func aNewEditionKeepsTheRegisteredOnePublicUntilItIsRegistered() async throws {
        try await withDatabase { db in
            // setup: a registered program
            let developer = try await makeActor(.programDeveloper, on: db)
            let store = ProgramStore(database: db, clock: .fixed(day))
            let first = try await store.createDraft(validProgram(), by: developer)
            let firstID = try first.requireID()
            try await store.perform(.submit, on: firstID, by: developer, record: .init())
            try await approveAll(store, firstID, on: db)
            // act: a second edition with another title, submitted but not yet approved
            let second = try await store.startNewEdition(of: first.$program.id, by: developer)
            var changed = try second.decodedContent()
            changed.title = "Java Developer 2027"
            _ = try await store.updateDraft(try second.requireID(), with: changed, by: developer)
            try await store.perform(.submit, on: try second.requireID(), by: developer, record: .init())
            // check: the public still sees edition 1
            let registry = RegistryStore(database: db)
            #expect(try await registry.program(code: "AITU-MC-2026-001")?.content.title == "Java Developer")
            await #expect(throws: ProgramStoreError.openEditionExists) {
                try await store.startNewEdition(of: first.$program.id, by: developer)
            }
            // act: edition 2 is approved
            try await approveAll(store, try second.requireID(), on: db)
            // check: same code, new content, old edition superseded
            #expect(try await registry.program(code: "AITU-MC-2026-001")?.content.title == "Java Developer 2027")
            #expect(try await ProgramEditionModel.find(firstID, on: db)?.editionStatus == .superseded)
        }
    }

    @Test func aRefusedActionChangesNothing() async throws {
        try await withDatabase { db in
            let developer = try await makeActor(.programDeveloper, on: db)
            let registrar = try await makeActor(.registrar, on: db)
            let store = ProgramStore(database: db, clock: .fixed(day))
            let edition = try await store.createDraft(validProgram(credits: 100), by: developer)
            let id = try edition.requireID()
            await #expect(throws: ProgramStoreError.self) {
                try await store.perform(.submit, on: id, by: developer, record: .init())
            }
            await #expect(throws: ProgramStoreError.workflow(.roleNotAllowed(.registrar))) {
                try await store.perform(.submit, on: id, by: registrar, record: .init())
            }
            #expect(try await store.edition(id).editionStatus == .draft)
            #expect(try await ApprovalStepModel.query(on: db).count() == 0)
        }
    }

    @Test func withdrawingRemovesTheProgramFromTheRegistry() async throws {
        try await withDatabase { db in
            let developer = try await makeActor(.programDeveloper, on: db)
            let store = ProgramStore(database: db, clock: .fixed(day))
            let edition = try await store.createDraft(validProgram(), by: developer)
            let id = try edition.requireID()
            try await store.perform(.submit, on: id, by: developer, record: .init())
            try await approveAll(store, id, on: db)
            let secretary = try await makeActor(.councilSecretary, on: db, login: "secretary-2")
            try await store.perform(.withdraw, on: id, by: secretary,
                                    record: .init(conclusion: "Не востребована", documentNumber: "9", meetingDate: "2026-08-29"))
            #expect(try await RegistryStore(database: db).program(code: "AITU-MC-2026-001") == nil)
            #expect(try await RegistryStore(database: db).search(RegistryQuery()).total == 0)
        }
    }
}
