import Fluent
import Foundation
import NIOConcurrencyHelpers
import TanbaCore
import TanbaCredentials
import TanbaDocuments
import TanbaPersistence
import TanbaDemo
import TanbaWeb

/// `tanba bench issue`: issues certificates end to end into a scratch database and times each stage.
public struct IssueBenchmark: Sendable {
    /// Seconds spent per stage, summed over all issues.
    public struct Result: Codable, Sendable {
        public let count: Int
        public let seconds: Double
        public let perSecond: Double
        /// `qr` (encoding the verification link) and `pdf` (laying out and rendering both documents) in
        /// CPU seconds summed over threads, and `database`: the rest of the wall-clock time, which
        /// includes signing the credentials.
        public let stages: [String: Double]
    }

    let count: Int
    let localizer: Localizer

    public init(count: Int, localizer: Localizer) {
        self.count = count
        self.localizer = localizer
    }

    public func run(on database: any Database) async throws -> Result {
        let (intakeID, learners, registrar) = try await Self.prepare(database, count: count)
        // Process start-up work, as in `tanba serve`: not part of issuing.
        DocumentFonts.prepare()
        let rendering = CertificateRendering(policy: PolicyPresets.atyrau2023, publicURL: Self.publicURL,
                                             localizer: localizer, language: .russian)
        let qrSeconds = NIOLockedValueBox<Double>(0)
        let render: CertificateRenderer = { content, token in
            let qrStart = RenderingClock.threadCPUSeconds()
            let code = try CertificateDocument.verificationCode(for: rendering.verificationURL(token))
            let qrEnd = RenderingClock.threadCPUSeconds()
            qrSeconds.withLockedValue { $0 += qrEnd - qrStart }
            return try await rendering.render(content, token: token, code: code)
        }
        // Every issue signs its Open Badges credential too, as in production.
        let store = CertificateIssuing(database: database, clock: .live, random: .system, issuer: OpenBadgesIssuer(publicURL: Self.publicURL, keyEncryptionKey: .generate(), paths: .site))
        let pdfBefore = RenderingClock.pdfCPUSeconds
        let started = DispatchTime.now()
        // Issued as a commission session's bulk issue is: batches, each one transaction.
        let requests = learners.enumerated().map { index, learner in
            CertificateIssuing.IssueRequest(content: Self.content(index), learnerID: learner, intakeID: intakeID, sessionID: nil)
        }
        for start in stride(from: 0, to: requests.count, by: Self.batchSize) {
            _ = try await store.issueBatch(Array(requests[start..<min(requests.count, start + Self.batchSize)]),
                                           by: registrar, render: render)
        }
        let total = Self.seconds(started, DispatchTime.now())
        var stages = ["qr": qrSeconds.withLockedValue { $0 }, "pdf": RenderingClock.pdfCPUSeconds - pdfBefore]
        // Rendering runs on every core at once: its stages are CPU time summed over threads, so the
        // database share is what remains of the wall-clock time after rendering's wall-clock share.
        let renderingWall = ((stages["qr"] ?? 0) + (stages["pdf"] ?? 0)) / Double(max(1, ProcessInfo.processInfo.activeProcessorCount))
        stages["database"] = max(0, total - renderingWall)
        return Result(count: count, seconds: total, perSecond: total > 0 ? Double(count) / total : 0, stages: stages)
    }

    /// An intake of the atyrau-2023 policy's Java programme with `count` learners (not yet enrolled).
    static func prepare(_ db: any Database, count: Int) async throws -> (UUID, [UUID], ActingUser) {
        try await InstitutionSettings(database: db, clock: .live).apply(DemoInstitution.change(for: PolicyPresets.atyrau2023), by: .commandLine)
        let now = Date()
        let staff = UserModel(login: "bench-registrar", fullName: "Бенчмарк", role: .registrar, passwordHash: "-", createdAt: now)
        try await staff.create(on: db)
        let registrar = ActingUser(id: try staff.requireID(), name: staff.fullName, role: .registrar)
        let content = DemoPrograms.all[3].content(for: PolicyPresets.atyrau2023)
        let program = ProgramModel(createdBy: registrar.id, createdAt: now)
        program.code = "AU-MC-2026-001"
        try await program.create(on: db)
        let edition = try ProgramEditionModel(programID: try program.requireID(), number: 1, content: content,
                                              createdBy: registrar.id, at: now)
        edition.setEditionStatus(.registered)
        try await edition.create(on: db)
        let intake = IntakeModel(programID: try program.requireID(), editionID: try edition.requireID(), title: "Бенчмарк",
                                 schedule: IntakeSchedule(stored: "2026-10-01", endsOn: "2026-11-27", applicationsCloseOn: nil),
                                 capacity: count, language: .russian,
                                 studyForm: .online, responsiblePerson: "—", price: nil, createdAt: now)
        try await intake.create(on: db)
        var learners: [UUID] = []
        for index in 0..<count {
            let user = UserModel(login: "bench\(index)", fullName: Self.name(index), role: .learner, passwordHash: "-", createdAt: now)
            try await user.create(on: db)
            learners.append(try user.requireID())
        }
        return (try intake.requireID(), learners, registrar)
    }

    static let batchSize = 200
    static let publicURL = "https://tanba.example.kz"

    static func name(_ index: Int) -> String { "Нұрланова Әлия Қанатқызы \(index)" }

    static func content(_ index: Int) -> CertifiedContent {
        CertifiedContent(
            registrationNumber: "", institution: "НАО «Атырауский университет имени Х. Досмухамедова»", learnerName: name(index),
            programTitle: "Java Developer", programCode: "AU-MC-2026-001", startsOn: "2026-10-01", endsOn: "2026-11-27",
            hours: 210, credits: "7", usesECTS: false, nqfLevel: 6, eqfLevel: 6, studyForm: "in_person", language: "ru",
            learningOutcomes: ["РО1. писать программы на Java", "РО2. проектировать классы", "РО3. выбирать алгоритмы"],
            assessmentMethods: ["Практическое задание (кейс)", "Тестирование"],
            disciplines: [
                .init(name: "Основы программирования на Java", description: "Синтаксис, коллекции", credits: "3", hours: 90,
                      points: 95, letter: "A", gradePoints: "4.0"),
                .init(name: "ООП на Java", description: "Классы, интерфейсы", credits: "2", hours: 60, points: 88, letter: "B+",
                      gradePoints: "3.33"),
                .init(name: "Алгоритмы и структуры данных", description: "Сортировки, графы", credits: "2", hours: 60, points: 91,
                      letter: "A-", gradePoints: "3.67"),
            ],
            gpa: "3.72", issuedOn: "", decisionProtocol: "№ 3, 08.12.2026")
    }

    static func seconds(_ start: DispatchTime, _ end: DispatchTime) -> Double {
        Double(end.uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000_000
    }
}
