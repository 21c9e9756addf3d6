import Fluent
import Foundation
import Testing
import TanbaCore
@testable import TanbaPersistence

@Suite(.serialized) struct CertificateStoreTests {
    let day = Date(timeIntervalSince1970: 1_798_000_000) // 2026-12-23

    /// An intake of a registered program and `count` learners in it.
    func setup(_ db: any Database, learners count: Int) async throws -> (intakeID: UUID, learners: [UUID], registrar: ActingUser) {
        try await setUpInstitution(db)
        let developer = try await makeActor(.programDeveloper, on: db)
        let registrar = try await makeActor(.registrar, on: db)
        let program = ProgramModel(createdBy: developer.id, createdAt: day)
        program.code = "AU-MC-2026-001"
        try await program.create(on: db)
        let edition = try ProgramEditionModel(programID: try program.requireID(), number: 1, content: validProgram(),
                                              createdBy: developer.id, at: day)
        edition.setEditionStatus(.registered)
        try await edition.create(on: db)
        program.publicEditionID = try edition.requireID()
        try await program.update(on: db)
        let intake = try await IntakeStore(database: db, clock: .live).open(.init(
            programCode: "AU-MC-2026-001", title: "Осень", startsOn: "2026-10-01", endsOn: "2026-12-20", capacity: 500,
            language: .russian, studyForm: .online, responsiblePerson: "Касымов", price: nil), by: registrar)
        var learners: [UUID] = []
        for index in 0..<count {
            let user = UserModel(login: "learner\(index)", fullName: "Нұрланова\(index) Әлия", role: .learner, passwordHash: "x",
                                 createdAt: day)
            try await user.create(on: db)
            learners.append(try user.requireID())
        }
        return (try intake.requireID(), learners, registrar)
    }

    func draft(_ name: String) -> CertifiedContent {
        CertifiedContent(registrationNumber: "", institution: "Атырауский университет", learnerName: name,
                         programTitle: "Java Developer", programCode: "AU-MC-2026-001", startsOn: "2026-10-01",
                         endsOn: "2026-12-20", hours: 210, credits: "7", usesECTS: false, nqfLevel: 6, eqfLevel: 6,
                         studyForm: "online", language: "ru", learningOutcomes: ["РО1. писать код"], assessmentMethods: ["проект"],
                         disciplines: [], gpa: "3.67", issuedOn: "", decisionProtocol: "№ 1")
    }

    /// Documents whose bytes carry the number, so a test can see what was rendered.
    let fakeRenderer: CertificateRenderer = { content, token in
        [RenderedDocument(kind: "certificate", pdf: Data("%PDF-1.4 \(content.registrationNumber) \(token)".utf8))]
    }

    @Test func concurrentIssuesGetDistinctGaplessNumbers() async throws {
        try await withDatabase { db in
            // setup
            let (intakeID, learners, registrar) = try await setup(db, learners: 200)
            let store = CertificateIssuing(database: db, clock: .fixed(day), random: .system, issuer: nil)
            // act: 200 issue requests at once
            let numbers = try await withThrowingTaskGroup(of: String.self) { group in
                for (index, learner) in learners.enumerated() {
                    group.addTask {
                        try await store.issue(draft("Нұрланова\(index) Әлия"), learnerID: learner, intakeID: intakeID,
                                              sessionID: nil, supersedes: nil, by: registrar, render: fakeRenderer).registrationNumber
                    }
                }
                return try await group.reduce(into: [String]()) { $0.append($1) }
            }
            // check: MC-2026-000001 ... MC-2026-000200, each once
            let expected = (1...200).map { PolicyPresets.atyrau2023.registrationNumberFormat.format(year: 2026, sequence: $0) }
            #expect(numbers.sorted() == expected)
            #expect(try await CertificateModel.query(on: db).count() == 200)
            let tokens = Set(try await CertificateModel.query(on: db).all().map(\.token))
            #expect(tokens.count == 200)
        }
    }

    @Test func aFailureMidwayLeavesNoPartialIssue() async throws {
        try await withDatabase { db in
            let (intakeID, learners, registrar) = try await setup(db, learners: 2)
            let store = CertificateIssuing(database: db, clock: .fixed(day), random: .system, issuer: nil)
            struct RenderingFailed: Error {}
            await #expect(throws: RenderingFailed.self) {
                try await store.issue(draft("Нұрланова0 Әлия"), learnerID: learners[0], intakeID: intakeID, sessionID: nil,
                                      supersedes: nil, by: registrar, render: { _, _ in throw RenderingFailed() })
            }
            #expect(try await CertificateModel.query(on: db).count() == 0)
            #expect(try await IssuedDocumentModel.query(on: db).count() == 0)
            #expect(try await AuditEventModel.query(on: db).filter(\.$action == "issued").count() == 0)
            // the number was not used up: the next issue gets 000001
            let next = try await store.issue(draft("Нұрланова1 Әлия"), learnerID: learners[1], intakeID: intakeID, sessionID: nil,
                                             supersedes: nil, by: registrar, render: fakeRenderer)
            #expect(next.registrationNumber == "MC-2026-000001")
        }
    }

    @Test func revokedAndSupersededCertificatesStillVerifyAsSuch() async throws {
        try await withDatabase { db in
            // setup
            let (intakeID, learners, registrar) = try await setup(db, learners: 2)
            let store = CertificateIssuing(database: db, clock: .fixed(day), random: .system, issuer: nil)
            let first = try await store.issue(draft("Нұрланова0 Әлия"), learnerID: learners[0], intakeID: intakeID,
                                              sessionID: nil, supersedes: nil, by: registrar, render: fakeRenderer)
            let second = try await store.issue(draft("Нұрланова1 Әлия"), learnerID: learners[1], intakeID: intakeID,
                                               sessionID: nil, supersedes: nil, by: registrar, render: fakeRenderer)
            // act
            // a decision dated after today, or without a number, is refused and the certificate stays valid
            await #expect(throws: CertificateStoreError.invalidDecision(.init(problems: [.numberMissing, .dateInFuture(today: "2026-12-23")]))) {
                try await CertificateLifecycle(issuing: store).revoke(try first.requireID(), decidedBy: "Учёный совет", number: " ",
                                                                      decidedOn: "2026-12-24", reason: "Выдан ошибочно", by: registrar)
            }
            #expect(try await CertificateQueries(database: store.database).find(token: first.token)?.certificateStatus == .valid)
            try await CertificateLifecycle(issuing: store).revoke(try first.requireID(), decidedBy: "Учёный совет", number: "7",
                                                                  decidedOn: "2026-12-23", reason: "Выдан ошибочно", by: registrar)
            let corrected = try await CertificateLifecycle(issuing: store).reissue(try second.requireID(), correctedName: "Нұрланова1 Әлия Қанатқызы",
                                                    by: registrar, render: fakeRenderer)
            // check
            let revoked = try #require(try await CertificateQueries(database: store.database).find(token: first.token))
            #expect(try revoked.certificateStatus == .revoked)
            #expect(revoked.revocationReason == "Выдан ошибочно")
            #expect(revoked.revocationDecision == RevocationDecision(decidedBy: "Учёный совет", number: "7", decidedOn: "2026-12-23",
                                                                     reason: "Выдан ошибочно"))
            let superseded = try #require(try await CertificateQueries(database: store.database).find(number: second.registrationNumber, surname: "НҰРЛАНОВА1"))
            #expect(try superseded.certificateStatus == .superseded)
            #expect(superseded.supersededBy == corrected.id)
            #expect(corrected.registrationNumber == "MC-2026-000003")
            #expect(try corrected.certifiedContent().learnerName == "Нұрланова1 Әлия Қанатқызы")
            await #expect(throws: CertificateStoreError.alreadyRevoked) {
                try await CertificateLifecycle(issuing: store).revoke(try first.requireID(), decidedBy: "Учёный совет", number: "8",
                                                                      decidedOn: "2026-12-23", reason: "снова", by: registrar)
            }
            let trail = try await CertificateQueries(database: store.database).auditTrail(of: try first.requireID()).map(\.action)
            #expect(trail == ["issued", "revoked"])
        }
    }

    @Test func lookupsNeedTheRightSurnameAndAWellFormedToken() async throws {
        try await withDatabase { db in
            let (intakeID, learners, registrar) = try await setup(db, learners: 1)
            let store = CertificateIssuing(database: db, clock: .fixed(day), random: .system, issuer: nil)
            let issued = try await store.issue(draft("Нұрланова0 Әлия"), learnerID: learners[0], intakeID: intakeID,
                                               sessionID: nil, supersedes: nil, by: registrar, render: fakeRenderer)
            #expect(try await CertificateQueries(database: store.database).find(number: issued.registrationNumber, surname: "Иванов") == nil)
            #expect(try await CertificateQueries(database: store.database).find(number: issued.registrationNumber, surname: "нұрланова0")?.id == issued.id)
            #expect(try await CertificateQueries(database: store.database).find(token: "MC-2026-000001") == nil)
            #expect(try await CertificateQueries(database: store.database).find(token: String(issued.token.reversed())) == nil)
            #expect(try await CertificateQueries(database: store.database).find(token: issued.token)?.id == issued.id)
            // a second valid certificate for the same learner and intake is refused
            await #expect(throws: CertificateStoreError.alreadyIssued("MC-2026-000001")) {
                try await store.issue(draft("Нұрланова0 Әлия"), learnerID: learners[0], intakeID: intakeID, sessionID: nil,
                                      supersedes: nil, by: registrar, render: fakeRenderer)
            }
        }
    }

    @Test func theJournalFiltersByIssueDayOnTheAlmatyCalendar() async throws {
        try await withDatabase { db in
            // setup: one certificate issued at 23:30 on 22 December in Almaty (18:30 UTC), one the next morning
            let (intakeID, learners, registrar) = try await setup(db, learners: 2)
            let lateEvening = try #require(AlmatyDate.day(iso: "2026-12-22")).addingTimeInterval(23.5 * 3600)
            let nextMorning = try #require(AlmatyDate.day(iso: "2026-12-23")).addingTimeInterval(9 * 3600)
            for (index, moment) in [lateEvening, nextMorning].enumerated() {
                _ = try await CertificateIssuing(database: db, clock: .fixed(moment), random: .system, issuer: nil).issue(
                    draft("Нұрланова\(index) Әлия"), learnerID: learners[index], intakeID: intakeID, sessionID: nil, supersedes: nil,
                    by: registrar, render: fakeRenderer)
            }
            let store = CertificateIssuing(database: db, clock: .fixed(day), random: .system, issuer: nil)
            // act
            let onThe22nd = try await CertificateQueries(database: store.database).journal(issuedFrom: "2026-12-22", issuedTo: "2026-12-22")
            let fromThe23rd = try await CertificateQueries(database: store.database).journal(issuedFrom: "2026-12-23")
            let untilThe23rd = try await CertificateQueries(database: store.database).journal(issuedTo: "2026-12-23")
            // check
            #expect(onThe22nd.map(\.learnerID) == [learners[0]])
            #expect(fromThe23rd.map(\.learnerID) == [learners[1]])
            #expect(untilThe23rd.map(\.learnerID) == [learners[1], learners[0]])
            await #expect(throws: CertificateStoreError.invalidInput(field: "issuedFrom")) {
                try await CertificateQueries(database: store.database).journal(issuedFrom: "2026-02-30")
            }
        }
    }

    @Test func theJournalIsSearchedAndPagedByTheDatabaseFoldingKazakhAndRussianLetters() async throws {
        try await withDatabase { db in
            let (intakeID, learners, registrar) = try await setup(db, learners: 5)
            let names = ["Нұрланова Әлия", "Ёлкина Дарья", "Серікбаев Нұрлан", "Иванов Пётр", "Ахметова Жанар"]
            for (index, name) in names.enumerated() {
                _ = try await CertificateIssuing(database: db, clock: .fixed(day.addingTimeInterval(Double(index) * 60)), random: .system,
                                                 issuer: nil).issue(draft(name), learnerID: learners[index], intakeID: intakeID, sessionID: nil,
                                                                    supersedes: nil, by: registrar, render: fakeRenderer)
            }
            let journal = CertificateQueries(database: db)
            // upper case, «е» for «ё», a Kazakh letter: SQLite's own LIKE would fold none of them
            #expect(try await journal.journal(search: "НҰРЛАН", page: 1, perPage: 10).rows.count == 2, "Нұрланова and Нұрлан")
            #expect(try await journal.journal(search: "елкина", page: 1, perPage: 10).rows.map(\.learnerID) == [learners[1]])
            #expect(try await journal.journal(search: "  пётр  ", page: 1, perPage: 10).total == 1)
            let number = try #require(try await journal.journal(search: "ахметова", page: 1, perPage: 10).rows.first?.registrationNumber)
            #expect(try await journal.journal(search: number.lowercased(), page: 1, perPage: 10).total == 1)
            // two to a page, newest first; a page past the end shows the last one
            let first = try await journal.journal(page: 1, perPage: 2)
            #expect(first.total == 5 && first.pages == 3 && first.rows.map(\.learnerID) == [learners[4], learners[3]])
            let last = try await journal.journal(page: 9, perPage: 2)
            #expect(last.page == 3 && last.rows.map(\.learnerID) == [learners[0]])
            #expect(try await journal.journal(search: "100%", page: 1, perPage: 2).total == 0, "a wildcard typed is no wildcard")
        }
    }
}
