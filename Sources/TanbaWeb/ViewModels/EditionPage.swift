import Foundation
import Vapor
import TanbaCore
import TanbaPersistence

/// An edition's page in the workspace: the program as it stands, what is wrong with a draft, and
/// the decisions the user's role may take on it. Built from `EditionOverview` alone.
struct EditionPage: Encodable {
    let program: ProgramView
    let editionID: String
    let programID: String
    let canEdit: Bool
    let editLink: String
    let actionLink: String
    let newEditionLink: String
    let canStartNewEdition: Bool
    let publicLink: String?
    /// The registry application (004 App. Д), which may be filed before registration.
    let applicationLink: String
    /// The disciplines' teaching kits (УМКД, 004 §5.10).
    let teachingKitLink: String
    let issues: [IssueView]
    let actions: [ActionView]
    /// Withdrawal is among the actions: the form then says what it does and asks to confirm it.
    let canWithdraw: Bool
    let needsDocumentNumber: Bool
    /// An internal expertise may name the academic committee's protocol and meeting (000 App. 2).
    let mayNameCommitteeProtocol: Bool
    let error: String?
    let errorIssues: [IssueView]

    /// A button the user may press.
    struct ActionView: Encodable {
        let value: String
        let label: String
        let primary: Bool
    }

    init(_ overview: EditionOverview, for actor: ActingUser, error: String?, errorIssues: [IssueView], request: Request) throws {
        let status = overview.status
        let editionID = try overview.edition.requireID()
        let programID = try overview.program.requireID()
        let actions = ApprovalWorkflow(policy: overview.policy).availableActions(in: status, for: actor.role)
        let issues = status.isEditable ? ProgramValidator(policy: overview.policy).validate(overview.content) : []
        program = try ProgramView(request: request, program: overview.program, edition: overview.edition,
                                  content: overview.content, history: overview.history)
        self.editionID = editionID.uuidString
        self.programID = programID.uuidString
        canEdit = status.isEditable && actor.role.may(.developPrograms)
        editLink = SiteRoute.editEdition(editionID).path
        actionLink = SiteRoute.editionAction(editionID).path
        newEditionLink = SiteRoute.newEdition(programID: programID).path
        canStartNewEdition = actor.role.may(.developPrograms) && status == .registered && !overview.hasOpenEdition
        applicationLink = SiteRoute.editionRegistryApplication(editionID).path
        teachingKitLink = SiteRoute.teachingKit(editionID).path
        publicLink = overview.program.code.flatMap { code in
            overview.program.publicEditionID == nil ? nil : SiteRoute.program(code: code).path
        }
        self.issues = issues.map { IssueView($0, request: request) }
        self.actions = actions.map { ActionView(value: $0.formValue, label: request.t("action.\($0.formValue)"),
                                                primary: $0 == .approve || $0 == .submit) }
        canWithdraw = actions.contains(.withdraw)
        needsDocumentNumber = ApprovalWorkflow.decisionNeedsDocumentNumber(in: status)
        mayNameCommitteeProtocol = ApprovalWorkflow.decisionMayNameCommitteeProtocol(in: status)
        self.error = error
        self.errorIssues = errorIssues
    }
}
