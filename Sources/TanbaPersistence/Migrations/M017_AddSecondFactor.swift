import Fluent

/// A user may add a TOTP second factor: the sealed secret, when it was confirmed, and the last
/// time step used, so a code is never accepted twice.
public struct M017_AddSecondFactor: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema("users").field("totp_secret", .string).update()
        try await database.schema("users").field("totp_enabled_at", .datetime).update()
        try await database.schema("users").field("totp_last_step", .int64).update()
    }

    public func revert(on database: any Database) async throws {
        for field in ["totp_last_step", "totp_enabled_at", "totp_secret"] {
            try await database.schema("users").deleteField(.string(field)).update()
        }
    }
}
