import Fluent
import Foundation
import Testing
import TanbaCore
@testable import TanbaPersistence

@Suite(.serialized) struct InstitutionSettingsTests {
    let now = Date(timeIntervalSince1970: 1_798_000_000)

    @Test func onlyWhatIsGivenChangesAndEachChangeIsAudited() async throws {
        try await withDatabase { db in
            // setup
            try await setUpInstitution(db)
            let settings = InstitutionSettings(database: db, clock: .fixed(now))
            // act: a second run gives only the BIN and the Kazakh city
            let outcome = try await settings.apply(.init(fields: [.bin: "000740001307", .city(.kazakh): "Атырау қ.",
                                                                  .city(.russian): "г. Атырау"]), by: .commandLine)
            // check
            #expect(outcome.changedFields == [.city(.kazakh), .bin])
            #expect(outcome.policyChange == nil)
            let profile = try await SettingsStore.institution(on: db)
            #expect(profile.bin == "000740001307")
            #expect(profile.fullName.ru == "НАО «Атырауский университет имени Х. Досмухамедова»")
            #expect(profile.signatory(.rector)?.printedName == "Е. М. Сарсенов")
            let events = try await AuditEventModel.query(on: db).filter(\.$action == "institution_settings_changed").sort(\.$at).all()
            #expect(events.count == 2)
            #expect(events.last?.details == "city_kk: «» → «Атырау қ.»\nbin: «» → «000740001307»")
            #expect(events.last?.actorName == "tanba setup")
        }
    }

    @Test func aBadValueChangesNothingAndNamesEveryProblem() async throws {
        try await withDatabase { db in
            try await setUpInstitution(db)
            let before = try await SettingsStore.institution(on: db)
            let settings = InstitutionSettings(database: db, clock: .fixed(now))
            await #expect(throws: InstitutionSettingsError.problems(InstitutionProblems(problems: [.invalidBIN("123456789012")]))) {
                try await settings.apply(.init(fields: [.fullName(.russian): "Другой университет", .bin: "123456789012"]), by: .commandLine)
            }
            await #expect(throws: InstitutionSettingsError.unknownPolicy("kaznu")) {
                try await settings.apply(.init(fields: [.fullName(.russian): "Другой университет"], policy: "kaznu"), by: .commandLine)
            }
            #expect(try await SettingsStore.institution(on: db) == before)
            #expect(try await SettingsStore.value(SettingsStore.policyKey, on: db) == "atyrau-2023")
        }
    }

    @Test func onlyAnAdministratorChangesSettings() async throws {
        try await withDatabase { db in
            let registrar = try await makeActor(.registrar, on: db)
            await #expect(throws: InstitutionSettingsError.forbidden) {
                try await InstitutionSettings(database: db, clock: .fixed(now))
                    .apply(.init(fields: [.fullName(.russian): "Университет"]), by: .user(registrar))
            }
            await #expect(throws: InstitutionSettingsError.forbidden) {
                try await InstitutionSettings(database: db, clock: .fixed(now))
                    .uploadLogo(Array("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8), rules: LogoRules(), by: .user(registrar))
            }
            #expect(try await SettingsStore.institution(on: db) == InstitutionProfile())
        }
    }

    @Test func aNewPolicyNamesTheDraftsItRefusesAndLeavesRegisteredEditionsAlone() async throws {
        try await withDatabase { db in
            // setup: under AITU (3-45 credits) a 4-credit draft and a registered 4-credit program are fine
            try await setUpInstitution(db, policy: "aitu")
            let developer = try await makeActor(.programDeveloper, on: db)
            let store = ProgramStore(database: db, clock: .fixed(now))
            let draft = try await store.createDraft(validProgram(title: "Short Course", credits: 4), by: developer)
            let program = ProgramModel(createdBy: developer.id, createdAt: now)
            program.code = "AITU-MC-2026-001"
            try await program.create(on: db)
            let registered = try ProgramEditionModel(programID: try program.requireID(), number: 1,
                                                     content: validProgram(title: "Registered Course", credits: 4),
                                                     createdBy: developer.id, at: now)
            registered.setEditionStatus(.registered)
            try await registered.create(on: db)
            let settings = InstitutionSettings(database: db, clock: .fixed(now))
            #expect(try await settings.draftsInvalid(under: PolicyPresets.aitu).isEmpty)
            // act: Atyrau's regulation takes 5-30 credits
            let outcome = try await settings.apply(.init(policy: "atyrau-2023"), by: .commandLine)
            // check: the draft is named with its problem; the registered edition is neither named nor changed
            #expect(outcome.policyChange?.from == "aitu")
            #expect(outcome.policyChange?.to == "atyrau-2023")
            #expect(outcome.draftsNoLongerValid.map(\.editionID) == [try draft.requireID()])
            #expect(outcome.draftsNoLongerValid.first?.issues.map(\.key).contains("validation.credits_out_of_range") == true)
            let stored = try #require(try await ProgramEditionModel.find(try registered.requireID(), on: db))
            #expect(try stored.editionStatus == .registered)
            #expect(stored.content == registered.content)
        }
    }

    @Test func issuingIsRefusedUntilTheInstitutionIsSetUpAndNothingIsWritten() async throws {
        try await withDatabase { db in
            // setup: a learner ready to be issued, at an institution whose rector signs with no name
            let (intakeID, learners, registrar) = try await CertificateStoreTests().setup(db, learners: 1)
            try await InstitutionSettings(database: db, clock: .fixed(now))
                .apply(.init(fields: [.signatoryInitials(.rector): "", .signatoryName(.rector): ""]), by: .commandLine)
            let issuing = CertificateIssuing(database: db, clock: .fixed(now), random: .system, issuer: nil)
            // act / check
            await #expect(throws: CertificateStoreError.institutionNotSetUp([.field(.signatoryName(.rector)),
                                                                            .field(.signatoryInitials(.rector))])) {
                try await issuing.issue(CertificateStoreTests().draft("Нұрланова Әлия"), learnerID: learners[0], intakeID: intakeID,
                                        sessionID: nil, supersedes: nil, by: registrar, render: { _, _ in [] })
            }
            #expect(try await CertificateModel.query(on: db).count() == 0)
            #expect(try await CounterModel.query(on: db).all().filter { $0.id?.hasPrefix("certificate") == true }.isEmpty,
                    "no number was taken")
        }
    }

    @Test func logosAreKeptAndTheNewestIsInUse() async throws {
        try await withDatabase { db in
            let settings = InstitutionSettings(database: db, clock: .fixed(now))
            #expect(try await InstitutionSettings.currentLogo(on: db) == nil)
            let first = Array("<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"4\"/></svg>".utf8)
            try await settings.uploadLogo(first, rules: LogoRules(), by: .commandLine)
            let later = InstitutionSettings(database: db, clock: .fixed(now.addingTimeInterval(60)))
            let second = Array("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"4\" height=\"4\"/></svg>".utf8)
            try await later.uploadLogo(second, rules: LogoRules(), by: .commandLine)
            await #expect(throws: InstitutionSettingsError.logo(.activeContent("script"))) {
                try await later.uploadLogo(Array("<svg><script>alert(1)</script></svg>".utf8), rules: LogoRules(), by: .commandLine)
            }
            let current = try #require(try await InstitutionSettings.currentLogo(on: db))
            #expect(Array(current.bytes) == second)
            #expect(current.contentType == "image/svg+xml")
            #expect(try await InstitutionSettings.currentLogoDigest(on: db) == current.sha256)
            #expect(try await InstitutionLogoModel.query(on: db).count() == 2)
            #expect(try await AuditEventModel.query(on: db).filter(\.$action == "institution_logo_uploaded").count() == 2)
        }
    }

    @Test func theOldSingleInstitutionNameBecomesTheRussianFullName() async throws {
        try await withDatabase { db in
            // setup: a database as an earlier version left it
            try await SettingModel.find(SettingsStore.institutionKey, on: db)?.delete(on: db)
            try await SettingModel(key: "institution_name", value: "Astana IT University").create(on: db)
            // act
            try await M024_MoveInstitutionNameIntoProfile().prepare(on: db)
            // check
            #expect(try await SettingsStore.institution(on: db).fullName == LocalizedText(ru: "Astana IT University"))
            #expect(try await SettingModel.find("institution_name", on: db) == nil)
            try await M024_MoveInstitutionNameIntoProfile().revert(on: db)
            #expect(try await SettingModel.find("institution_name", on: db)?.value == "Astana IT University")
        }
    }
}
