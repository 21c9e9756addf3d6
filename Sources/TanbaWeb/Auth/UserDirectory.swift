import Fluent
import Vapor
import TanbaCore
import TanbaPersistence

/// Creates users with checked logins and Bcrypt-hashed passwords; used by the admin page and `tanba user create`.
public struct UserDirectory: Sendable {

    let database: any Database
    let clock: Clock

    public init(database: any Database, clock: Clock) {
        self.database = database
        self.clock = clock
    }

    /// Whether a new password is held to `PasswordPolicy`: only the demo's published passwords are not.
    public enum PasswordCheck: Sendable {
        case policy
        case demoOnly
    }

    @discardableResult
    public func create(login rawLogin: String, fullName rawName: String, roleName: String, password: String,
                       position: String? = nil, workplace: String? = nil, check: PasswordCheck = .policy) async throws -> UserModel {
        let login: String, fullName: String
        do {
            login = try AccountName.login(rawLogin)
            fullName = try AccountName.fullName(rawName)
        } catch {
            throw error == .invalidLogin ? UserDirectoryError.invalidLogin : UserDirectoryError.invalidName
        }
        guard let role = Role(rawValue: roleName) else { throw UserDirectoryError.unknownRole(roleName) }
        if check == .policy, let problem = Self.passwordProblems(password, login: login, fullName: fullName).first {
            throw UserDirectoryError.weakPassword(problem)
        }
        if try await UserModel.query(on: database).filter(\.$login == login).first() != nil {
            throw UserDirectoryError.loginTaken(login)
        }
        let user = UserModel(login: login, fullName: fullName, role: role,
                             passwordHash: try await PasswordHasher.hash(password), createdAt: clock.now())
        let tidy = { (text: String?) in text.map { String($0.trimmingCharacters(in: .whitespacesAndNewlines).prefix(300)) }.flatMap { $0.isEmpty ? nil : $0 } }
        user.position = tidy(position)
        user.workplace = tidy(workplace)
        try await user.create(on: database)
        return user
    }

    /// Gives a user another role. Their sessions end at once: a session carries the rights of the
    /// role it was opened with, and the user signs in again to get the new one.
    public func changeRole(login rawLogin: String, to roleName: String) async throws {
        let login = rawLogin.trimmingCharacters(in: .whitespaces).lowercased()
        guard let role = Role(rawValue: roleName) else { throw UserDirectoryError.unknownRole(roleName) }
        guard let user = try await UserModel.query(on: database).filter(\.$login == login).first() else {
            throw UserDirectoryError.unknownLogin(login)
        }
        let previous = user.roleRaw
        try await database.transaction { db in
            user.roleRaw = role.rawValue
            try await user.update(on: db)
            try await SessionStore.closeAll(of: try user.requireID(), on: db)
            try await AuditEventModel(actorID: AuditEventModel.noUser, actorName: "tanba user set-role", action: "role_changed",
                                      subjectID: try user.requireID(), details: "\(previous) → \(role.rawValue)",
                                      at: clock.now()).create(on: db)
        }
    }

    /// Removes a user's second factor when they lost the device it lives on; their sessions end,
    /// and an audit event records it. They sign in with the password and may set it up again.
    public func resetSecondFactor(login rawLogin: String) async throws {
        let login = rawLogin.trimmingCharacters(in: .whitespaces).lowercased()
        guard let user = try await UserModel.query(on: database).filter(\.$login == login).first() else {
            throw UserDirectoryError.unknownLogin(login)
        }
        try await database.transaction { db in
            user.sealedTOTPSecret = nil
            user.totpEnabledAt = nil
            user.totpLastStep = nil
            try await user.update(on: db)
            try await SessionStore.closeAll(of: try user.requireID(), on: db)
            try await AuditEventModel(actorID: AuditEventModel.noUser, actorName: "tanba user reset-second-factor",
                                      action: "second_factor_reset", subjectID: try user.requireID(), details: login,
                                      at: clock.now()).create(on: db)
        }
    }

    /// What `PasswordPolicy` and cracklib find wrong with a new password.
    public static func passwordProblems(_ password: String, login: String, fullName: String) -> [PasswordPolicy.Problem] {
        PasswordPolicy().problems(password: password, login: login, fullName: fullName) {
            PasswordDictionary.isWeak($0, login: login, fullName: fullName)
        }
    }
}

/// Why a user was not created.
public enum UserDirectoryError: Error, Equatable, CustomStringConvertible {
    case invalidLogin
    case invalidName
    case unknownRole(String)
    case weakPassword(PasswordPolicy.Problem)
    case loginTaken(String)
    case unknownLogin(String)

    var messageKey: String {
        switch self {
        case .invalidLogin: "user.error.login"
        case .invalidName: "user.error.name"
        case .unknownRole: "user.error.role"
        case .weakPassword(let problem):
            switch problem {
            case .tooShort: "password.error.short"
            case .tooLong: "password.error.long"
            case .containsLogin: "password.error.login"
            case .containsName: "password.error.name"
            case .common: "password.error.common"
            }
        case .loginTaken: "user.error.taken"
        case .unknownLogin: "user.error.unknown"
        }
    }

    var arguments: [String: String] {
        switch self {
        case .unknownRole(let role): ["role": role]
        case .loginTaken(let login), .unknownLogin(let login): ["login": login]
        case .weakPassword: ["min": "\(PasswordPolicy.minimumCharacters)", "max": "\(PasswordPolicy.maximumBytes)",
                             "letters": "\(PasswordPolicy.maximumBytes / 2)"]
        default: [:]
        }
    }

    public var description: String {
        switch self {
        case .invalidLogin: "login must be 1-64 characters of a-z, 0-9, '.', '_', '-', '@'"
        case .invalidName: "full name must be 1-200 characters"
        case .unknownRole(let role): "unknown role \(role); one of: \(Role.allCases.map(\.rawValue).joined(separator: ", "))"
        case .weakPassword(let problem):
            switch problem {
            case .tooShort(let minimum): "password must be at least \(minimum) characters"
            case .tooLong(let maximum):
                "password must be at most \(maximum) bytes in UTF-8 (bcrypt reads no more; a Cyrillic letter takes 2): it is refused, not cut"
            case .containsLogin: "password must not contain the login"
            case .containsName: "password must not contain the person's name"
            case .common: "password is a dictionary word, a pattern or a common password"
            }
        case .loginTaken(let login): "login \(login) is taken"
        case .unknownLogin(let login): "no user with login \(login)"
        }
    }
}
