import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting
import TanbaPersistence
@testable import TanbaWeb

@Suite struct DatabaseSetupTests {
    @Test func aSQLiteFileDatabaseUsesWriteAheadLoggingSoReadersNeverWaitForAnIssue() async throws {
        // setup
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tanba-wal-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("tanba.sqlite").path

        // act
        try await withApp(configure: { app in
            try await configure(app, config: AppConfig(database: .sqliteFile(path: file), storageDirectory: directory,
                                                       uploadMaxBytes: 1024 * 1024, keyEncryptionKey: .generate()),
                                clock: .fixed(Date(timeIntervalSince1970: 1_788_000_000)), random: .system)
        }) { app in
            // check
            let row = try #require(try await (app.db as? any SQLDatabase)?.raw("PRAGMA journal_mode").first())
            #expect(try row.decode(column: "journal_mode", as: String.self) == "wal")
        }
    }
}
