import Fluent
import Vapor
import TanbaCore
import TanbaPersistence

/// Creates users with checked logins and Bcrypt-hashed passwords; used by the admin page and `tanba user create`.
public struct UserDirectory: Sendable {
    public static let minimumPasswordLength = 8

    let database: any Database
    let clock: Clock

    public init(database: any Database, clock: Clock = .live) {
        self.database = database
        self.clock = clock
    }

    @discardableResult
    public func create(login rawLogin: String, fullName rawName: String, roleName: String, password: String) async throws -> UserModel {
        let login = rawLogin.trimmingCharacters(in: .whitespaces).lowercased()
        let fullName = rawName.trimmingCharacters(in: .whitespacesAndNewlines)
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyz0123456789._-@")
        guard !login.isEmpty, login.count <= 64, login.unicodeScalars.allSatisfy(allowed.contains) else {
            throw UserDirectoryError.invalidLogin
        }
        guard !fullName.isEmpty, fullName.count <= 200 else { throw UserDirectoryError.invalidName }
        guard let role = Role(rawValue: roleName) else { throw UserDirectoryError.unknownRole(roleName) }
        guard password.count >= Self.minimumPasswordLength, password.count <= 72 else {
            throw UserDirectoryError.weakPassword
        }
        if try await UserModel.query(on: database).filter(\.$login == login).first() != nil {
            throw UserDirectoryError.loginTaken(login)
        }
        let user = UserModel(login: login, fullName: fullName, role: role,
                             passwordHash: try Bcrypt.hash(password), createdAt: clock.now())
        try await user.create(on: database)
        return user
    }
}

/// Why a user was not created.
public enum UserDirectoryError: Error, Equatable, CustomStringConvertible {
    case invalidLogin
    case invalidName
    case unknownRole(String)
    case weakPassword
    case loginTaken(String)

    var messageKey: String {
        switch self {
        case .invalidLogin: "user.error.login"
        case .invalidName: "user.error.name"
        case .unknownRole: "user.error.role"
        case .weakPassword: "user.error.password"
        case .loginTaken: "user.error.taken"
        }
    }

    var arguments: [String: String] {
        switch self {
        case .unknownRole(let role): ["role": role]
        case .loginTaken(let login): ["login": login]
        case .weakPassword: ["min": "\(UserDirectory.minimumPasswordLength)"]
        default: [:]
        }
    }

    public var description: String {
        switch self {
        case .invalidLogin: "login must be 1-64 characters of a-z, 0-9, '.', '_', '-', '@'"
        case .invalidName: "full name must be 1-200 characters"
        case .unknownRole(let role): "unknown role \(role); one of: \(Role.allCases.map(\.rawValue).joined(separator: ", "))"
        case .weakPassword: "password must be at least \(UserDirectory.minimumPasswordLength) characters"
        case .loginTaken(let login): "login \(login) is taken"
        }
    }
}
