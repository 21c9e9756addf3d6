import Fluent
import Foundation
import TanbaCore
import TanbaPersistence
import TanbaWeb

/// Demo intakes: learners of every category, an enrollment order and grades with FX and F cases.
struct DemoLearning {
    let database: any Database
    let storage: any DocumentStorage
    let actors: [Role: ActingUser]
    let start: Date

    static let learnerPassword = "demo-learner-2026"
    static let learners: [(login: String, name: String, category: LearnerCategory, organisation: String)] = [
        ("aliya", "Нұрланова Әлия Қанатқызы", .ownStudent, "Astana IT University"),
        ("timur", "Сейткалиев Тимур Маратович", .contractEmployee, "АО «Казахтелеком»"),
        ("dana", "Ермекова Дана Серікқызы", .otherInstitutionStudent, "Евразийский национальный университет"),
        ("arman", "Жақсылықов Арман Бауыржанұлы", .freeListener, ""),
        ("gulnar", "Омарова Гүлнар Ерланқызы", .contractEmployee, "АО «Казахтелеком»"),
        ("ilyas", "Қасымов Ілияс Нұрланұлы", .ownStudent, "Astana IT University"),
    ]

    /// A one-page PDF standing in for a scanned document.
    static let samplePDF = Array("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n".utf8)

    func load() async throws {
        guard let registrar = actors[.registrar], let teacher = actors[.teacher] else { return }
        var learnerActors: [ActingUser] = []
        for learner in Self.learners {
            let user = try await UserDirectory(database: database, clock: .fixed(start))
                .create(login: learner.login, fullName: learner.name, roleName: Role.learner.rawValue, password: Self.learnerPassword, check: .demoOnly)
            let id = try user.requireID()
            try await LearnerProfileModel(userID: id, category: learner.category, organisation: learner.organisation,
                                          email: "\(learner.login)@example.kz", phone: "+7 701 000 00 00", createdAt: start)
                .create(on: database)
            learnerActors.append(ActingUser(id: id, name: user.fullName, role: .learner))
        }
        let registry = try await RegistryStore(database: database).search(RegistryQuery(perPage: 100))
        guard let ml = registry.entries.first(where: { $0.content.title == "ML Specialist" }),
              let java = registry.entries.first(where: { $0.content.title == "Java Developer" }) else { return }
        let day = { (offset: Double) in start.addingTimeInterval(offset * 86_400) }
        // 004 §5.10: the department uploads each discipline's kit, the academic committee approves
        // it before the first intake opens (required under skma-2026, kept under every preset).
        if let developer = actors[.programDeveloper], let committee = actors[.internalExpert] {
            for entry in [ml, java] {
                let editionID = try entry.edition.requireID()
                let uploads = TeachingKits(database: database, storage: storage, uploadRules: UploadRules(), clock: .fixed(day(15)))
                for (index, discipline) in entry.content.disciplines.enumerated() {
                    for kind in TeachingKitDocumentKind.allCases {
                        try await uploads.upload(Self.samplePDF, fileName: "\(kind.rawValue) — \(discipline.name).pdf",
                                                 to: TeachingKitSlot(discipline: index + 1, kind: kind), of: editionID, by: developer)
                    }
                }
                try await TeachingKits(database: database, storage: storage, uploadRules: UploadRules(), clock: .fixed(day(18)))
                    .approve(editionID, protocolNumber: "2", meetingDate: AlmatyDate.iso(day(17)), by: committee)
            }
        }
        let intakes = IntakeStore(database: database, clock: .fixed(day(20)))
        let mlIntake = try await intakes.open(.init(
            programCode: ml.program.code ?? "", title: "ML Specialist — осень 2026", startsOn: "2026-10-01",
            endsOn: "2026-11-06", capacity: 25, language: .russian, studyForm: .blended,
            responsiblePerson: "Касымов Е. Т., заведующий кафедрой ИИ", price: Tenge(parsing: "250000")), by: registrar)
        let javaIntake = try await intakes.open(.init(
            programCode: java.program.code ?? "", title: "Java Developer — элективный курс", startsOn: "2026-10-15",
            endsOn: "2027-01-20", capacity: 30, language: .kazakh, studyForm: .inPerson,
            responsiblePerson: "Нурланова А. К.", price: nil), by: registrar)
        // The next intake still takes applications, so a visitor can apply from the program page.
        _ = try await intakes.open(.init(
            programCode: ml.program.code ?? "", title: "ML Specialist — весна 2027", startsOn: "2027-02-01",
            endsOn: "2027-03-12", applicationsCloseOn: "2027-01-22", capacity: 25, language: .russian, studyForm: .blended,
            responsiblePerson: "Касымов Е. Т., заведующий кафедрой ИИ", price: Tenge(parsing: "250000")), by: registrar)
        let mlID = try mlIntake.requireID()
        let content = try await intakes.content(of: mlIntake)
        for number in 1...content.disciplines.count {
            try await intakes.assign(teacher: teacher.id, discipline: number, of: mlIntake, by: registrar)
        }

        let applications = ApplicationStore(database: database, storage: storage, clock: .fixed(day(22)))
        var enrolled: [UUID] = []
        for (index, learner) in learnerActors.enumerated() {
            let uploads = [ApplicationStore.Upload(kind: .identityDocument, fileName: "удостоверение.pdf", bytes: Self.samplePDF),
                           ApplicationStore.Upload(kind: .transcript, fileName: "transcript.pdf", bytes: Self.samplePDF)]
            let application = try await applications.apply(to: mlID, by: learner, uploads: uploads)
            let id = try application.requireID()
            switch index {
            case 0...3:
                try await applications.decide(.checkPrerequisites(note: "Базовые знания Python и математики подтверждены транскриптом."),
                                              on: id, by: registrar)
                try await applications.decide(.accept, on: id, by: registrar)
                try await applications.decide(.contract(number: "МК-2026/\(101 + index)", payment: .paid), on: id, by: registrar)
                enrolled.append(id)
            case 4:
                try await applications.decide(.reject(reason: "Не подтверждены пререквизиты: в транскрипте нет курса программирования."),
                                              on: id, by: registrar)
            default:
                break // waits for the registrar
            }
        }
        // Two learners apply to the grant-funded elective too.
        for learner in learnerActors.prefix(2) {
            // Java Developer has prerequisites: the diploma comes with the application.
            _ = try await applications.apply(to: try javaIntake.requireID(), by: learner, uploads: [
                ApplicationStore.Upload(kind: .identityDocument, fileName: "id.pdf", bytes: Self.samplePDF),
                ApplicationStore.Upload(kind: .diploma, fileName: "diploma.pdf", bytes: Self.samplePDF)])
        }
        _ = try await EnrollmentOrderStore(database: database, clock: .fixed(day(28))).issue(
            .init(number: "245-МК", orderDate: "2026-09-29", responsiblePerson: "Касымов Е. Т., заведующий кафедрой ИИ",
                  language: .russian),
            for: mlID, applications: enrolled, by: registrar)

        // Grades: two learners pass everything, one has an FX, one was not admitted to an exam (F).
        let gradebook = GradebookStore(database: database, clock: .fixed(day(66)))
        let plans: [[(Int, Int, Int)]] = [
            [(95, 92, 96), (88, 90, 94), (91, 85, 90)],
            [(78, 82, 75), (70, 74, 68), (85, 80, 88)],
            [(60, 55, 20), (72, 70, 75), (65, 68, 70)],
            [(40, 45, 0), (66, 64, 70), (58, 62, 60)],
        ]
        for (learnerIndex, plan) in plans.enumerated() {
            let learnerID = learnerActors[learnerIndex].id
            for (discipline, points) in plan.enumerated() where discipline < content.disciplines.count {
                var marks: [GradebookStore.Mark] = [
                    .init(learnerID: learnerID, discipline: discipline + 1, kind: .currentControl, points: points.0),
                    .init(learnerID: learnerID, discipline: discipline + 1, kind: .midterm, points: points.1),
                ]
                if points.0 + points.1 >= 100 {
                    marks.append(.init(learnerID: learnerID, discipline: discipline + 1, kind: .exam, points: points.2))
                }
                try await gradebook.record(marks, in: mlID, by: teacher, source: "page")
            }
        }
    }
}
