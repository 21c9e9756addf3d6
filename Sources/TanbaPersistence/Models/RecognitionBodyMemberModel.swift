import Fluent
import Foundation
import TanbaCore

/// A member of a recognition body, by their account.
public final class RecognitionBodyMemberModel: Model, @unchecked Sendable {
    public static let schema = "recognition_body_members"

    @ID(key: .id) public var id: UUID?
    @Field(key: "body_id") public var bodyID: UUID
    @Field(key: "user_id") public var userID: UUID
    @Field(key: "seat") public var seat: String
    @Field(key: "kind") public var kind: String

    public init() {}

    public init(bodyID: UUID, _ member: RecognitionBodyMember) {
        self.bodyID = bodyID
        userID = member.userID
        seat = member.seat.rawValue
        kind = member.kind.rawValue
    }

    public var member: RecognitionBodyMember {
        get throws {
            RecognitionBodyMember(userID: userID, seat: try UnknownStoredValue.decode(seat, column: "recognition_body_members.seat"),
                                  kind: try UnknownStoredValue.decode(kind, column: "recognition_body_members.kind"))
        }
    }
}
