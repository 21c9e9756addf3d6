import ArgumentParser
import FluentSQLiteDriver
import Logging
import NIOPosix
import Foundation
import SQLKit
import TanbaPersistence
import TanbaWeb

/// `tanba backup FILE` and `tanba restore FILE`: the database as one file, taken while the server
/// runs. The key-encryption key (`TANBA_KEY_ENCRYPTION_KEY`) is never in it: keep it apart, or the
/// signing keys in the backup cannot be used.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the database into FILE while the server runs (SQLite: VACUUM INTO; PostgreSQL: pg_dump, custom format).")

    @Argument(help: "The backup file to write; it must not exist yet.") var file: String

    func run() async throws {
        let config = try AppConfig.fromEnvironment()
        guard !FileManager.default.fileExists(atPath: file) else { throw ValidationError("\(file) exists already; name a new file") }
        switch config.database {
        case .sqliteFile:
            let certificates = try await withApplication { app in
                guard let sql = app.db as? any SQLDatabase else { throw ValidationError("the database does not speak SQL") }
                // A consistent copy inside one read transaction: the server keeps serving while it is taken.
                try await sql.raw("VACUUM INTO \(bind: file)").run()
                return try await CertificateModel.query(on: app.db).count()
            }
            try await BackupFile.check(file, expectedCertificates: certificates)
            print("Backup written to \(file): \(certificates) certificates, integrity ok. The key-encryption key is not in it.")
        case .postgres(let url):
            try BackupFile.runTool("pg_dump", ["--format=custom", "--no-owner", "--file", file, url])
            print("Backup written to \(file) by pg_dump. The key-encryption key is not in it.")
        case .sqliteMemory:
            throw ValidationError("an in-memory database has nothing to back up")
        }
    }
}

/// `tanba restore FILE`: puts a backup in place of the database named by DATABASE_URL, after
/// checking it; with the server stopped.
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Put a backup in place of the database (server stopped). SQLite: checked, then copied; PostgreSQL: pg_restore.")

    @Argument(help: "The backup file.") var file: String
    @Flag(help: "Replace a database that has data.") var force = false

    func run() async throws {
        let config = try AppConfig.fromEnvironment()
        guard FileManager.default.fileExists(atPath: file) else { throw ValidationError("\(file) does not exist") }
        switch config.database {
        case .sqliteFile(let path):
            let certificates = try await BackupFile.check(file, expectedCertificates: nil)
            let chain = try await BackupFile.checkChain(file)
            if FileManager.default.fileExists(atPath: path) {
                guard force else { throw ValidationError("\(path) exists; stop the server and add --force to replace it") }
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            }
            try FileManager.default.copyItem(atPath: file, toPath: path)
            print("Restored \(file) to \(path): \(certificates) certificates; \(chain). Start the server with the same key-encryption key.")
        case .postgres(let url):
            try BackupFile.runTool("pg_restore", ["--clean", "--if-exists", "--no-owner", "--dbname", url, file])
            print("Restored \(file) with pg_restore.")
        case .sqliteMemory:
            throw ValidationError("an in-memory database cannot be restored into")
        }
    }
}

/// Checks of a SQLite backup file before it is trusted.
enum BackupFile {
    /// Opens the file on its own, runs SQLite's integrity check and counts its certificates;
    /// refuses a file that is no Tanba database or whose count differs from `expectedCertificates`.
    @discardableResult
    static func check(_ path: String, expectedCertificates: Int?) async throws -> Int {
        let connection = try await SQLiteConnection.open(storage: .file(path: path)).get()
        do {
            let integrity = try await connection.query("PRAGMA integrity_check").get().first?.column("integrity_check")?.string
            guard integrity == "ok" else { throw ValidationError("\(path) fails SQLite's integrity check: \(integrity ?? "no answer")") }
            guard let count = try await connection.query("SELECT count(*) AS n FROM certificates").get().first?.column("n")?.integer else {
                throw ValidationError("\(path) is not a Tanba database")
            }
            if let expectedCertificates, count != expectedCertificates {
                throw ValidationError("\(path) holds \(count) certificates, the database \(expectedCertificates)")
            }
            try await connection.close().get()
            return count
        } catch {
            try? await connection.close().get()
            throw error
        }
    }

    /// Walks the backup's audit chain before it is trusted: a backup edited by hand is refused,
    /// naming the first event that breaks the chain. A backup made before the chain existed says so.
    static func checkChain(_ path: String) async throws -> String {
        let databases = Databases(threadPool: .singleton, on: MultiThreadedEventLoopGroup.singleton)
        let id = DatabaseID(string: "backup")
        databases.use(.sqlite(.file(path)), as: id)
        guard let database = databases.database(id, logger: Logger(label: "tanba.restore"), on: MultiThreadedEventLoopGroup.singleton.any())
        else { throw ValidationError("\(path) could not be opened") }
        let report: AuditChain.Report
        do {
            report = try await AuditChain.verify(on: database)
        } catch {
            await databases.shutdownAsync()
            return "its audit trail predates the hash chain and could not be checked"
        }
        await databases.shutdownAsync()
        if let problem = report.problem {
            throw ValidationError("\(path) is refused: its audit trail was tampered with — \(problem)")
        }
        return "audit chain intact (\(report.events) events)"
    }

    static func runTool(_ tool: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ValidationError("\(tool) failed (exit \(process.terminationStatus))") }
    }
}
