import Foundation

/// The signed-in user a store acts for: enough to check the permission table and to record who
/// decided, without reloading the account.
public struct ActingUser: Sendable, Hashable {
    public let id: UUID
    public let name: String
    public let role: Role

    public init(id: UUID, name: String, role: Role) {
        self.id = id
        self.name = name
        self.role = role
    }
}
