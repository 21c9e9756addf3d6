import ArgumentParser
import Foundation
import TanbaCore
import TanbaPersistence
import TanbaWeb

/// `tanba journal --format csv`: the journal of issued documents on standard output.
struct JournalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal",
        abstract: "Print the journal of issued documents: number, status, type, learner, program, issue date, verification URL.")

    @Option(help: "Output format; csv is the one there is.") var format = "csv"
    @Option(help: "Language of the headers, statuses and document types: ru, kk or en.") var language: LanguageCode = .russian
    @Option(help: "Only documents issued on or after this day (YYYY-MM-DD, Almaty).") var from: String?
    @Option(help: "Only documents issued on or before this day (YYYY-MM-DD, Almaty).") var to: String?

    func validate() throws {
        guard format == "csv" else { throw ValidationError("unknown format \(format); use csv") }
        for (name, day) in [("--from", from), ("--to", to)] {
            if let day, AlmatyDate.day(iso: day) == nil { throw ValidationError("\(name) \(day) is not a day; use YYYY-MM-DD") }
        }
    }

    func run() async throws {
        let config = try AppConfig.fromEnvironment()
        let data = try await withApplication { app in
            try await app.autoMigrate()
            let journal = try await CertificateQueries(database: app.db).journal(issuedFrom: from, issuedTo: to)
            let policy = try await SettingsStore.policy(on: app.db)
            return try JournalExport.csv(journal, publicURL: config.publicURL, localizer: try Localizer.bundled(),
                                         language: language, variant: policy.awardDocument.wordingVariant)
        }
        FileHandle.standardOutput.write(data)
    }
}

extension LanguageCode: ExpressibleByArgument {}
