import ArgumentParser
import Foundation
import TanbaPersistence
import TanbaBenchmarks
import TanbaWeb

/// `tanba bench ...`: measurements recorded in docs/performance.md.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bench", abstract: "Run a benchmark.", subcommands: [Issue.self, Session.self, Credentials.self])

    /// `tanba bench issue --count N [--json]`.
    struct Issue: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Issue N certificates end to end (number, token, certificate and transcript PDFs, journal row) into a scratch database.")

        @Option(help: "How many certificates to issue.") var count = 1_000
        @Flag(help: "Print one JSON object as the last line.") var json = false

        func validate() throws {
            guard (1...100_000).contains(count) else { throw ValidationError("--count must be from 1 to 100000") }
        }

        func run() async throws {
            let result = try await withScratchDatabase { app in
                try await IssueBenchmark(count: count, localizer: try Localizer.bundled()).run(on: app.db)
            }
            print("Issued \(result.count) certificates in \(String(format: "%.2f", result.seconds)) s "
                  + "(\(String(format: "%.1f", result.perSecond)) per second); stages: \(BenchCommand.line(result.stages))")
            if json { try BenchCommand.printJSON(result) }
        }
    }

    /// `tanba bench session --learners N [--json]`.
    struct Session: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Take one intake of N learners through the final attestation as the registrar's pages do: import every "
                + "mark, list the ready learners, record one voting form, close the protocol, issue every certificate.")

        @Option(help: "How many learners the intake has.") var learners = 200
        @Flag(help: "Print one JSON object as the last line.") var json = false

        func validate() throws {
            guard (1...10_000).contains(learners) else { throw ValidationError("--learners must be from 1 to 10000") }
        }

        func run() async throws {
            let result = try await withScratchDatabase { app in
                try await SessionBenchmark(learners: learners, localizer: try Localizer.bundled()).run(on: app.db)
            }
            print("Attested and certified \(result.learners) learners in \(String(format: "%.2f", result.seconds)) s; "
                  + "steps: \(BenchCommand.line(result.stages))")
            if json { try BenchCommand.printJSON(result) }
        }
    }

    /// `tanba bench credentials --count N [--json]`.
    struct Credentials: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Sign N Open Badges 3.0 certificate credentials, then verify each completely, on one core.")

        @Option(help: "How many credentials to sign and verify.") var count = 1_000
        @Flag(help: "Print one JSON object as the last line.") var json = false

        func validate() throws {
            guard (1...100_000).contains(count) else { throw ValidationError("--count must be from 1 to 100000") }
        }

        func run() async throws {
            let result = try CredentialBenchmark(count: count).run()
            print("Signed \(result.count) credentials in \(String(format: "%.2f", result.signSeconds)) s "
                  + "(\(String(format: "%.1f", result.signedPerSecond)) per second); verified them in "
                  + "\(String(format: "%.2f", result.verifySeconds)) s (\(String(format: "%.1f", result.verifiedPerSecond)) per second)")
            if json { try BenchCommand.printJSON(result) }
        }
    }

    /// "name 1.23 s, ..." in name order.
    static func line(_ stages: [String: Double]) -> String {
        stages.sorted { $0.key < $1.key }.map { "\($0.key) \(String(format: "%.2f", $0.value)) s" }.joined(separator: ", ")
    }

    /// The result as one JSON line with sorted keys: the last line `--json` promises.
    static func printJSON(_ result: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        print(String(decoding: try encoder.encode(result), as: UTF8.self))
    }
}
