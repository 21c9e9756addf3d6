import Fluent
import Foundation
import TanbaCore

/// Staff API tokens for student information systems (Platonus, Univer); only hashes are stored.
public struct APITokenStore: Sendable {
    public let database: any Database
    public let clock: Clock

    public init(database: any Database, clock: Clock = .live) {
        self.database = database
        self.clock = clock
    }

    /// Creates a token for a staff user and returns it; it is shown once and never again.
    public func create(forLogin login: String, name: String) async throws -> String {
        guard let user = try await UserModel.query(on: database).filter(\.$login == login.lowercased()).first(),
              let role = user.role, role.isStaff, user.isActive
        else { throw LearningStoreError.notFound }
        var bytes = [UInt8](repeating: 0, count: 32)
        var generator = SystemRandomNumberGenerator()
        for index in bytes.indices { bytes[index] = generator.next() }
        let token = "tnb_" + Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        try await APITokenModel(userID: try user.requireID(), name: String(name.prefix(100)),
                                tokenHash: Self.hash(token), at: clock.now()).create(on: database)
        return token
    }

    /// The user a token acts for, or nil for an unknown or revoked token.
    public func user(forToken token: String) async throws -> UserModel? {
        guard token.hasPrefix("tnb_"), token.count < 200,
              let record = try await APITokenModel.query(on: database).filter(\.$tokenHash == Self.hash(token)).first(),
              record.revokedAt == nil,
              let user = try await UserModel.find(record.userID, on: database), user.isActive
        else { return nil }
        return user
    }

    static func hash(_ token: String) -> String {
        Digest.sha256Hex(Array(token.utf8))
    }
}
