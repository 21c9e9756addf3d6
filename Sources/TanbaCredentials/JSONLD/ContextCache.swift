import Foundation

/// Stands for one processed active context's value, so a cache can key later processing steps on
/// it without hashing the whole term map. Only `ContextCache` creates these, for results it keeps
/// for ever; an identity therefore never outlives, or is reused for, a different value.
final class ContextIdentity: Sendable {
    /// Every context with no terms and no settings has the same value, whatever produced it.
    static let pristine = ContextIdentity()
}

/// A scoped context (the `@context` of a term definition), boxed so it has an identity: the same
/// term definition hands the same box to every expansion, and the cache keys on it cheaply.
final class ScopedContext: Sendable, Equatable {
    let value: JSONValue

    init(_ value: JSONValue) {
        self.value = value
    }

    static func == (lhs: ScopedContext, rhs: ScopedContext) -> Bool {
        lhs === rhs || lhs.value == rhs.value
    }
}

/// The local context that expansion applies: one found in the document, or a term's scoped context.
enum LocalContext {
    case document(JSONValue)
    case scoped(ScopedContext)

    var value: JSONValue {
        switch self {
        case .document(let value): value
        case .scoped(let box): box.value
        }
    }
}

/// Results of Context Processing, so the large VC 2.0 / Open Badges contexts and their type- and
/// property-scoped contexts are processed once per loader instead of once per credential.
///
/// Sound because processing is a pure function of the input context's value, the local context,
/// the flags and the loader's documents, which never change for a given loader. Entries are never
/// removed or replaced (the first result stored wins), so every identity a key refers to stays
/// alive and keeps meaning one value.
///
/// `@unchecked Sendable`: the only mutable state is `entries`, read and written under `lock`.
/// NSLock rather than `Mutex`, which needs macOS 15 and the package declares no platforms.
final class ContextCache: @unchecked Sendable {
    /// Bounds memory when documents bring many inline contexts of their own; past it, results are
    /// still computed correctly, just not kept.
    static let maxEntries = 2_048

    private struct Key: Hashable {
        let base: ContextIdentity
        let local: Local
        let baseURL: String?
        let overrideProtected: Bool
        let propagate: Bool

        enum Local: Hashable {
            case document(JSONValue)
            case scoped(ScopedContext)

            static func == (lhs: Local, rhs: Local) -> Bool {
                switch (lhs, rhs) {
                case (.document(let a), .document(let b)): a == b
                // Identity, not value: the key holds the box, so its identity is never reused.
                case (.scoped(let a), .scoped(let b)): a === b
                default: false
                }
            }

            func hash(into hasher: inout Hasher) {
                switch self {
                case .document(let value): hasher.combine(0); hasher.combine(value)
                case .scoped(let box): hasher.combine(1); hasher.combine(ObjectIdentifier(box))
                }
            }
        }

        static func == (lhs: Key, rhs: Key) -> Bool {
            lhs.base === rhs.base && lhs.local == rhs.local && lhs.baseURL == rhs.baseURL
                && lhs.overrideProtected == rhs.overrideProtected && lhs.propagate == rhs.propagate
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(ObjectIdentifier(base))
            hasher.combine(local)
            hasher.combine(baseURL)
            hasher.combine(overrideProtected)
            hasher.combine(propagate)
        }
    }

    private let lock = NSLock()
    private var entries: [Key: ActiveContext] = [:]

    /// The processed context, from the cache when the same step was taken before.
    func process(
        _ activeContext: ActiveContext,
        localContext: LocalContext,
        baseURL: String?,
        overrideProtected: Bool,
        propagate: Bool,
        compute: (ActiveContext, JSONValue) throws -> ActiveContext
    ) throws -> ActiveContext {
        // A context without identity came from a step that was not cached (an inline context
        // beyond the limit, say): nothing derived from it can be cached either.
        guard let base = activeContext.identity ?? (activeContext.isPristine ? ContextIdentity.pristine : nil),
              let local = Self.cacheable(localContext)
        else { return try compute(activeContext, localContext.value) }
        let key = Key(base: base, local: local, baseURL: baseURL, overrideProtected: overrideProtected, propagate: propagate)
        if let cached = lock.withLock({ entries[key] }) { return cached }

        var result = try compute(activeContext, localContext.value)
        return lock.withLock {
            if let existing = entries[key] { return existing }
            guard entries.count < Self.maxEntries else { return result }
            result.identity = ContextIdentity()
            entries[key] = result
            return result
        }
    }

    private static func cacheable(_ localContext: LocalContext) -> Key.Local? {
        switch localContext {
        case .scoped(let box):
            return .scoped(box)
        case .document(let value):
            // Context URLs (the usual case) are cheap to hash; inline objects in a document are
            // arbitrary input and would only fill the cache.
            return value.asArray.allSatisfy({ $0.stringValue != nil || $0 == .null }) ? .document(value) : nil
        }
    }
}
