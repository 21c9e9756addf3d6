import Fluent
import Foundation
import TanbaCore
import TanbaPersistence
import TanbaWeb

/// Demo installation: the programs of seed 001 in various stages of approval and a user per role.
public struct DemoData: Sendable {
    /// A demo login, printed for whoever runs `tanba demo`.
    public struct Login: Sendable {
        public let role: Role
        public let login: String
        public let password: String
        public let name: String
    }

    public let policyName: String

    public init(policyName: String) {
        self.policyName = policyName
    }

    public static func hasUsers(on database: any Database) async throws -> Bool {
        try await UserModel.query(on: database).count() > 0
    }

    public static let logins: [Login] = [
        Login(role: .administrator, login: "admin", password: "demo-admin-2026", name: "Жанар Сейткали"),
        Login(role: .programDeveloper, login: "developer", password: "demo-developer-2026", name: "Айгерим Нурланова"),
        Login(role: .internalExpert, login: "expert", password: "demo-expert-2026", name: "Ерлан Касымов"),
        Login(role: .externalExpert, login: "employer", password: "demo-employer-2026", name: "Дана Омарова (АО «Казахтелеком»)"),
        Login(role: .councilSecretary, login: "secretary", password: "demo-secretary-2026", name: "Гульмира Ахметова"),
        Login(role: .registrar, login: "registrar", password: "demo-registrar-2026", name: "Мадина Жумабаева"),
        Login(role: .teacher, login: "teacher", password: "demo-teacher-2026", name: "Бекзат Тулегенов"),
        Login(role: .learner, login: "aliya", password: DemoLearning.learnerPassword, name: "Нұрланова Әлия Қанатқызы"),
    ]

    /// Fills an empty, migrated database; returns the logins.
    @discardableResult
    public func load(on database: any Database, storage: any DocumentStorage, localizer: Localizer,
                     issuer: OpenBadgesIssuer) async throws -> [Login] {
        guard let policy = PolicyPresets.named(policyName) else { throw DemoError.unknownPolicy(policyName) }
        let start = Self.date("2026-09-01")
        let settings = InstitutionSettings(database: database, clock: .fixed(start))
        try await settings.apply(DemoInstitution.change(for: policy), by: .commandLine)
        try await settings.uploadLogo(DemoInstitution.logo(for: policy), rules: LogoRules(), by: .commandLine)
        var actors: [Role: ActingUser] = [:]
        for login in Self.logins where login.role != .learner {
            let user = try await UserDirectory(database: database, clock: .fixed(start))
                .create(login: login.login, fullName: login.name, roleName: login.role.rawValue, password: login.password,
                        position: Self.positions[login.role]?.position, workplace: Self.positions[login.role]?.workplace,
                        check: .demoOnly)
            actors[login.role] = ActingUser(id: try user.requireID(), name: user.fullName, role: login.role)
        }
        guard let developer = actors[.programDeveloper] else { return Self.logins }
        for (index, demo) in DemoPrograms.all.enumerated() {
            var day = start.addingTimeInterval(Double(index) * 86_400)
            func store() -> ProgramStore {
                day = day.addingTimeInterval(2 * 86_400)
                return ProgramStore(database: database, clock: .fixed(day))
            }
            let content = demo.content(for: policy)
            let edition = try await store().createDraft(content, by: developer)
            let editionID = try edition.requireID()
            guard demo.target != .draft, ProgramValidator(policy: policy).validate(content).isEmpty else { continue }
            try await store().perform(.submit, on: editionID, by: developer, record: .init())
            let stages = policy.stages(forEQFLevel: content.passport.eqfLevel)
            let approvals: Int = switch demo.target {
            case .draft: 0
            case .returned: 0
            case .inReview(let done): min(done, max(0, stages.count - 1))
            case .registered, .registeredWithNewEdition: stages.count
            }
            for (number, stage) in stages.prefix(approvals).enumerated() {
                guard let actor = actors[stage.deciderRole] else { continue }
                let decider = store()
                try await decider.perform(.approve, on: editionID, by: actor,
                                          record: Self.record(for: stage, number: number + 1, meetingDate: AlmatyDate.iso(decider.clock.now())))
            }
            if demo.target == .returned, let stage = stages.first, let actor = actors[stage.deciderRole] {
                let decider = store()
                try await decider.perform(.returnForRevision, on: editionID, by: actor, record: .init(
                    conclusion: "Результаты обучения РО3 и РО4 не измеримы: уточните критерии оценивания и метод оценки практических навыков.",
                    documentNumber: stage.requiresDocumentNumber ? "3" : "",
                    meetingDate: stage.requiresDocumentNumber ? AlmatyDate.iso(decider.clock.now()) : ""))
            }
            if demo.target == .registeredWithNewEdition {
                let programID = edition.$program.id
                let next = try await store().startNewEdition(of: programID, by: developer)
                var updated = try next.decodedContent()
                updated.literature += "\nGéron A. Hands-On Machine Learning with Scikit-Learn, Keras, and TensorFlow. 3rd ed. O'Reilly, 2022."
                _ = try await store().updateDraft(try next.requireID(), with: updated, by: developer)
                try await store().perform(.submit, on: try next.requireID(), by: developer, record: .init())
            }
        }
        try await DemoLearning(database: database, storage: storage, actors: actors, start: start).load()
        try await DemoRecognition(database: database, storage: storage, issuer: issuer, actors: actors).load()
        if let registrar = actors[.registrar] {
            let rendering = try await CertificateRendering.active(on: database, publicURL: issuer.publicURL, localizer: localizer)
            var memberAccounts: [String: ActingUser] = [:]
            memberAccounts["Омарова Дана Серикбаевна"] = actors[.externalExpert]
            memberAccounts["Тулегенов Бекзат Аскарович"] = actors[.teacher]
            try await DemoAttestation(database: database, registrar: registrar, memberAccounts: memberAccounts, start: start, issuer: issuer,
                                      render: { content, token in try await rendering.render(content, token: token) }).load()
            // Seed 001's figures over the two academic years before this one.
            try await DemoHistory(database: database, actors: actors, issuer: issuer,
                                  render: { content, token in try await rendering.render(content, token: token) }).load()
        }
        // After the attestation: the surveys follow the certificates, the monitoring's figures include them.
        try await DemoSurveys(database: database, actors: actors).load()
        try await DemoMonitoring(database: database, actors: actors).load()
        return Self.logins
    }

    /// Positions and workplaces of the demo staff, as program documents list experts.
    static let positions: [Role: (position: String, workplace: String)] = [
        .programDeveloper: ("старший преподаватель", "кафедра программной инженерии"),
        .internalExpert: ("председатель академического комитета", "факультет компьютерных наук"),
        .externalExpert: ("руководитель отдела данных", "АО «Казахтелеком»"),
        .councilSecretary: ("учёный секретарь", "Учёный совет"),
    ]

    private static func record(for stage: ApprovalStage, number: Int, meetingDate: String) -> ApprovalWorkflow.Record {
        var record = record(for: stage, number: number)
        if stage.requiresDocumentNumber { record.meetingDate = meetingDate }
        if stage == .internalExpertise {
            // The academic committee recommends by its own protocol (000 App. 2).
            record.documentNumber = "1"
            record.meetingDate = meetingDate
        }
        return record
    }

    private static func record(for stage: ApprovalStage, number: Int) -> ApprovalWorkflow.Record {
        switch stage {
        case .internalExpertise:
            .init(conclusion: "Программа соответствует НРК, профессиональному стандарту и структуре микроквалификаций. Рекомендуется к внешней экспертизе.")
        case .externalExpertise:
            .init(conclusion: "Содержание актуально для работодателя, навыки востребованы. Рекомендуется к утверждению.")
        case .facultyCouncil:
            .init(conclusion: "Рекомендовано советом факультета.", documentNumber: "\(number + 2)")
        case .methodicalCouncil:
            .init(conclusion: "Одобрено методическим советом.", documentNumber: "\(number + 1)")
        case .academicCouncil:
            .init(conclusion: "Утверждено решением Учёного совета.", documentNumber: "\(number + 4)")
        case .rectorOrder:
            .init(conclusion: "Утверждено приказом ректора.", documentNumber: "\(100 + number)-П")
        }
    }

    static func date(_ text: String) -> Date {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = Monitoring.timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.date(from: text + " 10:00") ?? Date(timeIntervalSince1970: 0)
    }
}

/// Demo data that cannot be loaded.
public enum DemoError: Error {
    case unknownPolicy(String)
}
