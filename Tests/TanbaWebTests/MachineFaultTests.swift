import Fluent
import SQLKit
import FluentSQLiteDriver
import Foundation
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaPersistence
@testable import TanbaWeb

/// Faults of the machine (#17): a storage folder that cannot be written or a full disk is told to
/// the user in their language, changes nothing and leaves no file; the server names what is wrong
/// with its storage or its database file before it starts.
@Suite(.serialized) struct MachineFaultTests {
    /// sysfs: a folder that exists and where nobody, root included, may create a file.
    static let unwritable = URL(fileURLWithPath: "/sys")

    @Test func aStorageFolderThatCannotBeWrittenIsNamedAsSuchWithoutItsPath() throws {
        let storage = try DirectoryDocumentStorage(directory: Self.unwritable)
        #expect(throws: DocumentStorageError.readOnly) { try storage.store(Array("%PDF-1.4".utf8), fileExtension: "pdf") }
        #expect(throws: DocumentStorageError.readOnly) { try storage.checkWritable() }
        // a good folder keeps the file under its final name and nothing half-written beside it
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tanba-fault-\(UUID())")
        let good = try DirectoryDocumentStorage(directory: folder)
        let name = try good.store(Array(repeating: 7, count: 100_000), fileExtension: "pdf")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [name])
        #expect(try good.read(name).count == 100_000)
        try? FileManager.default.removeItem(at: folder)
        #expect(DocumentStorageError(errno: ENOSPC) == .full)
        #expect(DocumentStorageError(errno: EROFS) == .readOnly)
    }

    @Test func anUploadThatCannotBeStoredIsRefusedInTheUsersLanguageAndChangesNothing() async throws {
        try await withTanba(clock: .fixed(applicationDay)) { app, browser in
            let fixture = try await EnrollmentFixture.make(app)
            let services = try #require(app.services)
            app.services = AppServices(config: services.config, clock: services.clock, random: services.random,
                                       storage: try DirectoryDocumentStorage(directory: Self.unwritable), issuer: services.issuer,
                                       statusListCache: services.statusListCache, issueProgress: services.issueProgress,
                                       lookupLimiter: services.lookupLimiter, verificationLookups: services.verificationLookups)
            let refused = try await EnrollmentTests().apply(browser, fixture, files: [.pdf()])
            #expect(refused.status == .serviceUnavailable)
            #expect(refused.body.string.contains("Хранилище документов сейчас недоступно для записи"))
            #expect(!refused.body.string.contains("/sys"), "the path stays in the log")
            #expect(refused.headers.first(name: .retryAfter) == "300")
            #expect(try await ApplicationModel.query(on: app.db).count() == 0)
            #expect(try await ApplicationDocumentModel.query(on: app.db).count() == 0)
        }
    }

    @Test func aDatabaseFileThatCannotBeOpenedIsNamedBeforeTheServerStarts() throws {
        let missing = "/nonexistent-\(UUID())/tanba.sqlite"
        do {
            try checkDatabaseFile(missing)
            Issue.record("a database in a missing folder was accepted")
        } catch let error as ConfigError {
            #expect(error.description.contains(missing))
        }
        do {
            try checkDatabaseFile("/sys/tanba.sqlite")
            Issue.record("a database in an unwritable folder was accepted")
        } catch let error as ConfigError {
            #expect(error.description.contains("/sys/tanba.sqlite") && error.description.contains("cannot be created"))
        }
    }

    @Test func aDatabaseThatCannotBeWrittenIsTold503InTheUsersLanguage() async throws {
        // a real driver error: a write to a SQLite connection switched to query-only
        let threads = MultiThreadedEventLoopGroup.singleton
        let connection = try await SQLiteConnection.open(storage: .memory, threadPool: .singleton, on: threads.any()).get()
        _ = try await connection.query("CREATE TABLE t (x INTEGER)").get()
        _ = try await connection.query("PRAGMA query_only = 1").get()
        var caught: (any Error)?
        do { _ = try await connection.query("INSERT INTO t VALUES (1)").get() } catch { caught = error }
        try await connection.close().get()
        let error = try #require(caught)
        #expect(MachineFault.of(error) == .databaseReadOnly, "\(error)")
        try await withTanba { app, browser in
            app.get("test-fault") { _ -> String in throw error }
            let page = try await browser.get("/test-fault")
            #expect(page.status == .serviceUnavailable)
            #expect(page.body.string.contains("База данных сейчас открыта только для чтения"))
            #expect(!page.body.string.contains("readonly"), "the driver's words stay in the log")
            #expect(page.headers.first(name: .retryAfter) == "300")
        }
    }
}
