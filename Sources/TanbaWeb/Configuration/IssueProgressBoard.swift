import NIOConcurrencyHelpers
import Vapor

/// How far each session's bulk issue has got, for the page that polls it while the request runs.
final class IssueProgressBoard: Sendable {
    /// One session's bulk issue: certificates rendered and signed so far, of how many.
    struct Entry: Content {
        var done: Int
        var total: Int
        /// `rendering` while documents are drawn and signed, `saving` while the batch is written, `finished`.
        var stage: String
    }

    private let entries = NIOLockedValueBox<[UUID: Entry]>([:])

    /// A new bulk issue: whatever the last one reached is forgotten.
    func start(_ sessionID: UUID) {
        entries.withLockedValue { $0[sessionID] = Entry(done: 0, total: 0, stage: "rendering") }
    }

    func update(_ sessionID: UUID, done: Int, total: Int) {
        entries.withLockedValue { $0[sessionID] = Entry(done: done, total: total, stage: done < total ? "rendering" : "saving") }
    }

    func finish(_ sessionID: UUID) {
        entries.withLockedValue { entries in
            let total = entries[sessionID]?.total ?? 0
            entries[sessionID] = Entry(done: total, total: total, stage: "finished")
        }
    }

    func entry(_ sessionID: UUID) -> Entry? {
        entries.withLockedValue { $0[sessionID] }
    }
}
