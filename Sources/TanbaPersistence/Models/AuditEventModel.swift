import Fluent
import Foundation
import TanbaCore

/// An append-only record of who did what to an issued document.
public final class AuditEventModel: Model, @unchecked Sendable {
    public static let schema = "audit_events"

    @ID(key: .id) public var id: UUID?
    @Field(key: "at") public var at: Date
    @Field(key: "actor_id") public var actorID: UUID
    @Field(key: "actor_name") public var actorName: String
    /// `issued`, `revoked`, `superseded`, `protocol_closed`, `login_throttled`, `api_token_revoked`...
    @Field(key: "action") public var action: String
    @Field(key: "subject_id") public var subjectID: UUID
    @Field(key: "details") public var details: String
    /// The event's place in the audit chain, from 1, and the SHA-256 (hex) that links it to the one
    /// before: an edit, a deletion or an insertion by someone with database access breaks the chain.
    @OptionalField(key: "chain_position") public var chainPosition: Int?
    @OptionalField(key: "chain_hash") public var chainHash: String?

    public init() {}

    public convenience init(actor: ActingUser, action: String, subjectID: UUID, details: String, at date: Date) {
        self.init(actorID: actor.id, actorName: actor.name, action: action, subjectID: subjectID, details: details, at: date)
    }

    /// The actor or subject id of an event that names no user (the command line, an unknown login).
    public static let noUser = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))

    /// An event whose actor is not a signed-in user (a client guessing passwords, the command line).
    public init(actorID: UUID, actorName: String, action: String, subjectID: UUID, details: String, at date: Date) {
        self.actorID = actorID
        self.actorName = actorName
        self.action = action
        self.subjectID = subjectID
        self.details = details
        self.at = date
    }
}
