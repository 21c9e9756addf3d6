import Foundation

/// Serialises issuing inside one process so SQLite never sees two writers race for the same number;
/// across processes the counter row's lock in PostgreSQL does the same.
actor IssuanceLock {
    static let shared = IssuanceLock()

    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// Runs `work` alone: an actor by itself would let a second issue start whenever the first awaits.
    nonisolated func run<T: Sendable>(_ work: @Sendable () async throws -> T) async throws -> T {
        await acquire()
        do {
            let result = try await work()
            await release()
            return result
        } catch {
            await release()
            throw error
        }
    }

    private func acquire() async {
        guard busy else {
            busy = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func release() {
        if waiting.isEmpty {
            busy = false
        } else {
            waiting.removeFirst().resume()
        }
    }
}
