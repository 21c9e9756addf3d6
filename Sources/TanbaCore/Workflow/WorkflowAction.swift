import Foundation

/// Something a user asks the approval workflow to do.
public enum WorkflowAction: Hashable, Sendable {
    /// The developer sends a valid edition into review.
    case submit
    /// The current stage approves, with its conclusion and, for councils, the protocol or order number.
    case approve
    /// The current stage returns the edition for revision; a conclusion is required.
    case returnForRevision
    /// The academic council suspends a registered program.
    case suspend
    /// A suspended program is offered again.
    case reinstate
    /// The academic council withdraws a program from the registry (004 §8.4).
    case withdraw
}

/// The decision recorded in the approval history; raw values are stored.
public enum WorkflowDecision: String, Sendable, Codable, CaseIterable {
    case submitted = "submitted"
    case approved = "approved"
    case returned = "returned"
    case registered = "registered"
    case suspended = "suspended"
    case reinstated = "reinstated"
    case withdrawn = "withdrawn"
}

/// What a legal action does.
public struct WorkflowTransition: Hashable, Sendable {
    public let from: EditionStatus
    public let to: EditionStatus
    public let decision: WorkflowDecision
    /// The stage that decided, when a stage did.
    public let stage: ApprovalStage?
    /// True when this transition puts the edition into the registry.
    public var registers: Bool { to == .registered && from != .suspended }
}

/// Why the workflow refused an action.
public enum WorkflowError: Error, Hashable, Sendable {
    /// The actor's role may not take this action now.
    case roleNotAllowed(Role)
    /// The action makes no sense in the current status.
    case illegalTransition(from: EditionStatus, action: WorkflowAction)
    case conclusionRequired
    case documentNumberRequired
    /// A council's decision needs the day the council met.
    case meetingDateRequired
    case meetingDateInvalid
    /// The edition does not satisfy the policy; the issues say why.
    case programInvalid([ValidationIssue])
}
