import ArgumentParser
import Foundation
import TanbaCredentials
import TanbaPersistence
import TanbaWeb

/// `tanba verify FILE`: checks an Open Badges 3.0 credential completely, offline.
struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Verify an Open Badges 3.0 credential: JSON Schema, proof, key resolution, status and validity dates.",
        discussion: """
            Credentials of this installation are checked against its issuer profile and status lists in the database; \
            did:key issuers resolve from the identifier. Nothing is fetched from the network. Exit status: 0 valid, \
            1 invalid or revoked, 2 unsupported (never a pass).
            """)

    @Argument(help: "The credential file (JSON); - reads standard input.") var file: String
    @Flag(help: "Print the report as one JSON object.") var json = false

    func run() async throws {
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: file) else { throw ValidationError("cannot read \(file)") }
            data = contents
        }
        let config = try AppConfig.fromEnvironment()
        let report = try await withApplication { app in
            try await app.autoMigrate()
            return try await InstallationVerifier(database: app.db, issuer: try config.openBadgesIssuer(), clock: .live).verify(data)
        }
        if json {
            print(String(decoding: report.jsonValue.serialized(), as: UTF8.self))
        } else {
            print(report.description)
        }
        switch report.status {
        case .valid: return
        case .unsupported: throw ExitCode(2)
        case .invalid, .revoked, .suspended: throw ExitCode(1)
        }
    }
}
