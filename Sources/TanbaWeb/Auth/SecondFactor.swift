import Fluent
import Vapor
import TanbaCore
import TanbaCredentials
import TanbaPersistence

/// A user's TOTP second factor: set up (a secret sealed with the key-encryption key), confirmed by
/// a first code, asked for at every sign-in, and removed only with a current code.
struct SecondFactor: Sendable {
    let database: any Database
    let keyEncryptionKey: KeyEncryptionKey
    let clock: Clock
    let random: RandomSource

    /// Why a change to the second factor was refused.
    enum Refusal: Error {
        case notAllowedForRole
        case wrongCode
        case notSetUp
    }

    /// Starts (or restarts) setting up: a new secret, not asked for until confirmed. Returns it.
    func begin(for user: UserModel) async throws -> [UInt8] {
        guard try user.role.may(.useSecondFactor) else { throw Refusal.notAllowedForRole }
        guard !user.hasSecondFactor else { throw Refusal.notSetUp }
        let secret = TOTP.newSecret(from: random)
        user.sealedTOTPSecret = try keyEncryptionKey.seal(secret, context: try Self.context(user))
        user.totpEnabledAt = nil
        user.totpLastStep = nil
        try await user.update(on: database)
        return secret
    }

    /// The secret being set up or in use.
    func secret(of user: UserModel) throws -> [UInt8]? {
        guard let sealed = user.sealedTOTPSecret else { return nil }
        return try keyEncryptionKey.open(sealed, context: try Self.context(user))
    }

    /// Turns the second factor on with the first right code.
    func confirm(code: String, for user: UserModel) async throws {
        guard user.sealedTOTPSecret != nil, !user.hasSecondFactor else { throw Refusal.notSetUp }
        guard try await acceptCode(code, for: user, enabling: true) else { throw Refusal.wrongCode }
    }

    /// Turns it off with a current code.
    func disable(code: String, for user: UserModel) async throws {
        guard user.hasSecondFactor else { throw Refusal.notSetUp }
        guard try await acceptCode(code, for: user) else { throw Refusal.wrongCode }
        user.sealedTOTPSecret = nil
        user.totpEnabledAt = nil
        user.totpLastStep = nil
        try await user.update(on: database)
    }

    /// Whether `code` is right now and not used before; an accepted code's step is remembered.
    func acceptCode(_ code: String, for user: UserModel, enabling: Bool = false) async throws -> Bool {
        guard let secret = try secret(of: user), let step = TOTP.matchingStep(code: code, secret: secret, at: clock.now()),
              step > (user.totpLastStep ?? .min) else { return false }
        user.totpLastStep = step
        if enabling { user.totpEnabledAt = clock.now() }
        try await user.update(on: database)
        return true
    }

    private static func context(_ user: UserModel) throws -> String {
        "tanba-totp-v1\u{0}\(try user.requireID().uuidString)"
    }
}

extension Request {
    func secondFactor() throws -> SecondFactor {
        let services = try services()
        return SecondFactor(database: db, keyEncryptionKey: services.issuer.keyEncryptionKey, clock: services.clock, random: services.random)
    }
}
