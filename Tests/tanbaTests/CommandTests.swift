import ArgumentParser
import Foundation
import FluentSQLiteDriver
import Testing
@testable import tanba

@Suite struct CommandParsingTests {
    @Test func serveTakesHostnameAndPort() throws {
        let command = try #require(try Tanba.parseAsRoot(["serve", "--hostname", "0.0.0.0", "--port", "9000"]) as? Serve)
        #expect(command.hostname == "0.0.0.0")
        #expect(command.port == 9000)
    }

    @Test func demoRefusesAnUnknownPolicy() {
        #expect(throws: (any Error).self) { try Tanba.parseAsRoot(["demo", "--policy", "harvard"]) }
        #expect((try? Tanba.parseAsRoot(["demo", "--policy", "skma-2026"])) is Demo)
    }

    @Test func userCreateNeedsALoginAndName() {
        #expect(throws: (any Error).self) { try Tanba.parseAsRoot(["user", "create"]) }
        #expect((try? Tanba.parseAsRoot(["user", "create", "--login", "admin", "--name", "Админ"])) is UserCommand.Create)
    }
}

/// Runs the built `tanba` binary as a user would, against a scratch SQLite file.
@Suite(.serialized) struct CommandLineTests {
    func tanbaBinary() throws -> URL {
        let candidates = [Bundle.main.bundleURL.deletingLastPathComponent(),
                          Bundle.main.executableURL?.deletingLastPathComponent()].compactMap { $0 }
        for directory in candidates {
            let url = directory.appendingPathComponent("tanba")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        throw CocoaError(.fileNoSuchFile)
    }

    func run(_ arguments: [String], database: URL, input: String? = nil, environment extra: [String: String] = [:]) throws
        -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = try tanbaBinary()
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["DATABASE_URL"] = "sqlite://" + database.path
        environment["LOG_LEVEL"] = "error"
        environment["TANBA_STORAGE_DIR"] = database.deletingPathExtension().path + "-files"
        environment.merge(extra) { _, new in new }
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        let stdin = Pipe()
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func demoPrintsALoginPerRoleAndUserCreateMakesAnAdministrator() throws {
        // setup
        let database = FileManager.default.temporaryDirectory.appendingPathComponent("tanba-cli-\(UUID()).sqlite")
        defer { try? FileManager.default.removeItem(at: database) }
        // act
        let demo = try run(["demo", "--policy", "skma-2026"], database: database)
        // check
        #expect(demo.status == 0, "\(demo.output)")
        #expect(demo.output.contains("policy skma-2026"))
        for login in ["admin", "developer", "expert", "employer", "secretary", "registrar", "teacher", "aliya"] {
            #expect(demo.output.contains(" \(login) / "), "no \(login) in \(demo.output)")
        }
        let token = try run(["token", "create", "--user", "registrar", "--name", "Platonus"], database: database)
        #expect(token.status == 0)
        #expect(token.output.hasPrefix("tnb_"))
        let list = try run(["token", "list"], database: database)
        #expect(list.status == 0)
        #expect(list.output.contains("registrar\tPlatonus"))
        #expect(!list.output.contains(token.output.trimmingCharacters(in: .whitespacesAndNewlines)), "the token itself is never listed")
        let tokenID = try #require(list.output.split(separator: "\n").dropFirst().first?.split(separator: "\t").first)
        let revoke = try run(["token", "revoke", String(tokenID)], database: database)
        #expect(revoke.status == 0, "\(revoke.output)")
        #expect(try run(["token", "list"], database: database).output.contains("revoked"))
        let expiring = try run(["token", "create", "--user", "registrar", "--expires", "2000-01-01"], database: database)
        #expect(expiring.status != 0)
        #expect(expiring.output.contains("the day has passed"))
        let learnerToken = try run(["token", "create", "--user", "aliya"], database: database)
        #expect(learnerToken.status != 0)
        #expect(learnerToken.output.contains("no active staff user with login aliya"))
        let again = try run(["demo", "--if-empty"], database: database)
        #expect(again.output.contains("already has data"))

        let created = try run(["user", "create", "--login", "Rector", "--name", "Ректор"], database: database,
                              input: "a-long-password\n")
        #expect(created.status == 0, "\(created.output)")
        #expect(created.output.contains("User rector created"))
        let duplicate = try run(["user", "create", "--login", "rector", "--name", "Ректор", "--password", "another-password"],
                                database: database)
        #expect(duplicate.status != 0)
        #expect(duplicate.output.contains("login rector is taken"))
        let weak = try run(["user", "create", "--login", "x", "--name", "X", "--password", "123"], database: database)
        #expect(weak.status != 0)
        #expect(weak.output.contains("at least 10 characters"))
    }

    @Test func setupWithoutDemoChangesOnlyWhatItIsGivenAndSaysWhatIssuingWaitsFor() throws {
        // setup
        let database = FileManager.default.temporaryDirectory.appendingPathComponent("tanba-setup-\(UUID()).sqlite")
        defer { try? FileManager.default.removeItem(at: database) }
        let logo = database.deletingPathExtension().appendingPathExtension("svg")
        defer { try? FileManager.default.removeItem(at: logo) }
        try Data(#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><rect width="4" height="4"/></svg>"#.utf8).write(to: logo)
        // act / check: a fresh database lists every missing setting by its flag
        let empty = try run(["setup"], database: database)
        #expect(empty.status == 0, "\(empty.output)")
        #expect(empty.output.contains("Issuing waits for: --policy, --full-name-ru, --full-name-kk, --full-name-en, --city-ru"))
        let partial = try run(["setup", "--policy", "skma-2026", "--full-name-ru", "АО «Южно-Казахстанская медицинская академия»",
                               "--full-name-kk", "«Оңтүстік Қазақстан медицина академиясы» АҚ",
                               "--full-name-en", "JSC South Kazakhstan Medical Academy", "--city-ru", "г. Шымкент",
                               "--logo", logo.path], database: database)
        #expect(partial.status == 0, "\(partial.output)")
        #expect(partial.output.contains("Policy: none → skma-2026."))
        #expect(partial.output.contains("Issuing waits for: --rector-name, --rector-initials, --registrar-head-name, --registrar-head-initials."))
        // a bad BIN is refused and nothing else of that run changes
        let bad = try run(["setup", "--bin", "123456789012", "--rector-name", "Сарсенов Ерлан"], database: database)
        #expect(bad.status != 0)
        #expect(bad.output.contains("--bin 123456789012: 12 digits whose last one is the check digit"))
        let rest = try run(["setup", "--rector-name", "Сарсенов Ерлан", "--rector-initials", "Е. Сарсенов",
                            "--registrar-head-name", "Жумабаева Мадина", "--registrar-head-initials", "М. Жумабаева"], database: database)
        #expect(rest.output.contains("Set rector_name.\nSet rector_initials."), "\(rest.output)")
        #expect(!rest.output.contains("full_name"), "a second run changes only what it is given")
        #expect(rest.output.contains("The institution is set up: certificates can be issued."))
        let help = try run(["setup", "--help"], database: database)
        #expect(help.output.contains("--commission-chair-title-kk"))
    }

    @Test func aBadDatabaseURLIsExplained() throws {
        let process = Process()
        process.executableURL = try tanbaBinary()
        process.arguments = ["migrate"]
        process.environment = ["DATABASE_URL": "mysql://nowhere"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
        #expect(output.contains("expected sqlite:///absolute/path.sqlite or postgres://"))
    }

    /// What `tanba verify` must say about each 1EdTech validator fixture: exit status 0 valid,
    /// 1 invalid (with the check that fails for the fixture's own reason), 2 unsupported.
    static let fixtureVerdicts: [(file: String, status: Int32, failing: String?)] = [
        ("simple.json", 0, nil), ("simple-context-alias.json", 0, nil), ("simple-context-version.json", 0, nil),
        ("simple-did-web-method.json", 0, nil), ("simple-multiple-proofs.json", 0, nil),
        ("simple-did-key-method.json", 0, nil), ("endorsement-valid.json", 0, nil),
        // Revocation through a 1EdTechRevocationList cannot be checked offline; VC 1.1 or superseded suites.
        ("complete.json", 2, nil),
        ("credential-status-revoked.json", 2, nil), ("endorsement-err-schema-status-refresh.json", 2, nil),
        ("simple-eddsa-2022.json", 2, nil), ("simple_v1.json", 2, nil),
        ("complete_v1.json", 1, "expired"), ("simple-err-expired.json", 1, "expired"), ("simple-err-issued.json", 1, "validFrom"),
        ("simple-err-context.json", 1, "context"), ("simple-err-type.json", 1, "type"), ("simple-err-issuer.json", 1, "schema"),
        ("simple-err-issuer-type.json", 1, "schema"), ("simple-err-issuer-parentorg-type.json", 1, "schema"),
        ("simple-err-issuer-otheridentifier-type.json", 1, "schema"), ("simple-err-evidence-type.json", 1, "schema"),
        ("simple-err-credential-subject-type.json", 1, "schema"), ("simple-err-credential-subject-result-type.json", 1, "schema"),
        ("simple-err-credential-subject-profile-type.json", 1, "schema"),
        ("simple-err-credential-subject-identifier-type.json", 1, "schema"),
        ("simple-err-credential-subject-achievement-result-description-type.json", 1, "schema"),
        ("simple-err-proof-value.json", 1, "proof"), ("simple-noproof.json", 1, "proof"),
        ("simple-err-proof-method.json", 1, "verificationMethod"), ("simple-err-proof-method-no-scheme.json", 1, "verificationMethod"),
        ("simple-err-proof-method-unknown-scheme.json", 1, "verificationMethod"),
        ("simple-err-proof-method-unknown-did-method.json", 1, "verificationMethod"),
    ]

    @Test func verifyJudgesEveryValidatorFixtureForItsOwnReason() throws {
        // setup
        let database = FileManager.default.temporaryDirectory.appendingPathComponent("tanba-cli-\(UUID()).sqlite")
        defer { try? FileManager.default.removeItem(at: database) }
        let directory = try fixturesDirectory()
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }
        #expect(Set(files) == Set(Self.fixtureVerdicts.map(\.file)), "every fixture has a verdict")
        for verdict in Self.fixtureVerdicts {
            // act
            let result = try run(["verify", "--json", directory.appendingPathComponent(verdict.file).path], database: database)
            // check
            #expect(result.status == verdict.status, "\(verdict.file): \(result.output)")
            let report = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
            let checks = report?["checks"] as? [[String: String]] ?? []
            if let failing = verdict.failing {
                #expect(checks.contains { $0["check"] == failing && $0["status"] == "failed" }, "\(verdict.file): \(result.output)")
            } else if verdict.status == 2 {
                #expect(report?["status"] as? String == "unsupported")
            }
        }
        let missing = try run(["verify", "/nonexistent.json"], database: database)
        #expect(missing.status != 0)
        #expect(missing.output.contains("cannot read /nonexistent.json"))
    }

    @Test func keysRotateKeepsTheRetiredKeyPublishedAndAWrongKeyEncryptionKeyIsRefused() throws {
        // setup
        let database = FileManager.default.temporaryDirectory.appendingPathComponent("tanba-cli-\(UUID()).sqlite")
        defer { try? FileManager.default.removeItem(at: database) }
        let kek = ["TANBA_KEY_ENCRYPTION_KEY": Data((0..<32).map { UInt8($0) }).base64EncodedString()]
        // act
        let first = try run(["keys", "list"], database: database, environment: kek)
        let rotated = try run(["keys", "rotate"], database: database, environment: kek)
        let listed = try run(["keys", "list"], database: database, environment: kek)
        let wrong = try run(["keys", "rotate"], database: database,
                            environment: ["TANBA_KEY_ENCRYPTION_KEY": Data(repeating: 7, count: 32).base64EncodedString()])
        let malformed = try run(["keys", "list"], database: database, environment: ["TANBA_KEY_ENCRYPTION_KEY": "short"])
        // check
        #expect(first.output.contains("active  http://127.0.0.1:8080/issuer#key-1"), "\(first.output)")
        #expect(rotated.status == 0)
        #expect(rotated.output.contains("issuer#key-2"))
        #expect(listed.output.contains("active  http://127.0.0.1:8080/issuer#key-2"))
        #expect(listed.output.contains("retired http://127.0.0.1:8080/issuer#key-1"))
        #expect(wrong.status != 0)
        #expect(wrong.output.contains("could not be decrypted"))
        #expect(malformed.status != 0)
        #expect(malformed.output.contains("TANBA_KEY_ENCRYPTION_KEY"))
    }

    @Test func aBackupTakenFromTheDatabaseRestoresEveryCertificateAndNeedsTheKeyKeptApart() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tanba-backup-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let live = folder.appendingPathComponent("live.sqlite"), backup = folder.appendingPathComponent("backup.sqlite")
        let restored = folder.appendingPathComponent("restored.sqlite")
        let kek = ["TANBA_KEY_ENCRYPTION_KEY": Data((0..<32).map { UInt8($0) }).base64EncodedString()]
        #expect(try run(["demo"], database: live, environment: kek).status == 0)
        // act
        let taken = try run(["backup", backup.path], database: live, environment: kek)
        let again = try run(["backup", backup.path], database: live, environment: kek)
        let put = try run(["restore", backup.path], database: restored, environment: kek)
        let over = try run(["restore", backup.path], database: restored, environment: kek)
        // check
        #expect(taken.status == 0, "\(taken.output)")
        #expect(taken.output.contains("integrity ok") && taken.output.contains("key-encryption key is not in it"))
        #expect(again.status != 0 && again.output.contains("exists already"), "a backup never overwrites")
        #expect(put.status == 0, "\(put.output)")
        let audit = try run(["audit", "verify"], database: restored, environment: kek)
        #expect(audit.status == 0 && audit.output.contains("Audit trail intact"), "\(audit.output)")
        #expect(over.status != 0 && over.output.contains("--force"), "a database with data is replaced only when asked")
        let journal = try run(["journal"], database: live, environment: kek).output
        #expect(journal.split(whereSeparator: \.isNewline).count > 10)
        #expect(try run(["journal"], database: restored, environment: kek).output == journal, "every certificate, as it was")
        #expect(put.output.contains("audit chain intact"), "\(put.output)")
        // a backup whose audit trail was edited by hand is refused, naming the event
        let connection = try SQLiteConnection.open(storage: .file(path: backup.path)).wait()
        _ = try connection.query("UPDATE audit_events SET details = 'подправлено' WHERE chain_position = 3").wait()
        try connection.close().wait()
        let tampered = try run(["restore", backup.path], database: folder.appendingPathComponent("other.sqlite"), environment: kek)
        #expect(tampered.status != 0 && tampered.output.contains("position 3"), "\(tampered.output)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("other.sqlite").path), "nothing put in place")
        // the signing keys came along, sealed: usable with the key kept apart, not with another
        #expect(try run(["keys", "list"], database: restored, environment: kek).output.contains("active"))
        let wrong = try run(["keys", "rotate"], database: restored,
                            environment: ["TANBA_KEY_ENCRYPTION_KEY": Data(repeating: 7, count: 32).base64EncodedString()])
        #expect(wrong.status != 0 && wrong.output.contains("could not be decrypted"))
    }

    /// The validator fixtures: `shared/conformance` above the checkout, else the repository's copy.
    func fixturesDirectory() throws -> URL {
        for root in ["shared/conformance", "Tests/Conformance"] {
            var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            while directory.path != "/" {
                let candidate = directory.appendingPathComponent("\(root)/openbadges-3.0/validator-fixtures")
                if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
                directory.deleteLastPathComponent()
            }
        }
        throw CocoaError(.fileNoSuchFile)
    }
}
