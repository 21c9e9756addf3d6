import Fluent
import Foundation
import TanbaCore

/// A person who signs in to Tanba.
public final class UserModel: Model, @unchecked Sendable {
    public static let schema = "users"

    // managed
    @ID(key: .id) public var id: UUID?
    @Field(key: "created_at") public var createdAt: Date

    // data
    @Field(key: "login") public var login: String
    @Field(key: "full_name") public var fullName: String
    @Field(key: "role") public var roleRaw: String
    @Field(key: "password_hash") public var passwordHash: String
    @Field(key: "is_active") public var isActive: Bool
    /// Staff's position and workplace («должность», «место работы»), as program documents list experts.
    @OptionalField(key: "position") public var position: String?
    @OptionalField(key: "workplace") public var workplace: String?
    /// The TOTP secret sealed with the key-encryption key; nil without a second factor.
    @OptionalField(key: "totp_secret") public var sealedTOTPSecret: String?
    /// When the user confirmed the second factor with a first code; until then it is not asked for.
    @OptionalField(key: "totp_enabled_at") public var totpEnabledAt: Date?
    /// The last TOTP time step accepted: a code is good once.
    @OptionalField(key: "totp_last_step") public var totpLastStep: Int64?

    public init() {}

    public init(id: UUID? = nil, login: String, fullName: String, role: Role, passwordHash: String, createdAt: Date) {
        self.id = id
        self.login = login
        self.fullName = fullName
        self.roleRaw = role.rawValue
        self.passwordHash = passwordHash
        self.isActive = true
        self.createdAt = createdAt
    }

    public var role: Role {
        get throws { try UnknownStoredValue.decode(roleRaw, column: "users.role") }
    }

    /// Whether signing in asks for a TOTP code after the password.
    public var hasSecondFactor: Bool { totpEnabledAt != nil && sealedTOTPSecret != nil }
}
