import Fluent
import Foundation
import TanbaCore

/// The catalogue recognition is judged against: degree programs imported from the student
/// information system, and the academic periods. An import is all or nothing; a discipline the
/// file no longer lists stays, because recognition cases may rest on it.
public struct RecognitionCatalogueStore: Sendable {
    public let database: any Database
    public let clock: Clock

    public init(database: any Database, clock: Clock) {
        self.database = database
        self.clock = clock
    }

    /// What an import changed.
    public struct ImportSummary: Equatable, Sendable {
        public let programs: Int
        public let disciplinesAdded: Int
        public let disciplinesUpdated: Int
    }

    /// One program of the catalogue with its disciplines, by code.
    public struct Entry: Sendable {
        public let id: UUID
        public let program: DegreeProgram
        public let disciplineIDs: [String: UUID]
    }

    /// Imports the CSV; every bad line is reported and nothing is changed when there is one.
    public func importPrograms(_ data: Data, by actor: ActingUser) async throws -> ImportSummary {
        guard actor.role.may(.manageRecognition) else { throw RecognitionStoreError.forbidden }
        let (programs, problems) = DegreeCatalogueImport.read(data)
        guard problems.isEmpty else { throw RecognitionStoreError.importProblems(problems) }
        let now = clock.now()
        return try await database.transaction { db in
            var added = 0, updated = 0
            let codes = programs.map(\.code)
            let existing = Dictionary(try await DegreeProgramModel.query(on: db).filter(\.$code ~~ codes).all().map { ($0.code, $0) },
                                      uniquingKeysWith: { first, _ in first })
            for program in programs {
                let model = existing[program.code] ?? DegreeProgramModel(program, at: now)
                model.name = program.name
                model.level = program.level.rawValue
                model.updatedAt = now
                try await model.save(on: db)
                let programID = try model.requireID()
                let stored = Dictionary(try await DegreeDisciplineModel.query(on: db).filter(\.$programID == programID).all()
                    .map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
                for discipline in program.disciplines {
                    if let model = stored[discipline.code] {
                        guard model.discipline != discipline else { continue }
                        model.update(from: discipline)
                        try await model.save(on: db)
                        updated += 1
                    } else {
                        try await DegreeDisciplineModel(programID: programID, discipline).create(on: db)
                        added += 1
                    }
                }
            }
            try await AuditEventModel(actor: actor, action: "degree_catalogue_imported", subjectID: AuditEventModel.noUser,
                                      details: "\(programs.count) programs, \(added) disciplines added, \(updated) updated", at: now)
                .create(on: db)
            return ImportSummary(programs: programs.count, disciplinesAdded: added, disciplinesUpdated: updated)
        }
    }

    /// Every program with its disciplines, by level then code: two queries however large the catalogue.
    public func programs() async throws -> [Entry] {
        let programs = try await DegreeProgramModel.query(on: database).sort(\.$code).all()
        let disciplines = Dictionary(grouping: try await DegreeDisciplineModel.query(on: database).sort(\.$period).sort(\.$code).all(),
                                     by: \.programID)
        return try programs.map { model in
            let id = try model.requireID()
            let own = disciplines[id] ?? []
            return Entry(id: id, program: DegreeProgram(code: model.code, name: model.name, level: try model.degreeLevel,
                                                        disciplines: own.map(\.discipline)),
                         disciplineIDs: Dictionary(try own.map { ($0.code, try $0.requireID()) }, uniquingKeysWith: { first, _ in first }))
        }
    }

    /// What an application may name as its target: the imported degree programs, then this
    /// institution's registered micro-credential programs (000 §5: Tanba's own programs too).
    public func targets() async throws -> [Entry] {
        let editions = try await ProgramEditionModel.query(on: database)
            .join(ProgramModel.self, on: \ProgramEditionModel.$id == \ProgramModel.$publicEditionID)
            .filter(\.$status == "registered").sort(\.$title).all()
        let own = try editions.compactMap { edition -> Entry? in
            guard let code = try edition.joined(ProgramModel.self).code else { return nil }
            let target = DegreeProgram(microCredential: code, content: try edition.decodedContent())
            return Entry(id: try edition.requireID(), program: target, disciplineIDs: [:])
        }
        return try await programs() + own
    }

    /// Records an academic period; the same title twice is refused.
    public func addPeriod(_ period: AcademicPeriod, by actor: ActingUser) async throws {
        guard actor.role.may(.manageRecognition) else { throw RecognitionStoreError.forbidden }
        guard try await AcademicPeriodModel.query(on: database).filter(\.$title == period.title).count() == 0 else {
            throw RecognitionStoreError.periodExists(period.title)
        }
        let now = clock.now()
        try await database.transaction { db in
            let model = AcademicPeriodModel(period, createdBy: actor.id, at: now)
            try await model.create(on: db)
            try await AuditEventModel(actor: actor, action: "academic_period_added", subjectID: try model.requireID(),
                                      details: "\(period.title): \(period.startsOn.iso) – \(period.endsOn.iso)", at: now).create(on: db)
        }
    }

    /// The academic periods, earliest first.
    public func periods() async throws -> [(id: UUID, period: AcademicPeriod)] {
        try await AcademicPeriodModel.query(on: database).sort(\.$startsOn).all().map { (try $0.requireID(), try $0.period) }
    }
}

/// Why a recognition change was refused.
public enum RecognitionStoreError: Error, Equatable, Sendable {
    case forbidden
    case importProblems([CSVLineProblem])
    case periodExists(String)
}
