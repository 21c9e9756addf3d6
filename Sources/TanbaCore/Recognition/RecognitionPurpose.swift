import Foundation

/// Why a learner asks for recognition (003, 004 §7.2).
public enum RecognitionPurpose: String, CaseIterable, Sendable, Codable {
    /// Credit transfer into a program of study («перезачёт кредитов»).
    case creditTransfer = "credit_transfer"
    /// Confirmation of competence for work («подтверждение компетенций»).
    case competenceConfirmation = "competence_confirmation"
}

/// Where the micro-credential was earned (000 §5.1, 001, 004 §7.1).
public enum RecognitionSourceKind: String, CaseIterable, Sendable, Codable {
    /// Another university or college, Kazakh or foreign.
    case university
    case researchCentre = "research_centre"
    /// A MOOC platform: Coursera, edX, Stanford Online…
    case moocPlatform = "mooc_platform"
    /// Non-formal learning: courses, trainings, work experience.
    case nonFormal = "non_formal"

    /// Non-formal learning is recognised only after the commission interviews the applicant (000 §5.5, 003).
    public var requiresInterview: Bool { self == .nonFormal }
}
