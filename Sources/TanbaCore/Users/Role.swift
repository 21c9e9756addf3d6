import Foundation

/// What a user does in Tanba; each workflow action belongs to one or more roles.
public enum Role: String, CaseIterable, Sendable, Codable {
    case administrator = "administrator"
    /// Program developer («кафедра-разработчик»).
    case programDeveloper = "program_developer"
    /// Internal expert of the academic committee («академический комитет»).
    case internalExpert = "internal_expert"
    /// External expert: employer or practitioner («работодатель»).
    case externalExpert = "external_expert"
    /// Secretary of the methodical and academic councils («секретарь совета»).
    case councilSecretary = "council_secretary"
    /// Registrar («Офис регистратора», ЦКиДПО).
    case registrar = "registrar"
    /// Teacher who records points in their own disciplines («преподаватель»).
    case teacher = "teacher"
    /// Applicant or learner («слушатель»).
    case learner = "learner"

    /// Staff roles work in the workspace; a learner has a personal page instead.
    public var isStaff: Bool { self != .learner }
}
