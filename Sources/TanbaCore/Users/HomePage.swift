import Foundation

/// Where a role's work is, so signing in lands there: learners on their own page, teachers
/// and the registrar on their intakes (gradebooks, applications), the others in the workspace.
public enum HomePage: Sendable, Equatable {
    case personalPage
    case intakes
    case workspace

    public static func of(_ role: Role) -> HomePage {
        switch role {
        case .learner: .personalPage
        case .teacher, .registrar: .intakes
        case .administrator, .programDeveloper, .internalExpert, .externalExpert, .councilSecretary: .workspace
        }
    }
}
