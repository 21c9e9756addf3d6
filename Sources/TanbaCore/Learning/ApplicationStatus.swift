import Foundation

/// Where an application to an intake stands (004 §6.2); raw values are stored.
public enum ApplicationStatus: String, CaseIterable, Sendable, Codable {
    /// Sent by the applicant, waiting for the registrar.
    case submitted = "submitted"
    /// Accepted by the registrar: prerequisites checked, contract and payment being arranged.
    case accepted = "accepted"
    /// Refused with a reason.
    case rejected = "rejected"
    /// Listed in a signed enrollment order: the learner studies.
    case enrolled = "enrolled"
    /// Taken back by the applicant before a decision.
    case withdrawn = "withdrawn"

    /// The order the registrar reviews applications in: those waiting for a decision first, then
    /// those being arranged, then the settled ones.
    public var reviewRank: Int {
        switch self {
        case .submitted: 0
        case .accepted: 1
        case .enrolled: 2
        case .rejected: 3
        case .withdrawn: 4
        }
    }
}

/// Payment for the program (004 §6.2.4); raw values are stored.
public enum PaymentStatus: String, CaseIterable, Sendable, Codable {
    case pending = "pending"
    case paid = "paid"
    /// A grant-funded elective: free for the learner.
    case grantFunded = "grant_funded"
}

/// The registrar's review of one application, as a state machine.
public enum ApplicationReview {
    /// Why an application step was refused.
    public enum Failure: Error, Equatable, Sendable {
        case illegalTransition(from: ApplicationStatus, to: ApplicationStatus)
        case reasonRequired
        case prerequisitesNotChecked
        case documentMissing(DocumentKind)
        /// Only accepted applications with a contract and payment settled can be ordered.
        case notReadyForOrder
        case intakeFull(capacity: Int)
    }

    /// The documents an application carries from the start: the identity document, and for a
    /// program with prerequisites the diploma or a transcript that shows them (004 §6.2).
    public static func checkDocuments(_ documents: Set<DocumentKind>, programHasPrerequisites: Bool) throws(Failure) {
        guard documents.contains(.identityDocument) else { throw .documentMissing(.identityDocument) }
        if programHasPrerequisites {
            guard documents.contains(.diploma) || documents.contains(.transcript) else { throw .documentMissing(.diploma) }
        }
    }

    /// Accepting needs the documents `checkDocuments` asks for and a recorded prerequisite check.
    public static func accept(from status: ApplicationStatus, documents: Set<DocumentKind>, programHasPrerequisites: Bool,
                              prerequisitesChecked: Bool) throws(Failure) -> ApplicationStatus {
        guard status == .submitted else { throw .illegalTransition(from: status, to: .accepted) }
        try checkDocuments(documents, programHasPrerequisites: programHasPrerequisites)
        if programHasPrerequisites {
            guard prerequisitesChecked else { throw .prerequisitesNotChecked }
        }
        return .accepted
    }

    /// Refusing needs a reason the applicant will read.
    public static func reject(from status: ApplicationStatus, reason: String) throws(Failure) -> ApplicationStatus {
        guard status == .submitted || status == .accepted else { throw .illegalTransition(from: status, to: .rejected) }
        guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw .reasonRequired }
        return .rejected
    }

    /// The applicant may withdraw until enrolled.
    public static func withdraw(from status: ApplicationStatus) throws(Failure) -> ApplicationStatus {
        guard status == .submitted || status == .accepted else { throw .illegalTransition(from: status, to: .withdrawn) }
        return .withdrawn
    }

    /// An enrollment order takes accepted applications whose contract is signed and payment settled.
    public static func enroll(from status: ApplicationStatus, contractNumber: String, payment: PaymentStatus)
        throws(Failure) -> ApplicationStatus {
        guard status == .accepted else { throw .illegalTransition(from: status, to: .enrolled) }
        let hasContract = !contractNumber.trimmingCharacters(in: .whitespaces).isEmpty
        guard payment == .grantFunded || (hasContract && payment == .paid) else { throw .notReadyForOrder }
        return .enrolled
    }

    /// What the enrollment order's contract column says for an enrolled learner (004 §6.2.4).
    public enum ContractEntry: Equatable, Sendable {
        /// The contract's number.
        case number(String)
        /// A grant-funded elective needs no contract: the order says it is funded by the grant.
        case grantFunded
    }

    /// The contract column of the order: a contract number wins, even for a grant-funded place.
    public static func contractEntry(contractNumber: String, payment: PaymentStatus) -> ContractEntry {
        let number = contractNumber.trimmingCharacters(in: .whitespaces)
        return payment == .grantFunded && number.isEmpty ? .grantFunded : .number(number)
    }
}
