import Foundation

/// The last proof configuration a suite canonicalised, and its N-Quads.
///
/// A bulk issue signs every credential of a batch with the same options (key, purpose, creation
/// time) under the same `@context`, so the configuration's RDFC-1.0 form is computed once per batch
/// instead of once per credential. Only an exactly equal configuration is answered from memory.
final class ProofConfigurationMemo: @unchecked Sendable {
    // Guards `last`; the suite is shared by the threads that sign a batch.
    private let lock = NSLock()
    private var last: (configuration: JSONValue, canonical: String)?

    func canonical(for configuration: JSONValue, compute: () throws -> String) rethrows -> String {
        if let hit = lock.withLock({ last.flatMap { $0.configuration == configuration ? $0.canonical : nil } }) {
            return hit
        }
        let canonical = try compute()
        lock.withLock { last = (configuration, canonical) }
        return canonical
    }
}
