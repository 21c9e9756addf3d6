import Fluent
import Foundation
import TanbaCore

/// A sitting of the commission; its protocol closes once and never changes.
public final class AttestationSessionModel: Model, @unchecked Sendable {
    public static let schema = "attestation_sessions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "commission_id") public var commissionID: UUID
    @Field(key: "intake_id") public var intakeID: UUID
    @Field(key: "session_date") public var sessionDate: String
    @Field(key: "protocol_number") public var protocolNumber: String
    /// Members present, as a comma-separated list of member ids, fixed when the protocol closes.
    @Field(key: "present_member_ids") public var presentMemberIDs: String
    @OptionalField(key: "closed_at") public var closedAt: Date?

    public init() {}

    public init(commissionID: UUID, intakeID: UUID, sessionDate: String, protocolNumber: String, at date: Date) {
        self.commissionID = commissionID
        self.intakeID = intakeID
        self.sessionDate = sessionDate
        self.protocolNumber = protocolNumber
        self.presentMemberIDs = ""
        self.createdAt = date
    }

    public var present: Set<UUID> {
        get { Set(presentMemberIDs.split(separator: ",").compactMap { UUID(uuidString: String($0)) }) }
        set { presentMemberIDs = newValue.map(\.uuidString).sorted().joined(separator: ",") }
    }

    public var isClosed: Bool { closedAt != nil }
}
