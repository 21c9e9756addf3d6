import Fluent
import Foundation
import TanbaCore

/// Reading user accounts: by login to sign in, by id for a session, all of them for the administrator.
public struct UserAccounts: Sendable {
    public let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    /// The account with `login` as stored (lower-case), if any.
    public func account(login: String) async throws -> UserModel? {
        try await UserModel.query(on: database).filter(\.$login == login).first()
    }

    public func account(_ id: UUID) async throws -> UserModel? {
        try await UserModel.find(id, on: database)
    }

    /// Every account by login, for the administrator's list.
    public func all() async throws -> [UserModel] {
        try await UserModel.query(on: database).sort(\.$login).all()
    }
}
