import ArgumentParser
import Foundation
import TanbaPersistence
import TanbaWeb

/// `tanba journal --format csv`: the journal of issued documents on standard output.
struct JournalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal",
        abstract: "Print the journal of issued documents: number, status, type, learner, program, issue date, verification URL.")

    @Option(help: "Output format; csv is the one there is.") var format = "csv"

    func validate() throws {
        guard format == "csv" else { throw ValidationError("unknown format \(format); use csv") }
    }

    func run() async throws {
        let config = try AppConfig.fromEnvironment()
        let data = try await withApplication { app in
            try await app.autoMigrate()
            return try JournalExport.csv(try await CertificateStore(database: app.db).journal(), publicURL: config.publicURL)
        }
        FileHandle.standardOutput.write(data)
    }
}
