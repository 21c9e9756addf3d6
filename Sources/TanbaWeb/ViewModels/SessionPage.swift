import Foundation
import Vapor
import TanbaCore
import TanbaPersistence

/// A commission session's page: attendance, every member's vote on every learner, the decisions
/// and the certificates issued from the protocol. Built from `SessionOverview` alone.
struct SessionPage: Encodable {
    let title: String
    /// "Program — intake" the protocol decides on.
    let program: String
    let intakeLink: String
    let closed: Bool
    let members: [MemberView]
    let learners: [LearnerVotes]
    let quorum: Int
    let actionLink: String
    let protocolLink: String
    let zipLink: String
    let error: String?
    let issuedCount: Int
    /// Learners awarded by this protocol whose certificate is still to be issued: "issue all" has work only then.
    let pendingCount: Int
    /// «Приказ № 45-МК от 12.11.2026», once the rector's order on awarding is recorded.
    let awardOrder: String
    let awardOrderLink: String
    /// The policy issues only on a recorded order (004 §5.15) and there is none yet.
    let awaitsAwardOrder: Bool
    /// The latest day an order may carry, and the earliest (the protocol's day).
    let today: String
    let protocolDate: String

    /// A member with attendance.
    struct MemberView: Encodable {
        let id: String
        let name: String
        let detail: String
        let present: Bool
    }

    /// One learner's votes and decision.
    struct LearnerVotes: Encodable {
        let id: String
        let name: String
        let votes: [VoteCell]
        let decision: String
        let awarded: Bool
        let certificate: String
        let certificateLink: String
    }

    /// One member's vote on one learner.
    struct VoteCell: Encodable {
        let memberID: String
        let present: Bool
        let award: Bool
        let refuse: Bool
        /// Cast by the member from their own account: shown, not editable by the secretary.
        let inPerson: Bool
    }

    init(_ overview: SessionOverview, error: String?, request: Request) throws {
        let session = overview.session
        let sessionID = try session.requireID()
        let decisions = Dictionary(overview.decisions.map { ($0.learnerID, $0) }, uniquingKeysWith: { first, _ in first })
        // Newest first: the first of a learner's is the one that stands, a revoked one showing as such.
        let certificates = Dictionary(overview.certificates.map { ($0.learnerID, $0) }, uniquingKeysWith: { first, _ in first })
        title = request.sessionTitle(session)
        program = IntakeView.heading(program: overview.content.title, intake: overview.intake.title)
        intakeLink = SiteRoute.attestation(intakeID: session.intakeID).path
        closed = session.isClosed
        members = try overview.members.map { member in
            let memberID = try member.requireID()
            let chair = member.role == CommissionRole.chair.rawValue ? " · " + request.t("member_role.chair") : ""
            return MemberView(id: memberID.uuidString, name: member.fullName,
                              detail: "\(member.position) · \(request.t("member_kind.\(member.kind)"))\(chair)",
                              present: session.present.contains(memberID))
        }
        learners = try overview.learners.map { learner in
            let id = try learner.requireID()
            let decision = decisions[id]
            let certificate = certificates[id]
            return LearnerVotes(
                id: id.uuidString, name: learner.fullName,
                votes: try overview.members.map { member in
                    let memberID = try member.requireID()
                    let vote = overview.votes[id]?[memberID]
                    return VoteCell(memberID: memberID.uuidString, present: session.present.contains(memberID),
                                    award: vote == .award, refuse: vote == .refuse,
                                    inPerson: overview.castInPerson.contains(.init(learner: id, member: memberID)))
                },
                decision: decision.map { SessionPage.decisionText($0, request: request) } ?? "",
                awarded: decision?.awards ?? false,
                certificate: certificate.map { "\($0.registrationNumber) (\(request.t("certificate_status.\($0.status)")))" } ?? "",
                certificateLink: try certificate.map { SiteRoute.certificate(try $0.requireID()).path } ?? "")
        }
        quorum = overview.rules.quorum(of: overview.members.count)
        actionLink = SiteRoute.attestationSession(sessionID).path
        protocolLink = SiteRoute.sessionProtocolPDF(sessionID).path
        zipLink = SiteRoute.sessionDocumentsZIP(sessionID).path
        self.error = error
        issuedCount = try overview.certificates.filter { try $0.certificateStatus == .valid }.count
        pendingCount = overview.decisions.filter { $0.awards && certificates[$0.learnerID] == nil }.count
        awardOrder = overview.awardOrder.map {
            request.t("award_order.recorded", ["number": $0.number, "date": DisplayDate.fromISO($0.orderDate)])
        } ?? ""
        awardOrderLink = overview.awardOrder == nil ? "" : SiteRoute.sessionAwardOrderPDF(sessionID).path
        awaitsAwardOrder = overview.requiresAwardOrder && overview.awardOrder == nil
        today = AlmatyDate.iso(try request.clock().now())
        protocolDate = session.sessionDate
    }

    /// "присвоить (3–0)": the outcome with the votes for and against.
    static func decisionText(_ decision: AttestationDecisionModel, request: Request) -> String {
        request.t("decision_outcome." + decision.outcome) + " (" + String(decision.votesFor) + "–" + String(decision.votesAgainst) + ")"
    }
}
