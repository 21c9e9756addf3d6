import Fluent
import Foundation
import TanbaCore
import TanbaDocuments
import TanbaPersistence
import TanbaWeb

/// `tanba bench session`: one intake's way through the final attestation as the registrar's pages
/// drive it, timed per step: every mark imported at once, the attestation page's lists, one voting
/// form with every member's vote on every learner, closing the protocol, and issuing every
/// certificate from it (content gathered from the gradebook, documents, credentials, journal).
public struct SessionBenchmark: Sendable {
    /// Wall-clock seconds per step.
    public struct Result: Codable, Sendable {
        public let learners: Int
        public let seconds: Double
        public let stages: [String: Double]
    }

    let learners: Int
    let localizer: Localizer

    public init(learners: Int, localizer: Localizer) {
        self.learners = learners
        self.localizer = localizer
    }

    public func run(on db: any Database) async throws -> Result {
        let (intakeID, learnerIDs, registrar) = try await IssueBenchmark.prepare(db, count: learners)
        DocumentFonts.prepare()
        let teacher = try await enrol(learnerIDs, in: intakeID, by: registrar, on: db)
        let disciplines = try await IntakeStore(database: db, clock: .live).content(of: try await IntakeStore(database: db, clock: .live).find(intakeID))
            .disciplines.count
        var stages: [String: Double] = [:]

        let marks = learnerIDs.flatMap { learner in
            (1...disciplines).flatMap { discipline -> [GradebookStore.Mark] in
                [.init(learnerID: learner, discipline: discipline, kind: .currentControl, points: 92),
                 .init(learnerID: learner, discipline: discipline, kind: .midterm, points: 90),
                 .init(learnerID: learner, discipline: discipline, kind: .exam, points: 95)]
            }
        }
        stages["grades"] = try await Self.timed {
            try await GradebookStore(database: db, clock: .live).record(marks, in: intakeID, by: teacher, source: "bench")
        }

        let commissions = CommissionStore(database: db, clock: .live)
        let commission = try await commissions.form(
            for: intakeID, orderNumber: "312-П", orderDate: "2026-12-01", secretaryName: "Жумабаева М. Н.",
            members: [.init(fullName: "Касымов Ерлан Темирович", position: "заведующий кафедрой", kind: .teachingStaff, role: .chair),
                      .init(fullName: "Тулегенов Бекзат Аскарович", position: "старший преподаватель", kind: .teachingStaff, role: .member),
                      .init(fullName: "Омарова Дана Серикбаевна", position: "АО «Казахтелеком»", kind: .employer, role: .member),
                      .init(fullName: "Ахметов Руслан Булатович", position: "ТОО «Kolesa Group»", kind: .specialist, role: .member)],
            by: registrar)
        let session = try await commissions.openSession(of: try commission.requireID(), date: "2026-12-08", protocolNumber: "3",
                                                        by: registrar)
        let sessionID = try session.requireID()
        stages["attestation_page"] = try await Self.timed {
            let ready = try await commissions.readyLearners(of: intakeID)
            let before = try await commissions.learners(of: session)
            guard ready.count == learners, before.count == learners else {
                throw AttestationStoreError.learnerNotReady
            }
        }
        let members = try await commissions.members(of: try commission.requireID()).compactMap(\.id)
        let votes = learnerIDs.flatMap { learner in members.map { CommissionStore.VoteEntry(.award, of: $0, on: learner) } }
        stages["votes"] = try await Self.timed { try await commissions.recordVotes(votes, in: sessionID, by: registrar) }
        stages["close"] = try await Self.timed { _ = try await commissions.close(sessionID, by: registrar) }

        let rendering = CertificateRendering(policy: PolicyPresets.atyrau2023, publicURL: IssueBenchmark.publicURL,
                                             localizer: localizer, language: .russian)
        let certificates = CertificateIssuing(database: db, clock: .live, random: .system, issuer: OpenBadgesIssuer(publicURL: IssueBenchmark.publicURL,
                                                                                   keyEncryptionKey: .generate(), paths: .site))
        stages["issue"] = try await Self.timed {
            let issued = try await certificates.issueAll(from: sessionID, by: registrar,
                                                         render: { content, token in try await rendering.render(content, token: token) })
            guard issued.count == learners else { throw CertificateStoreError.notAwarded }
        }
        return Result(learners: learners, seconds: stages.values.reduce(0, +), stages: stages)
    }

    /// Enrols every learner and assigns one teacher to every discipline; returns the teacher.
    private func enrol(_ learnerIDs: [UUID], in intakeID: UUID, by registrar: ActingUser, on db: any Database) async throws -> ActingUser {
        let now = Date()
        try await db.transaction { db in
            for learner in learnerIDs {
                let application = ApplicationModel(intakeID: intakeID, learnerID: learner, payment: .paid, at: now)
                application.status = ApplicationStatus.enrolled.rawValue
                try await application.create(on: db)
            }
        }
        let user = UserModel(login: "bench-teacher", fullName: "Тулегенов Бекзат Аскарович", role: .teacher, passwordHash: "-",
                             createdAt: now)
        try await user.create(on: db)
        let teacher = ActingUser(id: try user.requireID(), name: user.fullName, role: .teacher)
        let intakes = IntakeStore(database: db, clock: .live)
        let intake = try await intakes.find(intakeID)
        for discipline in 1...(try await intakes.content(of: intake).disciplines.count) {
            try await intakes.assign(teacher: teacher.id, discipline: discipline, of: intake, by: registrar)
        }
        return teacher
    }

    private static func timed(_ work: () async throws -> Void) async throws -> Double {
        let started = DispatchTime.now()
        try await work()
        return IssueBenchmark.seconds(started, DispatchTime.now())
    }
}
