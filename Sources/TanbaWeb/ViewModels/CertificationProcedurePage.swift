import Foundation
import Vapor
import TanbaCore

/// The published certification procedure (002 §8.1): how documents are awarded, verified and
/// annulled under the active policy, written from the policy itself so the page never drifts
/// from what Tanba enforces.
struct CertificationProcedurePage: Encodable {
    let institution: String
    let source: String
    let sections: [Section]

    /// One part of the procedure.
    struct Section: Encodable {
        let heading: String
        let points: [String]
    }

    init(policy: InstitutionPolicy, institution: InstitutionProfile, year: Int, request: Request) {
        let t = { (key: String, arguments: [String: String]) in request.t(key, arguments) }
        let language = request.language
        self.institution = institution.fullName.text(in: language)
        source = policy.source
        let document = t(policy.awardDocument == .svidetelstvo ? "procedure.document.svidetelstvo" : "procedure.document.certificate", [:])
        // The same word opening a sentence.
        let Document = document.prefix(1).uppercased() + document.dropFirst()
        // An example number of this year, rather than the pattern's notation.
        let example = policy.registrationNumberFormat.format(year: year, sequence: 1)
        let rules = policy.commissionRules
        let kinds = CommissionMemberKind.allCases.filter(rules.requiredKinds.contains).map { t("member_kind.\($0.rawValue)", [:]) }
        let stages = policy.stages.map { stage in
            t("stage.\(stage.stage.rawValue)", [:]) + (stage.requiredFromEQFLevel.map { " " + t("procedure.from_eqf", ["level": "\($0)"]) } ?? "")
        }
        var award = [
            t("procedure.award.program", ["stages": stages.joined(separator: " → ")]),
            t("procedure.award.grades", ["scale": policy.gradeScale.summary]),
            t("procedure.award.commission", ["minimum": "\(rules.minimumMembers)", "kinds": kinds.joined(separator: ", "),
                                             "quorum": "\(rules.quorumNumerator)/\(rules.quorumDenominator)"]),
            t(rules.chairCastsTieBreak ? "procedure.award.majority_chair" : "procedure.award.majority", [:]),
        ]
        if policy.requiresAwardOrder { award.append(t("procedure.award.order", ["document": document])) }
        award.append(t("procedure.award.issue", ["document": document, "Document": Document, "example": example]))
        award.append(t("procedure.award.credential", [:]))
        sections = [
            Section(heading: t("procedure.award", ["document": document]), points: award),
            Section(heading: t("procedure.verify", [:]), points: [
                t("procedure.verify.qr", [:]), t("procedure.verify.lookup", [:]), t("procedure.verify.offline", [:]),
            ]),
            Section(heading: t("procedure.annul", [:]), points: [
                t("procedure.annul.decision", ["document": document, "Document": Document]), t("procedure.annul.shown", [:]), t("procedure.annul.reissue", [:]),
            ]),
            Section(heading: t("procedure.monitoring", [:]), points: [
                t("procedure.monitoring.validity", ["months": "\(policy.monitoringPeriodMonths)"]), t("procedure.monitoring.withdraw", [:]),
            ]),
        ]
    }
}
