import Crypto
import Fluent
import Foundation
import TanbaCore

/// The audit trail as a hash chain (#17 item 6): each event carries its position and the SHA-256
/// of its predecessor's hash with its own fields, so an event edited, deleted or slipped in by
/// someone with database access is found by `verify`. Appends are serialised by the counter row,
/// which the appending transaction holds until it commits.
public enum AuditChain {
    static let counterKey = "audit-chain"
    /// The hash before the first event.
    static let genesis = String(repeating: "0", count: 64)

    /// Gives `events` the next positions and their hashes; call inside the transaction that inserts them.
    public static func link(_ events: [AuditEventModel], on db: any Database) async throws {
        guard !events.isEmpty else { return }
        let last = try await CounterStore.reserve(events.count, of: counterKey, on: db)
        let first = last - events.count + 1
        var previous = genesis
        if first > 1 {
            guard let before = try await AuditEventModel.query(on: db).filter(\.$chainPosition == first - 1).first()?.chainHash else {
                throw AuditChainError.headMissing(position: first - 1)
            }
            previous = before
        }
        for (offset, event) in events.enumerated() {
            if event.id == nil { event.id = UUID() }
            // Whole milliseconds, so the time hashed is the time every database gives back.
            event.at = Date(timeIntervalSince1970: (event.at.timeIntervalSince1970 * 1000).rounded(.down) / 1000)
            event.chainPosition = first + offset
            event.chainHash = hash(event, previous: previous)
            previous = event.chainHash ?? previous
        }
    }

    /// What the chain says of the trail.
    public struct Report: Sendable, Equatable {
        public let events: Int
        public let problem: Problem?
    }

    /// The first break found, by position.
    public enum Problem: Sendable, Equatable, CustomStringConvertible {
        /// The event at this position does not hash to what is stored: it was edited.
        case edited(position: Int, id: UUID)
        /// No event holds this position: it was deleted.
        case missing(position: Int)
        /// An event outside the chain: inserted without it.
        case unchained(id: UUID)

        public var description: String {
            switch self {
            case .edited(let position, let id): "the event at position \(position) (\(id)) was changed after it was written"
            case .missing(let position): "the event at position \(position) is missing: it was deleted"
            case .unchained(let id): "the event \(id) is not in the chain: it was inserted by hand"
            }
        }
    }

    /// Walks the whole chain in order, a page at a time.
    public static func verify(on db: any Database) async throws -> Report {
        if let stray = try await AuditEventModel.query(on: db).filter(\.$chainPosition == nil).first() {
            return Report(events: try await AuditEventModel.query(on: db).count(), problem: .unchained(id: try stray.requireID()))
        }
        var previous = genesis, expected = 1, checked = 0
        while true {
            let page = try await AuditEventModel.query(on: db).filter(\.$chainPosition >= expected).sort(\.$chainPosition)
                .limit(2_000).all()
            if page.isEmpty { break }
            for event in page {
                guard let position = event.chainPosition else { continue }
                guard position == expected else { return Report(events: checked, problem: .missing(position: expected)) }
                let computed = hash(event, previous: previous)
                guard computed == event.chainHash else {
                    return Report(events: checked, problem: .edited(position: position, id: try event.requireID()))
                }
                previous = computed
                expected += 1
                checked += 1
            }
        }
        // The counter knows how many were appended: a deleted last event leaves a gap at the end.
        if let appended = try await CounterModel.find(counterKey, on: db)?.value, appended >= expected {
            return Report(events: checked, problem: .missing(position: expected))
        }
        return Report(events: checked, problem: nil)
    }

    static func hash(_ event: AuditEventModel, previous: String) -> String {
        let milliseconds = Int64((event.at.timeIntervalSince1970 * 1000).rounded())
        let fields = [previous, "\(event.chainPosition ?? 0)", "\(milliseconds)", event.actorID.uuidString, event.actorName, event.action,
                      event.subjectID.uuidString, event.details]
        // Lengths first, so no two different field lists join into the same text.
        let text = fields.map { "\($0.utf8.count):\($0)" }.joined(separator: "\n")
        return SHA256.hash(data: Data(text.utf8)).hexString
    }
}

/// The chain cannot be extended: its last event is gone.
public enum AuditChainError: Error, Equatable {
    case headMissing(position: Int)
}

/// Links every audit event created through Fluent into the chain, in the creating transaction
/// (or one of its own).
public struct AuditChainMiddleware: AsyncModelMiddleware {
    public init() {}

    public func create(model: AuditEventModel, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        if db.inTransaction {
            try await AuditChain.link([model], on: db)
            try await next.create(model, on: db)
        } else {
            try await db.transaction { transaction in
                try await AuditChain.link([model], on: transaction)
                try await next.create(model, on: transaction)
            }
        }
    }
}
