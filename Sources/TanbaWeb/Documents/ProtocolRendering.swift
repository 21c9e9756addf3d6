import Foundation
import Vapor
import TanbaCore
import TanbaDocuments
import TanbaPersistence

/// The commission's protocol as a PDF in the institution's document language (the first one of a
/// bilingual setting): a Kazakh institution's protocol is in Kazakh, whatever the page's language.
struct ProtocolRendering {
    let localizer: Localizer
    let language: LanguageCode

    func t(_ key: String, _ arguments: [String: String] = [:]) -> String {
        localizer.string(key, language, arguments)
    }

    func content(_ sheet: ProtocolSheet) -> CommissionProtocolContent {
        let session = sheet.session, commission = sheet.commission
        let rules = sheet.policy.commissionRules
        let city = sheet.institution.city.text(in: language)
        return CommissionProtocolContent(
            institutionName: sheet.institution.fullName.text(in: language),
            documentTitle: t("protocol.title"), protocolNumber: session.protocolNumber,
            subject: t("protocol.subject", ["program": sheet.programTitle, "intake": sheet.intake.title]),
            city: city.isEmpty ? sheet.policy.documentCity.map { t("certificate.city.\($0.rawValue)") } ?? "" : city,
            date: DisplayDate.fromISO(session.sessionDate),
            orderLine: t("protocol.order", ["number": commission.orderNumber, "date": DisplayDate.fromISO(commission.orderDate)]),
            members: sheet.members.map { member in
                ProtocolMember(name: member.fullName, position: member.position,
                               role: member.role == CommissionRole.chair.rawValue ? .chair : .member,
                               isPresent: member.id.map(session.present.contains) ?? false)
            } + [ProtocolMember(name: commission.secretaryName, role: .secretary)],
            quorumLine: t("protocol.quorum", ["present": "\(session.present.count)", "total": "\(sheet.members.count)",
                                              "required": "\(rules.quorum(of: sheet.members.count))"]),
            agenda: [t("protocol.agenda", ["program": sheet.programTitle])],
            decisions: sheet.decisions.map { decision, name in
                ProtocolDecision(learnerName: name, programTitle: sheet.programTitle, votesFor: decision.votesFor,
                                 votesAgainst: decision.votesAgainst, abstained: 0,
                                 decision: t("decision_outcome." + decision.outcome))
            },
            labels: labels)
    }

    /// The form's fixed wording in the document's language, from the localisation files.
    var labels: CommissionProtocolLabels {
        let label = { (key: String) in t("protocol.label." + key) }
        return CommissionProtocolLabels(
            numberSign: label("number_sign"), membersTitle: label("members"), agendaTitle: label("agenda"),
            decisionsTitle: label("decisions"), memberColumns: label("member_columns").split(separator: "|").map(String.init),
            decisionColumns: label("decision_columns").split(separator: "|").map(String.init), chair: label("chair"),
            secretary: label("secretary"), member: label("member"), present: label("present"), absent: label("absent"),
            chairSignature: label("chair_signature"), secretarySignature: label("secretary_signature"))
    }

    func render(_ sheet: ProtocolSheet) async throws -> Data {
        try await PDFRenderer.render(CommissionProtocolDocument.makeSpec(content(sheet)))
    }
}

extension Request {
    /// The protocol rendering in the institution's document language.
    func protocolRendering() async throws -> ProtocolRendering {
        let setting = try await SettingsStore.value(SettingsStore.documentLanguageKey, on: db) ?? "ru"
        let language = setting.split(separator: "+").first.flatMap { LanguageCode(rawValue: String($0)) } ?? .russian
        return ProtocolRendering(localizer: application.localizer, language: language)
    }
}
