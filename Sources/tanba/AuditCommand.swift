import ArgumentParser
import Foundation
import TanbaPersistence
import TanbaWeb

/// `tanba audit verify`: walks the audit trail's hash chain and names the first event that was
/// edited, deleted or inserted by hand.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "The audit trail.", subcommands: [Verify.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the audit trail's hash chain; exit 1 naming the first event edited, deleted or inserted by hand.")

        func run() async throws {
            let report = try await withApplication { app in
                try await app.autoMigrate()
                return try await AuditChain.verify(on: app.db)
            }
            if let problem = report.problem {
                print("Audit trail broken after \(report.events) intact events: \(problem).")
                throw ExitCode(1)
            }
            print("Audit trail intact: \(report.events) events, each linked to the one before.")
        }
    }
}
