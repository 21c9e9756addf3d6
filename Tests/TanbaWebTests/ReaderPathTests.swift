import Fluent
import Foundation
import NIOConcurrencyHelpers
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaPersistence
@testable import TanbaWeb

/// Reads never wait for writes (#17 item 1): while transactions hold every connection of the main
/// pool — as a bulk issue does — an employer's QR scan and the registry still answer.
@Suite(.serialized) struct ReaderPathTests {
    @Test func verificationAndTheRegistryAnswerWhileEveryWriterConnectionIsHeld() async throws {
        let (database, file) = LoginSecurityTests().sharedDatabase()
        defer { if let file { try? FileManager.default.removeItem(at: file) } }
        try await withTanba(database: database) { app, browser in
            let certificate = try await SurveyTests.certified(app, browser)
            // hold the main pool's connection on every event loop, as a long issuing transaction would
            let released = NIOLockedValueBox(false)
            let started = NIOLockedValueBox(0)
            var holders: [Task<Void, any Error>] = []
            for loop in app.eventLoopGroup.makeIterator() {
                let main = try #require(app.databases.database(logger: app.logger, on: loop))
                holders.append(Task {
                    try await main.transaction { db in
                        _ = try await CertificateModel.query(on: db).count()
                        started.withLockedValue { $0 += 1 }
                        try await Task.sleep(for: .seconds(4))
                    }
                    released.withLockedValue { $0 = true }
                })
            }
            let loops = Array(app.eventLoopGroup.makeIterator()).count
            while started.withLockedValue({ $0 }) < loops { try await Task.sleep(for: .milliseconds(20)) }
            let visitor = browser.fresh()
            #expect(try await visitor.get("/verify/\(certificate.token)").status == .ok)
            #expect(try await visitor.get("/api/v1/verify/\(certificate.token)").status == .ok)
            #expect(try await visitor.get("/?q=java").status == .ok)
            #expect(!released.withLockedValue { $0 }, "answered while the writers still held their connections")
            for holder in holders { try await holder.value }
        }
    }
}
