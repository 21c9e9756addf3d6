import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Vapor
import TanbaCore
@testable import TanbaPersistence

/// Runs `body` against a freshly migrated database: in-memory SQLite, or the PostgreSQL server
/// named by `TANBA_TEST_DATABASE_URL` (the suite runs once on each).
func withDatabase(_ body: (any Database) async throws -> Void) async throws {
    let app = try await Application.make(.testing)
    do {
        if let url = ProcessInfo.processInfo.environment["TANBA_TEST_DATABASE_URL"], url.hasPrefix("postgres") {
            try app.databases.use(.postgres(url: url), as: .psql)
        } else {
            app.databases.use(.sqlite(.memory), as: .sqlite)
        }
        app.migrations.add(TanbaMigrations.all)
        try await app.autoRevert()
        try await app.autoMigrate()
        try await body(app.db)
    } catch {
        try? await app.asyncShutdown()
        throw error
    }
    try await app.asyncShutdown()
}

/// Inserts a user with `role` and returns it as an actor.
func makeActor(_ role: Role, on db: any Database, login: String? = nil) async throws -> ActingUser {
    let user = UserModel(login: login ?? role.rawValue, fullName: "Тест \(role.rawValue)", role: role,
                         passwordHash: "x", createdAt: Date())
    try await user.create(on: db)
    return ActingUser(id: try user.requireID(), name: user.fullName, role: role)
}

/// A valid AITU program.
func validProgram(title: String = "Java Developer", credits: Int = 7) -> ProgramContent {
    let hours = credits * 30
    return ProgramContent(
        title: title, programType: "program",
        passport: ProgramPassport(fieldOfEducation: "06 ИКТ", groupOfPrograms: "B058", department: "Кафедра ПИ",
                                  languages: [.russian, .kazakh], partnerOrganisation: "АО «Kaspi Bank»", studyForm: .online,
                                  nqfLevel: 6, sectorFrameworkLevel: nil, eqfLevel: 6, professionalStandard: "Разработчик ПО"),
        goal: "Подготовить разработчика.", tasks: "", description: "",
        learningOutcomes: [LearningOutcome(code: "РО1", text: "писать код", assessmentMethod: "проект", criteria: "≥50",
                                           teachingMethod: "практика")],
        disciplines: [Discipline(name: "Основы Java", description: "", credits: Credits(credits),
                                 hours: HoursSplit(lecture: 30, seminar: 30, training: 0, other: 0, independent: hours - 60),
                                 competenceCodes: [], outcomeCodes: ["РО1"])],
        literature: "", resources: "", qualification: LocalizedText(ru: "Java-разработчик", kk: "Java-әзірлеуші", en: "Java Developer"),
        authors: [ProgramAuthor(name: "Нурланова Айгерим", position: "старший преподаватель", workplace: "Astana IT University")])
}

/// Sets the institution up with everything issuing needs, under `policy`.
func setUpInstitution(_ db: any Database, policy: String = "atyrau-2023") async throws {
    let fields: [InstitutionField: String] = [
        .fullName(.russian): "НАО «Атырауский университет имени Х. Досмухамедова»",
        .fullName(.kazakh): "«Х. Досмұхамедов атындағы Атырау университеті» КеАҚ",
        .fullName(.english): "Kh. Dosmukhamedov Atyrau University",
        .city(.russian): "г. Атырау",
        .signatoryName(.rector): "Сарсенов Ерлан Маратович", .signatoryInitials(.rector): "Е. М. Сарсенов",
        .signatoryName(.registrarHead): "Жумабаева Мадина", .signatoryInitials(.registrarHead): "М. Жумабаева",
    ]
    try await InstitutionSettings(database: db, clock: .live).apply(.init(fields: fields, policy: policy), by: .commandLine)
}
