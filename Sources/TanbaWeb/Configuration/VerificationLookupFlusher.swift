import Foundation
import NIOConcurrencyHelpers
import Vapor
import TanbaPersistence

/// Writes the verification counts once a minute and when the server stops, so a public
/// verification itself never writes.
final class VerificationLookupFlusher: LifecycleHandler, Sendable {
    static let interval: Duration = .seconds(60)
    private let task = NIOLockedValueBox<Task<Void, Never>?>(nil)

    func didBootAsync(_ application: Application) async throws {
        guard let lookups = application.services?.verificationLookups else { return }
        let database = application.db, logger = application.logger
        task.withLockedValue { $0 = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: Self.interval)
                do { try await lookups.flush(on: database) } catch { logger.warning("verification counts not written: \(error)") }
            }
        } }
    }

    func shutdownAsync(_ application: Application) async {
        task.withLockedValue { $0?.cancel() }
        do { try await application.services?.verificationLookups.flush(on: application.db) }
        catch { application.logger.warning("verification counts not written at shutdown: \(error)") }
    }
}
