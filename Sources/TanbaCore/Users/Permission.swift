import Foundation

/// What a role may do in Tanba: the one table that the menus, every page's and API route's check
/// and the stores consult, so a role never sees a menu item that answers 403, or the reverse.
/// Approval steps of a program edition are not here: `ApprovalWorkflow` decides those per stage.
public enum Permission: String, CaseIterable, Sendable {
    /// Users, API tokens and the institution's settings.
    case administer
    /// Draft programs and their new editions («кафедра-разработчик»).
    case developPrograms
    /// Apply to intakes and follow one's own learning and certificates.
    case applyAndStudy
    /// See the list of intakes (a teacher sees the ones they grade in).
    case viewIntakes
    /// Open intakes, review applications, sign enrollment orders, assign teachers.
    case manageEnrollment
    /// Read applications, their documents, enrollment orders and learning files.
    case viewEnrollment
    /// Read a gradebook and export it.
    case viewGradebook
    /// Record, correct and import marks (in one's own disciplines, 004 §5.7).
    case recordGrades
    /// Read the journal of issued documents, certificates, commissions and protocols.
    case viewCertificates
    /// Form commissions, run sessions, issue, revoke and reissue certificates.
    case manageAttestation
    /// Keep the catalogue recognition is judged against, form the recognition commission and the
    /// expert group, file applications on a learner's behalf, enter decisions into records (004 §7).
    case manageRecognition
    /// Upload the documents of each discipline's teaching kit (УМКД, 004 §5.10).
    case keepTeachingKits
    /// Record the academic committee's approval of the teaching kits (004 §5.10).
    case approveTeachingKits
    /// Read the reports on programs and their monitoring (SPEC §10): the registrar's office, the
    /// councils through their secretary, the administrator.
    case viewReports
    /// Write a program's monitoring findings and action plan (the developing department).
    case writeMonitoring
    /// Record the council's decision after monitoring: keep, update or withdraw (004 §8.4).
    case decideMonitoring
    /// Send employers the single-use links of a program's survey and read who answered (never
    /// what): the registrar's office and the developing department.
    case inviteSurveyRespondents
    /// Take a seat on a qualification commission and vote.
    case sitOnCommission
    /// Protect the account with a TOTP second factor: those who administer users, issue
    /// certificates and keep the councils' decisions.
    case useSecondFactor

    /// The roles granted this permission.
    public var roles: Set<Role> {
        switch self {
        case .administer: [.administrator]
        case .developPrograms: [.programDeveloper]
        case .applyAndStudy: [.learner]
        case .viewIntakes: [.registrar, .administrator, .teacher]
        case .manageEnrollment: [.registrar]
        case .viewEnrollment: [.registrar, .administrator]
        case .viewGradebook: [.teacher, .registrar, .administrator]
        case .recordGrades: [.teacher]
        case .viewCertificates: [.registrar, .administrator]
        case .manageAttestation: [.registrar]
        case .manageRecognition: [.registrar]
        case .keepTeachingKits: [.programDeveloper]
        case .approveTeachingKits: [.internalExpert]
        case .viewReports: [.registrar, .administrator, .councilSecretary]
        case .writeMonitoring: [.programDeveloper]
        case .decideMonitoring: [.councilSecretary]
        case .inviteSurveyRespondents: [.registrar, .programDeveloper]
        case .sitOnCommission: Set(Role.allCases.filter(\.isStaff))
        case .useSecondFactor: [.administrator, .registrar, .councilSecretary]
        }
    }
}

extension Role {
    /// Whether this role holds `permission` in the table.
    public func may(_ permission: Permission) -> Bool {
        permission.roles.contains(self)
    }

    /// Everything this role may do.
    public var permissions: Set<Permission> {
        Set(Permission.allCases.filter(may))
    }
}

/// Which intakes a role sees: every one (the registrar's office and the administrator), or only
/// those it grades in (a teacher); nil for a role that sees none.
public enum IntakeScope: Sendable, Equatable {
    case all
    case taught

    public static func of(_ role: Role) -> IntakeScope? {
        if role.may(.viewEnrollment) { return .all }
        if role.may(.viewIntakes) { return .taught }
        return nil
    }
}
