import ArgumentParser
import Foundation
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

    func run(_ arguments: [String], database: URL, input: String? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = try tanbaBinary()
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["DATABASE_URL"] = "sqlite://" + database.path
        environment["LOG_LEVEL"] = "error"
        environment["TANBA_STORAGE_DIR"] = database.deletingPathExtension().path + "-files"
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
        #expect(weak.output.contains("at least 8 characters"))
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
}
