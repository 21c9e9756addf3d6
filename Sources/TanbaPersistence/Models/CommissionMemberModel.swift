import Fluent
import Foundation
import TanbaCore

/// A voting member of a commission.
public final class CommissionMemberModel: Model, @unchecked Sendable {
    public static let schema = "commission_members"

    @ID(key: .id) public var id: UUID?
    @Field(key: "commission_id") public var commissionID: UUID
    @Field(key: "full_name") public var fullName: String
    /// Position and workplace, as the protocol prints it.
    @Field(key: "position") public var position: String
    @Field(key: "kind") public var kind: String
    @Field(key: "role") public var role: String
    /// The account the member signs in with to vote in person; without one the secretary records their votes.
    @OptionalField(key: "user_id") public var userID: UUID?

    public init() {}

    public init(commissionID: UUID, fullName: String, position: String, kind: CommissionMemberKind, role: CommissionRole) {
        self.commissionID = commissionID
        self.fullName = fullName
        self.position = position
        self.kind = kind.rawValue
        self.role = role.rawValue
    }

    public var member: CommissionMember? {
        guard let id, let kind = CommissionMemberKind(rawValue: kind), let role = CommissionRole(rawValue: role) else { return nil }
        return CommissionMember(id: id, kind: kind, role: role)
    }
}
