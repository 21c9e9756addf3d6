import Fluent
import Foundation
import TanbaCore

/// Intakes of registered programs, opened by the registrar.
public struct IntakeStore: Sendable {
    public let database: any Database
    public let clock: Clock

    public init(database: any Database, clock: Clock) {
        self.database = database
        self.clock = clock
    }

    /// What the registrar fills in to open an intake.
    public struct Draft: Sendable {
        public var programCode: String
        public var title: String
        public var startsOn: String
        public var endsOn: String
        /// The last day applications are taken; nil: the day before study starts.
        public var applicationsCloseOn: String?
        public var capacity: Int
        public var language: LanguageCode
        public var studyForm: StudyForm
        public var responsiblePerson: String
        /// nil: grant-funded elective, free for the learner.
        public var price: Tenge?

        public init(programCode: String, title: String, startsOn: String, endsOn: String, applicationsCloseOn: String? = nil,
                    capacity: Int, language: LanguageCode, studyForm: StudyForm, responsiblePerson: String, price: Tenge?) {
            self.programCode = programCode
            self.title = title
            self.startsOn = startsOn
            self.endsOn = endsOn
            self.applicationsCloseOn = applicationsCloseOn
            self.capacity = capacity
            self.language = language
            self.studyForm = studyForm
            self.responsiblePerson = responsiblePerson
            self.price = price
        }
    }

    public func open(_ draft: Draft, by actor: ActingUser) async throws -> IntakeModel {
        guard actor.role.may(.manageEnrollment) else { throw LearningStoreError.forbidden }
        guard let entry = try await RegistryStore(database: database).program(code: draft.programCode),
              try entry.edition.editionStatus == .registered
        else { throw LearningStoreError.programNotRegistered }
        if try await SettingsStore.policy(on: database).requiresTeachingKit {
            let kit = try await TeachingKits.sheet(try entry.edition.requireID(), on: database).kit
            guard kit.isApproved else { throw LearningStoreError.teachingKitNotApproved(missing: kit.missing.count) }
        }
        let schedule: IntakeSchedule
        do {
            schedule = try IntakeSchedule(startsOn: draft.startsOn, endsOn: draft.endsOn,
                                          applicationsCloseOn: draft.applicationsCloseOn)
        } catch {
            switch error {
            case .invalidDay(let field): throw LearningStoreError.invalidInput(field: field.rawValue)
            case .endsBeforeStart: throw LearningStoreError.invalidInput(field: "endsOn")
            case .deadlineNotBeforeStart(let startsOn): throw LearningStoreError.deadlineNotBeforeStart(startsOn: startsOn)
            case .applicationsClosed(let lastDay): throw LearningStoreError.applicationsClosed(lastDay: lastDay)
            }
        }
        guard (1...10_000).contains(draft.capacity) else { throw LearningStoreError.invalidInput(field: "capacity") }
        let title = draft.title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...300).contains(title.count) else { throw LearningStoreError.invalidInput(field: "title") }
        let responsible = draft.responsiblePerson.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...300).contains(responsible.count) else { throw LearningStoreError.invalidInput(field: "responsiblePerson") }
        let intake = IntakeModel(
            programID: try entry.program.requireID(), editionID: try entry.edition.requireID(), title: title,
            schedule: schedule, capacity: draft.capacity, language: draft.language,
            studyForm: draft.studyForm, responsiblePerson: responsible, price: draft.price, createdAt: clock.now())
        try await intake.create(on: database)
        return intake
    }

    public func find(_ id: UUID) async throws -> IntakeModel {
        guard let intake = try await IntakeModel.find(id, on: database) else { throw LearningStoreError.notFound }
        return intake
    }

    /// The edition content the intake teaches.
    public func content(of intake: IntakeModel) async throws -> ProgramContent {
        guard let edition = try await ProgramEditionModel.find(intake.editionID, on: database) else {
            throw LearningStoreError.notFound
        }
        return try edition.decodedContent()
    }

    /// Each intake with the program content it teaches and the program's registry code, in two
    /// queries for any number of intakes.
    public func withPrograms(_ intakes: [IntakeModel]) async throws -> [(intake: IntakeModel, content: ProgramContent, code: String)] {
        let editionIDs = Array(Set(intakes.map(\.editionID)))
        let programIDs = Array(Set(intakes.map(\.programID)))
        guard !intakes.isEmpty else { return [] }
        var contents: [UUID: ProgramContent] = [:]
        for edition in try await ProgramEditionModel.query(on: database).filter(\.$id ~~ editionIDs).all() {
            contents[try edition.requireID()] = try edition.decodedContent()
        }
        let codes = Dictionary(try await ProgramModel.query(on: database).filter(\.$id ~~ programIDs).all()
            .compactMap { program in program.id.map { ($0, program.code ?? "") } }, uniquingKeysWith: { first, _ in first })
        return try intakes.map { intake in
            guard let content = contents[intake.editionID] else { throw LearningStoreError.notFound }
            return (intake, content, codes[intake.programID] ?? "")
        }
    }

    /// Whether an intake with `id` exists.
    public func exists(_ id: UUID) async throws -> Bool {
        try await IntakeModel.find(id, on: database) != nil
    }

    public func all() async throws -> [IntakeModel] {
        try await IntakeModel.query(on: database).sort(\.$startsOn, .descending).all()
    }

    /// The program's intakes that have not ended on `day`: those taking applications and those
    /// already under way, so a visitor sees what runs now and what is coming.
    public func current(forProgram programID: UUID, on day: String) async throws -> [IntakeModel] {
        try await IntakeModel.query(on: database).filter(\.$programID == programID).filter(\.$isOpen == true)
            .filter(\.$endsOn >= day).sort(\.$startsOn).all()
    }

    /// The intakes `actor` may see (`IntakeScope`): all of them, those they grade in, or none.
    public func visible(to actor: ActingUser) async throws -> [IntakeModel] {
        switch IntakeScope.of(actor.role) {
        case .all: try await all()
        case .taught: try await taught(by: actor.id)
        case nil: []
        }
    }

    /// Intakes a teacher grades in.
    public func taught(by teacherID: UUID) async throws -> [IntakeModel] {
        let ids = try await TeachingAssignmentModel.query(on: database).filter(\.$teacherID == teacherID).all().map(\.intakeID)
        guard !ids.isEmpty else { return [] }
        return try await IntakeModel.query(on: database).filter(\.$id ~~ ids).sort(\.$startsOn, .descending).all()
    }

    /// Lets `teacherID` grade discipline `number` (1-based) of the intake.
    public func assign(teacher teacherID: UUID, discipline number: Int, of intake: IntakeModel, by actor: ActingUser) async throws {
        guard actor.role.may(.manageEnrollment) else { throw LearningStoreError.forbidden }
        let content = try await content(of: intake)
        guard (1...content.disciplines.count).contains(number) else { throw LearningStoreError.invalidInput(field: "discipline") }
        guard let teacher = try await UserModel.find(teacherID, on: database), try teacher.role.may(.recordGrades) else {
            throw LearningStoreError.invalidInput(field: "teacher")
        }
        let intakeID = try intake.requireID()
        let existing = try await TeachingAssignmentModel.query(on: database).filter(\.$intakeID == intakeID)
            .filter(\.$discipline == number).filter(\.$teacherID == teacherID).count()
        if existing == 0 {
            try await TeachingAssignmentModel(intakeID: intakeID, discipline: number, teacherID: teacherID).create(on: database)
        }
    }

}
