import Fluent
import Foundation
import TanbaCore
import TanbaPersistence
import TanbaWeb

/// Demo attestation: a commission, a closed protocol, certificates, one revoked and one superseded.
struct DemoAttestation {
    let database: any Database
    let registrar: ActingUser
    /// Demo accounts that sit on the commission and vote in person, by the member's full name.
    let memberAccounts: [String: ActingUser]
    let start: Date
    let issuer: OpenBadgesIssuer
    let render: CertificateRenderer

    func load() async throws {
        guard let intake = try await IntakeModel.query(on: database).filter(\.$title == "ML Specialist — осень 2026").first() else {
            return
        }
        let intakeID = try intake.requireID()
        let day = { (offset: Double) in start.addingTimeInterval(offset * 86_400) }
        let commissions = CommissionStore(database: database, clock: .fixed(day(70)))
        let commission = try await commissions.form(
            for: intakeID, orderNumber: "312-П", orderDate: "2026-11-06", secretaryName: "Жумабаева М. Н.",
            members: [
                .init(fullName: "Касымов Ерлан Темирович", position: "заведующий кафедрой ИИ", kind: .teachingStaff, role: .chair),
                .init(fullName: "Омарова Дана Серикбаевна", position: "руководитель отдела данных, АО «Казахтелеком»", kind: .employer, role: .member),
                .init(fullName: "Ахметов Руслан Булатович", position: "ведущий ML-инженер, ТОО «Kolesa Group»", kind: .specialist, role: .member),
                .init(fullName: "Тулегенов Бекзат Аскарович", position: "старший преподаватель", kind: .teachingStaff, role: .member),
            ], by: registrar)
        let session = try await commissions.openSession(of: try commission.requireID(), date: "2026-11-10", protocolNumber: "3",
                                                        by: registrar)
        let sessionID = try session.requireID()
        let members = try await commissions.members(of: try commission.requireID())
        // Two members vote from their own accounts; the secretary records the others' votes.
        var voters: [UUID: ActingUser] = [:]
        for member in members {
            guard let account = memberAccounts[member.fullName], let memberID = member.id else { continue }
            try await commissions.link(member: memberID, to: account.id, by: registrar)
            voters[memberID] = account
        }
        for learner in try await commissions.readyLearners(of: intakeID) {
            for member in members.compactMap(\.id) {
                try await commissions.recordVote(.award, of: member, on: try learner.requireID(), in: sessionID, by: voters[member] ?? registrar)
            }
        }
        _ = try await commissions.close(sessionID, by: registrar)
        // The rector signs the order on awarding on the day of the meeting (004 §5.15); SKMA issues only on it.
        try await CommissionStore(database: database, clock: .fixed(day(71))).recordAwardOrder(
            sessionID, number: "318-МК", date: AlmatyDate.iso(day(70)), by: registrar)
        let certificates = CertificateIssuing(database: database, clock: .fixed(day(71)), random: .system, issuer: issuer)
        let issued = try await certificates.issueAll(from: sessionID, by: registrar, render: render)
        let byName = Dictionary(uniqueKeysWithValues: try issued.map { (try $0.certifiedContent().learnerName, $0) })
        if let timur = byName["Сейткалиев Тимур Маратович"] {
            try await CertificateLifecycle(issuing: CertificateIssuing(database: database, clock: .fixed(day(75)), random: .system, issuer: issuer)).revoke(
                try timur.requireID(), decidedBy: "Ректор (приказ)", number: "212-П", decidedOn: AlmatyDate.iso(day(75)),
                reason: "Выдан ошибочно: договор расторгнут до итоговой аттестации.", by: registrar)
        }
        if let aliya = byName["Нұрланова Әлия Қанатқызы"] {
            _ = try await CertificateLifecycle(issuing: CertificateIssuing(database: database, clock: .fixed(day(76)), random: .system, issuer: issuer)).reissue(
                try aliya.requireID(), correctedName: "Нұрланова Әлия Қанатқызы (Nurlanova Aliya)", by: registrar, render: render)
        }
    }
}
