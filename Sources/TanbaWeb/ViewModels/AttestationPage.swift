import Foundation
import Vapor
import TanbaCore
import TanbaPersistence

/// An intake's attestation page: its commissions (order, members, the account each member votes
/// from, sessions), the learners admitted, and the forms to form a commission and open a session.
/// Built from `AttestationOverview` alone.
struct AttestationPage: Encodable {
    let intake: IntakeView
    let commissions: [CommissionView]
    let readyLearners: [ReadyLearnerView]
    let kinds: [SelectOption]
    let roles: [SelectOption]
    let memberRows: [Int]
    let today: String
    let error: String?
    let actionLink: String

    /// A learner admitted to the final attestation; `note` says why a new protocol leaves them out.
    struct ReadyLearnerView: Encodable {
        let name: String
        let note: String
        let hasNote: Bool
    }

    /// A commission with its members and sessions.
    struct CommissionView: Encodable {
        let id: String
        let order: String
        let secretary: String
        let members: [String]
        let sessions: [SessionLink]
        /// Each member with the accounts one may link to their seat.
        let accounts: [MemberAccount]
    }

    /// A member's seat and the account they vote from.
    struct MemberAccount: Encodable {
        let memberID: String
        let name: String
        let options: [SelectOption]
    }

    /// A session in a list.
    struct SessionLink: Encodable {
        let title: String
        let href: String
        let closed: Bool
    }

    /// `today` is the Almaty day (`yyyy-MM-dd`) the forms default to.
    init(_ overview: AttestationOverview, error: String?, today: String, request: Request) throws {
        let intakeID = try overview.intake.requireID()
        let logins = try overview.staff.byID().mapValues(\.login)
        intake = try IntakeView(overview.intake, content: overview.content, today: today, request: request)
        commissions = try overview.commissions.map { entry in
            let commission = entry.commission
            let members = entry.members.map { member in
                let chair = member.role == CommissionRole.chair.rawValue ? ", " + request.t("member_role.chair") : ""
                return "\(member.fullName) — \(member.position) (\(request.t("member_kind.\(member.kind)"))\(chair))"
                    + (member.userID.flatMap { logins[$0] }.map { " · " + request.t("commission.account") + " " + $0 } ?? "")
            }
            let accounts = try entry.members.map { member in
                MemberAccount(memberID: try member.requireID().uuidString, name: member.fullName,
                              options: [SelectOption(value: "", label: request.t("commission.no_account"), selected: member.userID == nil)]
                                + (try overview.staff.map { user in
                                    let userID = try user.requireID()
                                    return SelectOption(value: userID.uuidString,
                                                        label: "\(user.fullName) (\(user.login), \(request.t("role.\(user.roleRaw)")))",
                                                        selected: userID == member.userID)
                                }))
            }
            let sessions = try entry.sessions.map { session in
                SessionLink(title: request.sessionTitle(session),
                            href: SiteRoute.attestationSession(try session.requireID()).path, closed: session.isClosed)
            }
            return CommissionView(id: try commission.requireID().uuidString,
                                  order: "№ \(commission.orderNumber), \(DisplayDate.fromISO(commission.orderDate))",
                                  secretary: commission.secretaryName, members: members, sessions: sessions, accounts: accounts)
        }
        readyLearners = overview.readyLearners.map { ready in
            let note = switch ready.standing {
            case .awaitingDecision: ""
            case .certified(let number): request.t("attestation.certified", ["number": number])
            case .awaitingIssue: request.t("attestation.awaiting_issue")
            }
            return ReadyLearnerView(name: ready.learner.fullName, note: note, hasNote: !note.isEmpty)
        }
        kinds = CommissionMemberKind.allCases.map { SelectOption(value: $0.rawValue, label: request.t("member_kind.\($0.rawValue)")) }
        roles = CommissionRole.allCases.map { SelectOption(value: $0.rawValue, label: request.t("member_role.\($0.rawValue)")) }
        memberRows = Array(0..<5)
        self.today = today
        self.error = error
        actionLink = SiteRoute.attestation(intakeID: intakeID).path
    }
}
