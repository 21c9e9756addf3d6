import Fluent
import Foundation
import TanbaCore

/// The gradebook of an intake: points per learner and discipline, under the policy's rules.
public struct GradebookStore: Sendable {
    public let database: any Database
    public let clock: Clock

    public init(database: any Database, clock: Clock = .live) {
        self.database = database
        self.clock = clock
    }

    /// One learner in one discipline.
    public struct Cell: Sendable {
        public let discipline: Int
        public let credits: Credits
        public let attempt: DisciplineAttempt
        public let standing: DisciplineStanding
    }

    /// One enrolled learner's row.
    public struct Row: Sendable {
        public let learner: UserModel
        public let cells: [Cell]

        /// Every discipline passed: admitted to the final attestation.
        public var isReady: Bool { !cells.isEmpty && cells.allSatisfy(\.standing.isPassed) }

        /// Letters, credits earned and GPA on `scale`.
        public func summary(on scale: GradeScale) -> LearningSummary {
            LearningSummary(cells.compactMap { cell -> GradedDiscipline? in
                switch cell.standing {
                case .graded(_, let band): GradedDiscipline(credits: cell.credits, band: band)
                // Not admitted to the exam is an F on the transcript.
                case .notAdmitted: scale.bands.last.map { GradedDiscipline(credits: cell.credits, band: $0) }
                case .inProgress: nil
                }
            })
        }
    }

    /// The whole gradebook.
    public struct Sheet: Sendable {
        public let intake: IntakeModel
        public let content: ProgramContent
        public let rows: [Row]
        /// The policy's grade scale the sheet was graded on.
        public let scale: GradeScale

        /// The learner's row; nil when they are not enrolled.
        public func row(of learnerID: UUID) -> Row? {
            rows.first { $0.learner.id == learnerID }
        }
    }

    /// One mark to record.
    public struct Mark: Sendable, Equatable {
        public let learnerID: UUID
        public let discipline: Int
        public let kind: AssessmentKind
        public let points: Int

        public init(learnerID: UUID, discipline: Int, kind: AssessmentKind, points: Int) {
            self.learnerID = learnerID
            self.discipline = discipline
            self.kind = kind
            self.points = points
        }
    }

    public func rules() async throws -> GradebookRules {
        GradebookRules(scale: try await SettingsStore.policy(on: database).gradeScale)
    }

    /// Learners enrolled in the intake (by a signed order), by name.
    public func enrolledLearners(of intakeID: UUID, on db: (any Database)? = nil) async throws -> [UserModel] {
        let db = db ?? database
        let ids = try await ApplicationModel.query(on: db).filter(\.$intakeID == intakeID)
            .filter(\.$status == ApplicationStatus.enrolled.rawValue).all().map(\.learnerID)
        guard !ids.isEmpty else { return [] }
        return try await UserModel.query(on: db).filter(\.$id ~~ ids).sort(\.$fullName).all()
    }

    public func sheet(for intakeID: UUID) async throws -> Sheet {
        let intakes = IntakeStore(database: database)
        let intake = try await intakes.find(intakeID)
        let content = try await intakes.content(of: intake)
        let rules = try await rules()
        let learners = try await enrolledLearners(of: intakeID)
        let entries = try await GradeEntryModel.query(on: database).filter(\.$intakeID == intakeID).all()
        let attempts = Self.attempts(from: entries)
        let rows = learners.map { learner in
            Row(learner: learner, cells: content.disciplines.enumerated().map { index, discipline in
                let attempt = learner.id.flatMap { attempts[Key(learner: $0, discipline: index + 1)] } ?? DisciplineAttempt()
                return Cell(discipline: index + 1, credits: discipline.credits, attempt: attempt,
                            standing: rules.standing(of: attempt))
            })
        }
        return Sheet(intake: intake, content: content, rows: rows, scale: rules.scale)
    }

    /// Whether `actor` may record points in discipline `number` of the intake.
    public func mayGrade(_ actor: Actor, intakeID: UUID, discipline number: Int) async throws -> Bool {
        guard actor.role == .teacher else { return false }
        return try await TeachingAssignmentModel.query(on: database).filter(\.$intakeID == intakeID)
            .filter(\.$discipline == number).filter(\.$teacherID == actor.id).count() > 0
    }

    /// The disciplines `actor` grades in the intake.
    public func gradedDisciplines(by actor: Actor, intakeID: UUID) async throws -> Set<Int> {
        guard actor.role == .teacher else { return [] }
        return Set(try await TeachingAssignmentModel.query(on: database).filter(\.$intakeID == intakeID)
            .filter(\.$teacherID == actor.id).all().map(\.discipline))
    }

    /// Records marks all together or not at all: the first refused mark refuses the batch.
    public func record(_ marks: [Mark], in intakeID: UUID, by actor: Actor, source: String) async throws {
        let rules = try await rules()
        let now = clock.now()
        try await database.transaction { db in
            let intake = try await IntakeStore(database: db).find(intakeID)
            let content = try await IntakeStore(database: db).content(of: intake)
            let enrolled = Set(try await enrolledLearners(of: intakeID, on: db).compactMap(\.id))
            let allowed = try await GradebookStore(database: db).gradedDisciplines(by: actor, intakeID: intakeID)
            // Each learner's discipline is replayed from its own entries only: replaying the whole
            // intake per mark made importing a gradebook quadratic.
            var entriesByKey = Dictionary(grouping: try await GradeEntryModel.query(on: db).filter(\.$intakeID == intakeID).all()) {
                Key(learner: $0.learnerID, discipline: $0.discipline)
            }
            for mark in marks {
                guard mark.discipline >= 1, mark.discipline <= content.disciplines.count else {
                    throw LearningStoreError.invalidInput(field: "discipline")
                }
                guard allowed.contains(mark.discipline) else { throw LearningStoreError.forbidden }
                guard enrolled.contains(mark.learnerID) else { throw LearningStoreError.notEnrolled }
                let key = Key(learner: mark.learnerID, discipline: mark.discipline)
                let entries = entriesByKey[key] ?? []
                let current = Self.attempts(from: entries)[key] ?? DisciplineAttempt()
                do {
                    _ = try rules.record(mark.points, as: mark.kind, in: current)
                } catch let refusal as GradebookRules.Refusal {
                    throw LearningStoreError.grading(refusal)
                }
                let entry = GradeEntryModel(
                    intakeID: intakeID, learnerID: mark.learnerID, discipline: mark.discipline, attempt: current.number,
                    sequence: Self.nextSequence(entries, key), kind: mark.kind.rawValue, points: mark.points,
                    recordedBy: actor.id, source: source, at: now)
                try await entry.create(on: db)
                entriesByKey[key, default: []].append(entry)
            }
        }
    }

    /// Starts a new attempt of a discipline that must be repeated (F, failed re-exam, not admitted).
    public func repeatDiscipline(_ discipline: Int, of learnerID: UUID, in intakeID: UUID, by actor: Actor) async throws {
        let rules = try await rules()
        guard try await mayGrade(actor, intakeID: intakeID, discipline: discipline) else { throw LearningStoreError.forbidden }
        try await database.transaction { db in
            let entries = try await GradeEntryModel.query(on: db).filter(\.$intakeID == intakeID).all()
            let key = Key(learner: learnerID, discipline: discipline)
            let current = Self.attempts(from: entries)[key] ?? DisciplineAttempt()
            let next: DisciplineAttempt
            do {
                next = try rules.repeatDiscipline(current)
            } catch let refusal as GradebookRules.Refusal {
                throw LearningStoreError.grading(refusal)
            }
            try await GradeEntryModel(
                intakeID: intakeID, learnerID: learnerID, discipline: discipline, attempt: next.number,
                sequence: Self.nextSequence(entries, key), kind: GradeEntryModel.attemptOpened, points: 0,
                recordedBy: actor.id, source: "page", at: clock.now()
            ).create(on: db)
        }
    }

    /// A learner's results in the intake: letters, credits earned and GPA. Reads the whole sheet:
    /// for several learners, read ``sheet(for:)`` once and use its rows.
    public func record(of learnerID: UUID, in intakeID: UUID) async throws -> (Sheet, Row?, LearningSummary, ready: Bool) {
        let sheet = try await sheet(for: intakeID)
        guard let row = sheet.row(of: learnerID) else {
            return (sheet, nil, LearningSummary([]), false)
        }
        return (sheet, row, row.summary(on: sheet.scale), row.isReady)
    }

    // MARK: - Reconstructing attempts from the append-only entries

    struct Key: Hashable {
        let learner: UUID
        let discipline: Int
    }

    static func attempts(from entries: [GradeEntryModel]) -> [Key: DisciplineAttempt] {
        var result: [Key: DisciplineAttempt] = [:]
        for entry in entries.sorted(by: { $0.sequence < $1.sequence }) {
            let key = Key(learner: entry.learnerID, discipline: entry.discipline)
            var attempt = result[key] ?? DisciplineAttempt()
            if entry.attempt > attempt.number { attempt = DisciplineAttempt(number: entry.attempt) }
            switch AssessmentKind(rawValue: entry.kind) {
            case .currentControl: attempt.currentControl = entry.points
            case .midterm: attempt.midterm = entry.points
            case .exam: attempt.exam = entry.points
            case .reExam: attempt.reExam = entry.points
            case nil: break
            }
            result[key] = attempt
        }
        return result
    }

    static func nextSequence(_ entries: [GradeEntryModel], _ key: Key) -> Int {
        (entries.filter { $0.learnerID == key.learner && $0.discipline == key.discipline }.map(\.sequence).max() ?? 0) + 1
    }
}
