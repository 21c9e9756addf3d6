import Foundation

/// Where one edition of a program stands (SPEC §4).
public enum EditionStatus: Hashable, Sendable {
    case draft
    /// Waiting for the decision of `stage`.
    case inReview(ApprovalStage)
    /// Returned by a stage for revision; the developer edits and submits again.
    case returnedForRevision
    /// In the public registry.
    case registered
    /// Temporarily not offered (004 §8.4 monitoring); stays in the registry as suspended.
    case suspended
    /// Replaced by a later registered edition; learners keep what they enrolled in.
    case superseded
    /// Taken out of the registry by the academic council (004 §8.4).
    case withdrawn

    /// The stored form: a status word and, in review, the stage.
    public var storage: (status: String, stage: String?) {
        switch self {
        case .draft: ("draft", nil)
        case .inReview(let stage): ("in_review", stage.rawValue)
        case .returnedForRevision: ("returned", nil)
        case .registered: ("registered", nil)
        case .suspended: ("suspended", nil)
        case .superseded: ("superseded", nil)
        case .withdrawn: ("withdrawn", nil)
        }
    }

    public init?(status: String, stage: String?) {
        switch status {
        case "draft": self = .draft
        case "in_review":
            guard let stage, let value = ApprovalStage(rawValue: stage) else { return nil }
            self = .inReview(value)
        case "returned": self = .returnedForRevision
        case "registered": self = .registered
        case "suspended": self = .suspended
        case "superseded": self = .superseded
        case "withdrawn": self = .withdrawn
        default: return nil
        }
    }

    /// Only a draft or a returned edition can be changed.
    public var isEditable: Bool { self == .draft || self == .returnedForRevision }

    /// Work on the edition is not finished (a draft, returned, or in review): while one is open,
    /// no further edition of the program may start.
    public var isOpen: Bool {
        if case .inReview = self { return true }
        return isEditable
    }

    /// Visible in the public registry.
    public var isPublic: Bool { self == .registered || self == .suspended }
}
