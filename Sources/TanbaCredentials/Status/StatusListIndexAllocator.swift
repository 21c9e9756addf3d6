/// Picks the status list index for a new credential: uniformly at random among the unused ones,
/// never in issue order, so an index reveals nothing about when (or after whom) a learner was
/// certified and neighbouring bits do not belong to the same cohort.
public struct StatusListIndexAllocator: Sendable {
    /// The list length; indexes are in `0..<size`.
    public let size: Int

    /// Rejection sampling is tried this many times before falling back to counting free slots;
    /// with a list under half full, 32 misses in a row happen with probability below 2^-32.
    static let maxRandomAttempts = 32

    public init(size: Int = BitstringStatusList.minimumBitCount) throws {
        guard size >= BitstringStatusList.minimumBitCount else {
            throw CredentialInputError(field: "size", reason: "a status list holds at least \(BitstringStatusList.minimumBitCount) entries")
        }
        self.size = size
    }

    /// A random index not in `used`, from the system's cryptographically secure generator.
    public func allocate(excluding used: Set<Int>) throws -> Int {
        var generator = SystemRandomNumberGenerator()
        return try allocate(excluding: used, using: &generator)
    }

    /// A uniformly random index not in `used`; the generator is injectable so tests are deterministic.
    /// Throws `CredentialError.invalidStatusList` when every index is taken (start a new list).
    public func allocate<Generator: RandomNumberGenerator>(excluding used: Set<Int>, using generator: inout Generator) throws -> Int {
        let usedInRange = used.count(where: { (0..<size).contains($0) })
        let free = size - usedInRange
        guard free > 0 else {
            throw CredentialError.invalidStatusList("all \(size) indexes of the list are used; allocate from a new list")
        }
        for _ in 0..<Self.maxRandomAttempts {
            let candidate = Int.random(in: 0..<size, using: &generator)
            if !used.contains(candidate) { return candidate }
        }
        // A nearly full list: choose the k-th free index, which is still uniform over the free ones.
        var remaining = Int.random(in: 0..<free, using: &generator)
        for index in 0..<size where !used.contains(index) {
            if remaining == 0 { return index }
            remaining -= 1
        }
        throw CredentialError.invalidStatusList("no free index found in a list of \(size)")
    }
}
