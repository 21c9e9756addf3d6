import Fluent
import Foundation
import TanbaCore

/// Forming the recognition commission and the expert group by order, and who sits on them now.
public struct RecognitionBodies: Sendable {
    public let database: any Database
    public let clock: Clock

    public init(database: any Database, clock: Clock) {
        self.database = database
        self.clock = clock
    }

    /// A body as its latest order formed it, with its members' names and positions.
    public struct Body: Sendable {
        public let id: UUID
        public let kind: RecognitionBodyKind
        public let orderNumber: String
        public let orderDate: String
        public let members: [Member]

        public struct Member: Sendable {
            public let member: RecognitionBodyMember
            public let name: String
            public let position: String
        }

        /// The member `userID`, if they sit on this body.
        public func seat(of userID: UUID) -> RecognitionBodyMember? {
            members.first { $0.member.userID == userID }?.member
        }
    }

    /// Why a body cannot be formed.
    public enum Problem: Error, Equatable, Sendable {
        case forbidden
        case composition([RecognitionBodyRules.Problem])
        /// Members must be staff with an active account: they act in Tanba.
        case notStaff(UUID)
    }

    /// Forms `kind` by the order; a later order replaces the body for new cases.
    public func form(_ kind: RecognitionBodyKind, orderNumber: String, orderDate: String, members: [RecognitionBodyMember],
                     by actor: ActingUser) async throws -> Body {
        guard actor.role.may(.manageRecognition) else { throw Problem.forbidden }
        let problems = RecognitionBodyRules(kind).problems(orderNumber: orderNumber, orderDate: orderDate, members: members)
        guard problems.isEmpty else { throw Problem.composition(problems) }
        let users = try await UserModel.query(on: database).filter(\.$id ~~ members.map(\.userID)).all().byID()
        for member in members {
            guard let user = users[member.userID], user.isActive, try user.role.isStaff else { throw Problem.notStaff(member.userID) }
        }
        let now = clock.now()
        try await database.transaction { db in
            let sequence = (try await RecognitionBodyModel.query(on: db).filter(\.$kind == kind.rawValue).max(\.$sequence) ?? 0) + 1
            let body = RecognitionBodyModel(kind: kind, sequence: sequence, orderNumber: orderNumber.trimmingCharacters(in: .whitespacesAndNewlines),
                                            orderDate: orderDate, formedBy: actor.id, at: now)
            try await body.create(on: db)
            for member in members { try await RecognitionBodyMemberModel(bodyID: try body.requireID(), member).create(on: db) }
            try await AuditEventModel(actor: actor, action: "recognition_body_formed", subjectID: try body.requireID(),
                                      details: "\(kind.rawValue): order \(body.orderNumber) of \(orderDate), \(members.count) members",
                                      at: now).create(on: db)
        }
        guard let formed = try await current(kind) else { throw Problem.composition([]) }
        return formed
    }

    /// The body of `kind` the latest order formed; nil before any.
    public func current(_ kind: RecognitionBodyKind) async throws -> Body? {
        guard let body = try await RecognitionBodyModel.query(on: database).filter(\.$kind == kind.rawValue)
            .sort(\.$sequence, .descending).first() else { return nil }
        return try await load(body)
    }

    /// The body `id`, as it was formed.
    public func body(_ id: UUID) async throws -> Body? {
        guard let body = try await RecognitionBodyModel.find(id, on: database) else { return nil }
        return try await load(body)
    }

    private func load(_ body: RecognitionBodyModel) async throws -> Body {
        let id = try body.requireID()
        let rows = try await RecognitionBodyMemberModel.query(on: database).filter(\.$bodyID == id).all()
        let users = try await UserModel.query(on: database).filter(\.$id ~~ rows.map(\.userID)).all().byID()
        let seatOrder: [RecognitionSeat] = [.chair, .secretary, .member]
        let members = try rows.map { row in
            Body.Member(member: try row.member, name: users[row.userID]?.fullName ?? "", position: users[row.userID]?.position ?? "")
        }.sorted { ($0.member.seat == $1.member.seat) ? $0.name < $1.name
            : (seatOrder.firstIndex(of: $0.member.seat) ?? 0) < (seatOrder.firstIndex(of: $1.member.seat) ?? 0) }
        return Body(id: id, kind: try body.bodyKind, orderNumber: body.orderNumber, orderDate: body.orderDate, members: members)
    }
}
