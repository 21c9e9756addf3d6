import NIOPosix
import Vapor

/// bcrypt off the event loop: a hash takes a quarter of a second on purpose, and on an event
/// loop it would hold up every other request that loop serves.
enum PasswordHasher {
    /// Work factor for new hashes (2^12 rounds).
    static let cost = 12

    static func hash(_ password: String) async throws -> String {
        try await NIOThreadPool.singleton.runIfActive { try Bcrypt.hash(password, cost: cost) }
    }

    /// Whether `password` matches `hash`; a malformed hash never matches.
    static func verify(_ password: String, against hash: String) async -> Bool {
        (try? await NIOThreadPool.singleton.runIfActive { try Bcrypt.verify(password, created: hash) }) ?? false
    }

    /// Spends the time a wrong password costs, for an unknown login: both are refused alike.
    static func verifyDecoy(_ password: String) async {
        _ = try? await NIOThreadPool.singleton.runIfActive { try Bcrypt.verify(password, created: decoy) }
    }

    /// A hash of no one's password with the same cost.
    private static let decoy: String = (try? Bcrypt.hash(RandomTokenText.make(), cost: cost)) ?? ""
}

/// A throw-away random string (the decoy's password).
private enum RandomTokenText {
    static func make() -> String { [UInt8].random(count: 24).base64 }
}
