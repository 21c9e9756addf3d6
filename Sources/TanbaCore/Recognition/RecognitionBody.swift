import Foundation

/// The two bodies of recognition, each formed by the rector's order: the commission that decides
/// (000 §5.2, 001) and the expert group of experienced teachers and practitioners that compares
/// the source with the target disciplines (004 §7.8).
public enum RecognitionBodyKind: String, CaseIterable, Sendable, Codable {
    case commission
    case expertGroup = "expert_group"
}

/// A member's place in a body. The secretary keeps the protocol and writes the extract and does
/// not vote; the chair and the members vote.
public enum RecognitionSeat: String, CaseIterable, Sendable, Codable {
    case chair
    case secretary
    case member

    public var votes: Bool { self != .secretary }
}

/// One member as the order names them, by their Tanba account.
public struct RecognitionBodyMember: Hashable, Sendable {
    public let userID: UUID
    public let seat: RecognitionSeat
    public let kind: CommissionMemberKind

    public init(userID: UUID, seat: RecognitionSeat, kind: CommissionMemberKind) {
        self.userID = userID
        self.seat = seat
        self.kind = kind
    }

    /// The member as the voting rules count them.
    public var asCommissionMember: CommissionMember {
        CommissionMember(id: userID, kind: kind, role: seat == .chair ? .chair : .member)
    }
}

/// The composition an order must give a body.
public struct RecognitionBodyRules: Sendable {
    public let kind: RecognitionBodyKind

    public init(_ kind: RecognitionBodyKind) {
        self.kind = kind
    }

    /// Voting members (chair included) a body needs: a commission decides by majority, so three;
    /// an expert group compares, so a teacher and a practitioner.
    public var minimumVoting: Int { kind == .commission ? 3 : 2 }

    public enum Problem: Error, Hashable, Sendable {
        case orderNumberMissing
        case orderDateInvalid
        case seatCount(RecognitionSeat, found: Int)
        case tooFewVoting(minimum: Int)
        /// The same person twice.
        case duplicateMember(UUID)
        /// An expert group needs teaching staff and a practitioner (employer or leading specialist).
        case expertGroupNeedsTeacherAndPractitioner
    }

    public func problems(orderNumber: String, orderDate: String, members: [RecognitionBodyMember]) -> [Problem] {
        var found: [Problem] = []
        if orderNumber.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { found.append(.orderNumberMissing) }
        if CalendarDay(iso: orderDate) == nil { found.append(.orderDateInvalid) }
        for seat in [RecognitionSeat.chair, .secretary] {
            let count = members.filter { $0.seat == seat }.count
            if count != 1 { found.append(.seatCount(seat, found: count)) }
        }
        if members.filter(\.seat.votes).count < minimumVoting { found.append(.tooFewVoting(minimum: minimumVoting)) }
        var seen: Set<UUID> = []
        for member in members where !seen.insert(member.userID).inserted { found.append(.duplicateMember(member.userID)) }
        if kind == .expertGroup {
            let kinds = Set(members.filter(\.seat.votes).map(\.kind))
            if !kinds.contains(.teachingStaff) || kinds.isDisjoint(with: [.employer, .specialist]) {
                found.append(.expertGroupNeedsTeacherAndPractitioner)
            }
        }
        return found
    }
}
