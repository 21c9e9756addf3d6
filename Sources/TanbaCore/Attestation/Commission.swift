import Foundation

/// What a commission member brings (004 §5.14: teaching staff, employers, specialists); raw values are stored.
public enum CommissionMemberKind: String, CaseIterable, Sendable, Codable {
    /// Teaching staff («ППС»).
    case teachingStaff = "teaching_staff"
    /// Employer representative («работодатель»).
    case employer = "employer"
    /// Leading practitioner in the field («ведущий профильный специалист»).
    case specialist = "specialist"
    /// Administrative staff («административно-управленческий персонал», 004 §2).
    case administrativeStaff = "administrative_staff"
}

/// A member's place in the commission; the chair votes and casts the deciding vote on a tie.
public enum CommissionRole: String, CaseIterable, Sendable, Codable {
    case chair = "chair"
    case member = "member"
}

/// A voting member of a qualification commission.
public struct CommissionMember: Hashable, Sendable {
    public let id: UUID
    public let kind: CommissionMemberKind
    public let role: CommissionRole

    public init(id: UUID, kind: CommissionMemberKind, role: CommissionRole) {
        self.id = id
        self.kind = kind
        self.role = role
    }
}

/// How a policy composes and runs its qualification commission.
public struct CommissionRules: Hashable, Sendable, Codable {
    public let minimumMembers: Int
    /// Kinds that must be on every commission (004 §5.14 names teaching staff and employers).
    public let requiredKinds: Set<CommissionMemberKind>
    /// Members present, as a share of all members, below which nothing can be decided: numerator / denominator.
    public let quorumNumerator: Int
    public let quorumDenominator: Int
    /// On a tie the chair's vote decides; otherwise a tie is recorded as no decision.
    public let chairCastsTieBreak: Bool

    public init(minimumMembers: Int = 3, requiredKinds: Set<CommissionMemberKind> = [.teachingStaff, .employer],
                quorumNumerator: Int = 2, quorumDenominator: Int = 3, chairCastsTieBreak: Bool = true) {
        self.minimumMembers = minimumMembers
        self.requiredKinds = requiredKinds
        self.quorumNumerator = quorumNumerator
        self.quorumDenominator = quorumDenominator
        self.chairCastsTieBreak = chairCastsTieBreak
    }

    public static let standard = CommissionRules()

    /// Members needed present: at least quorum × all, rounded up.
    public func quorum(of memberCount: Int) -> Int {
        (memberCount * quorumNumerator + quorumDenominator - 1) / quorumDenominator
    }

    /// Why a composition cannot form a commission.
    public enum CompositionProblem: Hashable, Sendable {
        case tooFewMembers(minimum: Int)
        case missingKind(CommissionMemberKind)
        case chairCount(Int)
    }

    public func problems(with members: [CommissionMember]) -> [CompositionProblem] {
        var problems: [CompositionProblem] = []
        if members.count < minimumMembers { problems.append(.tooFewMembers(minimum: minimumMembers)) }
        let kinds = Set(members.map(\.kind))
        for kind in CommissionMemberKind.allCases where requiredKinds.contains(kind) && !kinds.contains(kind) {
            problems.append(.missingKind(kind))
        }
        let chairs = members.filter { $0.role == .chair }.count
        if chairs != 1 { problems.append(.chairCount(chairs)) }
        return problems
    }
}
