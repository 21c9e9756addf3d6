import Fluent
import Foundation
import TanbaCore
import TanbaPersistence
import TanbaWeb

/// Two past academic years of the two programs seed 001 reports on, so the reports reproduce its
/// figures: ML Specialist 135 trained and 4 certified, Statistics Essentials 135 and 9, over
/// 2024-2025 and 2025-2026. The intakes are entered as the records of study run before the
/// installation (their learners' accounts are closed); marks, the commission, its protocol and the
/// certificates go through the same stores as today's.
struct DemoHistory {
    let database: any Database
    let actors: [Role: ActingUser]
    let issuer: OpenBadgesIssuer
    let render: CertificateRenderer

    /// One past intake: how many studied, how many the commission awarded, on which days.
    struct PastIntake {
        let program: String
        let title: String
        let startsOn: String
        let endsOn: String
        let trained: Int
        let certified: Int
        let meeting: String
    }

    /// In the order the commissions met, so certificate numbers follow their issue days.
    static let intakes = [
        PastIntake(program: "Statistics Essentials", title: "Statistics Essentials — весна 2025", startsOn: "2025-02-10",
                   endsOn: "2025-05-23", trained: 65, certified: 4, meeting: "2025-06-06"),
        PastIntake(program: "ML Specialist", title: "ML Specialist — весна 2025", startsOn: "2025-02-03", endsOn: "2025-05-30",
                   trained: 60, certified: 1, meeting: "2025-06-10"),
        PastIntake(program: "Statistics Essentials", title: "Statistics Essentials — осень 2025", startsOn: "2025-09-22",
                   endsOn: "2025-12-05", trained: 70, certified: 5, meeting: "2025-12-12"),
        PastIntake(program: "ML Specialist", title: "ML Specialist — осень 2025", startsOn: "2025-09-15", endsOn: "2025-12-12",
                   trained: 75, certified: 3, meeting: "2025-12-19"),
    ]

    private static let surnames = ["Абенов", "Ахметов", "Бекова", "Досымов", "Ермекова", "Жакупов", "Исаева", "Кенжебаев", "Мусина",
                                   "Нуров", "Оспанова", "Рахимов", "Сарсенова", "Тлеуов", "Утепова", "Шаяхметов", "Ыбырай", "Әлиева"]
    private static let names = ["Алия", "Арман", "Дина", "Ерлан", "Жанна", "Нурлан", "Сауле", "Тимур", "Айдана", "Бауыржан", "Мадина",
                                "Асель", "Руслан", "Камила", "Данияр"]

    func load() async throws {
        guard let registrar = actors[.registrar], let teacher = actors[.teacher] else { return }
        let registry = try await RegistryStore(database: database).search(RegistryQuery(perPage: 100))
        var serial = 0
        for past in Self.intakes {
            guard let entry = registry.entries.first(where: { $0.content.title == past.program }) else { continue }
            let intake = try await intake(past, program: try entry.program.requireID(), edition: entry.edition, registrar: registrar)
            let intakeID = try intake.requireID()
            // The learners and their enrollment: one statement per table, not one per learner.
            let enrolledAt = DemoData.date(past.startsOn).addingTimeInterval(-7 * 86_400)
            let learners = (0..<past.trained).map { index -> UserModel in
                serial += 1
                let name = Self.surnames[serial % Self.surnames.count] + " " + Self.names[(serial / Self.surnames.count + index) % Self.names.count]
                let user = UserModel(login: String(format: "past-%04d", serial), fullName: name, role: .learner,
                                     passwordHash: "!", createdAt: enrolledAt)
                user.isActive = false
                return user
            }
            try await learners.create(on: database)
            let order = EnrollmentOrderModel(intakeID: intakeID, number: "\(past.trained)-МК/\(past.startsOn.prefix(4))",
                                             orderDate: AlmatyDate.iso(enrolledAt), responsiblePerson: "Касымов Е. Т.",
                                             language: "ru", createdBy: registrar.id, at: enrolledAt)
            try await order.create(on: database)
            let applications = try learners.map { learner in
                let application = ApplicationModel(intakeID: intakeID, learnerID: try learner.requireID(), payment: .paid, at: enrolledAt)
                application.status = ApplicationStatus.enrolled.rawValue
                application.prerequisitesChecked = true
                application.contractNumber = "Д-\(past.startsOn.prefix(4))-\(try learner.requireID().uuidString.prefix(4))"
                application.decidedBy = registrar.id
                application.decidedAt = enrolledAt
                application.orderID = try order.requireID()
                return application
            }
            try await applications.create(on: database)
            // Those who passed every discipline: the certified, and one the commission did not award.
            let completers = Array(learners.prefix(past.certified + 1))
            let content = try entry.edition.decodedContent()
            for discipline in content.disciplines.indices {
                try await IntakeStore(database: database, clock: .fixed(DemoData.date(past.startsOn)))
                    .assign(teacher: teacher.id, discipline: discipline + 1, of: intake, by: registrar)
            }
            var marks: [GradebookStore.Mark] = []
            for (index, learner) in completers.enumerated() {
                for discipline in content.disciplines.indices {
                    let base = index == past.certified ? 62 : 86 + (index + discipline) % 10
                    marks += [.init(learnerID: try learner.requireID(), discipline: discipline + 1, kind: .currentControl, points: base),
                              .init(learnerID: try learner.requireID(), discipline: discipline + 1, kind: .midterm, points: base + 2),
                              .init(learnerID: try learner.requireID(), discipline: discipline + 1, kind: .exam, points: base + 1)]
                }
            }
            try await GradebookStore(database: database, clock: .fixed(DemoData.date(past.endsOn))).record(marks, in: intakeID, by: teacher,
                                                                                                       source: "Platonus (перенос)")
            try await attest(past, intake: intakeID, awarded: Set(try completers.prefix(past.certified).map { try $0.requireID() }),
                             registrar: registrar)
        }
        try await verifications()
    }

    /// Employers and learners checked the certificates now and then after each was issued: the
    /// counts a verification adds, written as the server writes them.
    private func verifications() async throws {
        let lookups = VerificationLookups()
        for certificate in try await CertificateModel.query(on: database).all() {
            for (days, times) in [(2.0, 3), (9.0, 2), (35.0, 2), (120.0, 1)] {
                let day = certificate.issuedAt.addingTimeInterval(days * 86_400)
                // Not past the demo's last recorded day.
                guard day < DemoData.date("2026-12-01") else { continue }
                for _ in 0..<times { lookups.record(at: day) }
            }
        }
        try await lookups.flush(on: database)
    }

    private func intake(_ past: PastIntake, program: UUID, edition: ProgramEditionModel, registrar: ActingUser) async throws -> IntakeModel {
        let schedule = IntakeSchedule(stored: past.startsOn, endsOn: past.endsOn,
                                      applicationsCloseOn: AlmatyDate.iso(DemoData.date(past.startsOn).addingTimeInterval(-10 * 86_400)))
        let intake = IntakeModel(programID: program, editionID: try edition.requireID(), title: past.title, schedule: schedule,
                                 capacity: past.trained, language: .russian, studyForm: .online, responsiblePerson: "Касымов Е. Т.",
                                 price: nil, createdAt: DemoData.date(past.startsOn).addingTimeInterval(-40 * 86_400))
        intake.isOpen = false
        try await intake.create(on: database)
        return intake
    }

    /// The commission of the intake, its session, the votes, the protocol, the award order and the certificates.
    private func attest(_ past: PastIntake, intake intakeID: UUID, awarded: Set<UUID>, registrar: ActingUser) async throws {
        let meeting = DemoData.date(past.meeting)
        let commissions = CommissionStore(database: database, clock: .fixed(meeting.addingTimeInterval(-5 * 86_400)))
        let commission = try await commissions.form(
            for: intakeID, orderNumber: "\(past.meeting.suffix(2))-П", orderDate: AlmatyDate.iso(meeting.addingTimeInterval(-14 * 86_400)),
            secretaryName: "Жумабаева М. Н.",
            members: [
                .init(fullName: "Касымов Ерлан Темирович", position: "заведующий кафедрой ИИ", kind: .teachingStaff, role: .chair),
                .init(fullName: "Омарова Дана Серикбаевна", position: "руководитель отдела данных, АО «Казахтелеком»", kind: .employer, role: .member),
                .init(fullName: "Ахметов Руслан Булатович", position: "ведущий ML-инженер, ТОО «Kolesa Group»", kind: .specialist, role: .member),
            ], by: registrar)
        let session = try await commissions.openSession(of: try commission.requireID(), date: past.meeting, protocolNumber: "1",
                                                        by: registrar)
        let sessionID = try session.requireID()
        let members = try await commissions.members(of: try commission.requireID()).compactMap(\.id)
        for learner in try await commissions.readyLearners(of: intakeID) {
            let vote: AttestationVote = awarded.contains(try learner.requireID()) ? .award : .refuse
            for member in members {
                try await commissions.recordVote(vote, of: member, on: try learner.requireID(), in: sessionID, by: registrar)
            }
        }
        _ = try await commissions.close(sessionID, by: registrar)
        try await CommissionStore(database: database, clock: .fixed(meeting)).recordAwardOrder(
            sessionID, number: "\(past.meeting.suffix(2))-МК", date: past.meeting, by: registrar)
        let issuing = CertificateIssuing(database: database, clock: .fixed(meeting.addingTimeInterval(86_400)), random: .system, issuer: issuer)
        _ = try await issuing.issueAll(from: sessionID, by: registrar, render: render)
    }
}
