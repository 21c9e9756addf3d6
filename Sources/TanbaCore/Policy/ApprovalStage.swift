import Foundation

/// One step of program approval; raw values are stored, never renamed.
public enum ApprovalStage: String, CaseIterable, Sendable, Codable {
    /// Internal expertise by the academic committee («внутренняя экспертиза, академический комитет»).
    case internalExpertise = "internal_expertise"
    /// External expertise by an employer or practitioner («внешняя экспертиза»).
    case externalExpertise = "external_expertise"
    /// The faculty under its dean, by the faculty's protocol («декан факультета, протокол №», 004 App. А).
    case facultyCouncil = "faculty_council"
    /// Educational-methodical council («(учебно-)методический совет»).
    case methodicalCouncil = "methodical_council"
    /// Academic council («Учёный совет»).
    case academicCouncil = "academic_council"
    /// Rector's order («приказ ректора»).
    case rectorOrder = "rector_order"

    /// The role that records this stage's decision.
    public var deciderRole: Role {
        switch self {
        case .internalExpertise: .internalExpert
        case .externalExpertise: .externalExpert
        case .facultyCouncil, .methodicalCouncil, .academicCouncil, .rectorOrder: .councilSecretary
        }
    }

    /// Councils and the rector decide by a numbered protocol or order; experts by a conclusion.
    public var requiresDocumentNumber: Bool {
        switch self {
        case .internalExpertise, .externalExpertise: false
        case .facultyCouncil, .methodicalCouncil, .academicCouncil, .rectorOrder: true
        }
    }
}

/// A stage as a policy orders it.
public struct PolicyStage: Hashable, Sendable, Codable {
    public let stage: ApprovalStage
    /// When set, the stage applies only to programs at or above this EQF level (002 §5: external
    /// expert recommended from EQF 5).
    public let requiredFromEQFLevel: Int?

    public init(_ stage: ApprovalStage, requiredFromEQFLevel: Int? = nil) {
        self.stage = stage
        self.requiredFromEQFLevel = requiredFromEQFLevel
    }

    public func applies(toEQFLevel level: Int?) -> Bool {
        guard let threshold = requiredFromEQFLevel else { return true }
        return (level ?? 0) >= threshold
    }
}
