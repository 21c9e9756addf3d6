import ArgumentParser
import Foundation
import Vapor
import TanbaCore
import TanbaPersistence
import TanbaWeb

/// The `tanba` command: serve, migrate, fill demo data, manage users.
@main
struct Tanba: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tanba",
        abstract: "Tanba: micro-credential programs, from draft to a verifiable certificate.",
        subcommands: [Serve.self, Migrate.self, Setup.self, Demo.self, UserCommand.self, TokenCommand.self, JournalCommand.self, BenchCommand.self,
                      KeysCommand.self, VerifyCommand.self, BackupCommand.self, RestoreCommand.self, AuditCommand.self]
    )
}

/// Runs `body` with a configured application, shutting it down afterwards.
///
/// Logs go to standard error at `LOG_LEVEL`, else at `defaultLogLevel`: one-shot commands keep
/// quiet so their own output stays readable.
func withApplication<T: Sendable>(arguments: [String] = ["tanba"], defaultLogLevel: Logger.Level = .notice,
                                  _ body: (Application) async throws -> T) async throws -> T {
    MemoryTuning.apply()
    let config = try AppConfig.fromEnvironment()
    // `--env` is taken out of the arguments here; the rest reaches Vapor's own command.
    let environment = try Environment.detect(arguments: arguments)
    let level = config.logLevel ?? defaultLogLevel
    LoggingSystem.bootstrap { label in
        var handler = StreamLogHandler.standardError(label: label)
        handler.logLevel = level
        return handler
    }
    let app = try await Application.make(environment)
    do {
        try await configure(app, config: config, clock: .live, random: .system)
        let result = try await body(app)
        try await app.asyncShutdown()
        return result
    } catch {
        try? await app.asyncShutdown()
        throw error
    }
}

/// Runs `work` with the application on a migrated SQLite database in a temporary file, removed afterwards.
func withScratchDatabase<Result: Sendable>(_ work: (Application) async throws -> Result) async throws -> Result {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("tanba-bench-\(UUID()).sqlite")
    defer { try? FileManager.default.removeItem(at: scratch) }
    setenv("DATABASE_URL", "sqlite://" + scratch.path, 1)
    return try await withApplication { app in
        try await app.autoMigrate()
        return try await work(app)
    }
}
