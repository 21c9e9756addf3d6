import Fluent
import Foundation
import TanbaCore

/// The gradebook of an intake: points per learner and discipline, under the policy's rules.
public struct GradebookStore: Sendable {
    public let database: any Database
    public let clock: Clock

    public init(database: any Database, clock: Clock) {
        self.database = database
        self.clock = clock
    }

    /// One learner in one discipline.
    public struct Cell: Sendable {
        public let discipline: Int
        public let credits: Credits
        public let attempt: DisciplineAttempt
        public let standing: DisciplineStanding
        /// Marks corrected in this discipline, earliest first, over every attempt.
        public var corrections: [Correction] = []
    }

    /// A recorded mark replaced by another, with why and by whom.
    public struct Correction: Sendable, Equatable {
        public let attempt: Int
        public let kind: AssessmentKind
        public let from: Int
        public let to: Int
        public let reason: String
        public let recordedBy: UUID
        public let recordedAt: Date
    }

    /// One enrolled learner's row.
    public struct Row: Sendable {
        public let learner: UserModel
        public let cells: [Cell]

        /// Every discipline passed: admitted to the final attestation.
        public var isReady: Bool { GradebookStore.isReady(cells) }

        /// Letters, credits earned and GPA on `scale`.
        public func summary(on scale: GradeScale) -> LearningSummary { GradebookStore.summary(of: cells, on: scale) }
    }

    static func isReady(_ cells: [Cell]) -> Bool { !cells.isEmpty && cells.allSatisfy(\.standing.isPassed) }

    static func summary(of cells: [Cell], on scale: GradeScale) -> LearningSummary {
        LearningSummary(cells.compactMap { cell -> GradedDiscipline? in
            switch cell.standing {
            case .graded(_, let band): GradedDiscipline(credits: cell.credits, band: band)
            // Not admitted to the exam is an F on the transcript.
            case .notAdmitted: scale.bands.last.map { GradedDiscipline(credits: cell.credits, band: $0) }
            case .inProgress: nil
            // A letter the commission converted counts like a grade; a pass without one earns no GPA.
            case .recognised(let band): band.map { GradedDiscipline(credits: cell.credits, band: $0) }
            }
        })
    }

    /// One learner's marks in one intake, read without the rest of its gradebook.
    public struct LearnerRecord: Sendable {
        public let cells: [Cell]
        /// Letters, credits earned and GPA on the policy's scale.
        public let summary: LearningSummary
        /// Every discipline passed: admitted to the final attestation.
        public let isReady: Bool
    }

    /// The whole gradebook.
    public struct Sheet: Sendable {
        public let intake: IntakeModel
        public let content: ProgramContent
        public let rows: [Row]
        /// The policy's grade scale the sheet was graded on.
        public let scale: GradeScale
        /// Learners a closed protocol decided on: their marks are final.
        public let decided: Set<UUID>
        /// Names of the staff who corrected marks, for the history.
        public let correctedBy: [UUID: String]
        /// The intake's days of study: marks wait for the first one.
        public var period: StudyPeriod { StudyPeriod(startsOn: intake.startsOn, endsOn: intake.endsOn) }

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
        /// Set for a correction of a recorded mark: why it changes.
        public let reason: String?

        public init(learnerID: UUID, discipline: Int, kind: AssessmentKind, points: Int, reason: String? = nil) {
            self.learnerID = learnerID
            self.discipline = discipline
            self.kind = kind
            self.points = points
            self.reason = reason
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
        let intakes = IntakeStore(database: database, clock: clock)
        let intake = try await intakes.find(intakeID)
        let content = try await intakes.content(of: intake)
        let rules = try await rules()
        let learners = try await enrolledLearners(of: intakeID)
        let entries = try await GradeEntryModel.query(on: database).filter(\.$intakeID == intakeID).all()
        let replay = Self.replay(entries)
        let exempt = try await Self.exemptions(of: learners.compactMap(\.id), programIDs: [intake.programID], scale: rules.scale,
                                               on: database)[intake.programID] ?? [:]
        let rows = try learners.map { learner in
            Row(learner: learner, cells: Self.cells(of: try learner.requireID(), content: content, replay: replay, rules: rules,
                                                    exempt: exempt))
        }
        let correctors = Set(replay.corrections.values.flatMap { $0.map(\.recordedBy) })
        let names = correctors.isEmpty ? [:] : Dictionary(
            try await UserModel.query(on: database).filter(\.$id ~~ correctors).all().compactMap { user in
                user.id.map { ($0, user.fullName) }
            }, uniquingKeysWith: { first, _ in first })
        return Sheet(intake: intake, content: content, rows: rows, scale: rules.scale,
                     decided: try await decidedLearners(of: intakeID, on: database), correctedBy: names)
    }

    /// One learner's row of cells, one per discipline of `content`, from the replayed entries; a
    /// discipline the learner was exempted from by recognition stands as recognised.
    static func cells(of learnerID: UUID, content: ProgramContent, replay: Replay, rules: GradebookRules,
                      exempt: [Key: DisciplineStanding] = [:]) -> [Cell] {
        content.disciplines.enumerated().map { index, discipline in
            let key = Key(learner: learnerID, discipline: index + 1)
            let attempt = replay.attempts[key] ?? DisciplineAttempt()
            return Cell(discipline: index + 1, credits: discipline.credits, attempt: attempt,
                        standing: exempt[key] ?? rules.standing(of: attempt), corrections: replay.corrections[key] ?? [])
        }
    }

    /// Disciplines of the programs `programIDs` that `learnerIDs` were exempted from by an entered
    /// recognition (004 §7.14: the recognised discipline of an own program, «<code>-D<n>»), by
    /// program, with the letter converted onto `scale`. Two queries.
    static func exemptions(of learnerIDs: [UUID], programIDs: Set<UUID>, scale: GradeScale,
                           on db: any Database) async throws -> [UUID: [Key: DisciplineStanding]] {
        guard !learnerIDs.isEmpty, !programIDs.isEmpty else { return [:] }
        let entries = try await RecognitionEntryModel.query(on: db).filter(\.$learnerID ~~ learnerIDs).all()
        guard !entries.isEmpty else { return [:] }
        let codes = try await ProgramModel.query(on: db).filter(\.$id ~~ Array(programIDs)).all()
            .compactMap { program in program.code.flatMap { code in program.id.map { ($0, code) } } }
        var result: [UUID: [Key: DisciplineStanding]] = [:]
        for entry in entries {
            for recognised in try entry.recognised {
                for (programID, code) in codes {
                    guard let number = DegreeProgram.disciplineNumber(of: recognised.code, inProgram: code) else { continue }
                    let band = recognised.letter.flatMap { letter in scale.bands.first { $0.letter == letter } }
                    result[programID, default: [:]][Key(learner: entry.learnerID, discipline: number)] = .recognised(band: band)
                }
            }
        }
        return result
    }

    /// The learner's records in each of `intakes` (by intake), from one read of their own marks.
    public static func records(of learnerID: UUID, in intakes: [UUID: ProgramContent],
                               on database: any Database) async throws -> [UUID: LearnerRecord] {
        guard !intakes.isEmpty else { return [:] }
        let rules = GradebookRules(scale: try await SettingsStore.policy(on: database).gradeScale)
        let entries = try await GradeEntryModel.query(on: database).filter(\.$learnerID == learnerID)
            .filter(\.$intakeID ~~ Array(intakes.keys)).all()
        let byIntake = Dictionary(grouping: entries, by: \.intakeID)
        let programOf = Dictionary(try await IntakeModel.query(on: database).filter(\.$id ~~ Array(intakes.keys)).all()
            .compactMap { intake in intake.id.map { ($0, intake.programID) } }, uniquingKeysWith: { first, _ in first })
        let exempt = try await exemptions(of: [learnerID], programIDs: Set(programOf.values), scale: rules.scale, on: database)
        var records: [UUID: LearnerRecord] = [:]
        for (intakeID, content) in intakes {
            let cells = cells(of: learnerID, content: content, replay: replay(byIntake[intakeID] ?? []), rules: rules,
                              exempt: programOf[intakeID].flatMap { exempt[$0] } ?? [:])
            records[intakeID] = LearnerRecord(cells: cells, summary: summary(of: cells, on: rules.scale), isReady: isReady(cells))
        }
        return records
    }

    /// Learners on whom a closed protocol of the intake decided (decisions exist only once closed).
    func decidedLearners(of intakeID: UUID, on db: any Database) async throws -> Set<UUID> {
        let sessions = try await AttestationSessionModel.query(on: db).filter(\.$intakeID == intakeID).all().compactMap(\.id)
        guard !sessions.isEmpty else { return [] }
        return Set(try await AttestationDecisionModel.query(on: db).filter(\.$sessionID ~~ sessions).all().map(\.learnerID))
    }

    /// Whether `actor` may record points in discipline `number` of the intake.
    public func mayGrade(_ actor: ActingUser, intakeID: UUID, discipline number: Int) async throws -> Bool {
        guard actor.role.may(.recordGrades) else { return false }
        return try await TeachingAssignmentModel.query(on: database).filter(\.$intakeID == intakeID)
            .filter(\.$discipline == number).filter(\.$teacherID == actor.id).count() > 0
    }

    /// The disciplines `actor` grades in the intake.
    public func gradedDisciplines(by actor: ActingUser, intakeID: UUID) async throws -> Set<Int> {
        guard actor.role.may(.recordGrades) else { return [] }
        return Set(try await TeachingAssignmentModel.query(on: database).filter(\.$intakeID == intakeID)
            .filter(\.$teacherID == actor.id).all().map(\.discipline))
    }

    /// Records marks all together or not at all: the first refused mark refuses the batch. A mark
    /// with a reason corrects the recorded one; marks wait for the first day of study and stop
    /// once the commission has decided on the learner.
    public func record(_ marks: [Mark], in intakeID: UUID, by actor: ActingUser, source: String) async throws {
        let rules = try await rules()
        let now = clock.now()
        try await database.transaction { db in
            let intake = try await IntakeStore(database: db, clock: clock).find(intakeID)
            do {
                try StudyPeriod(startsOn: intake.startsOn, endsOn: intake.endsOn).checkStudyStarted(AlmatyDate.iso(now))
            } catch {
                throw LearningStoreError.beforeStudyStarts(startsOn: intake.startsOn)
            }
            let content = try await IntakeStore(database: db, clock: clock).content(of: intake)
            let enrolled = Set(try await enrolledLearners(of: intakeID, on: db).compactMap(\.id))
            let allowed = try await GradebookStore(database: db, clock: clock).gradedDisciplines(by: actor, intakeID: intakeID)
            let decided = try await decidedLearners(of: intakeID, on: db)
            let exempt = try await Self.exemptions(of: Array(Set(marks.map(\.learnerID))), programIDs: [intake.programID],
                                                   scale: rules.scale, on: db)[intake.programID] ?? [:]
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
                guard !decided.contains(mark.learnerID) else { throw LearningStoreError.decidedByCommission }
                let key = Key(learner: mark.learnerID, discipline: mark.discipline)
                guard exempt[key] == nil else { throw LearningStoreError.grading(.exemptByRecognition) }
                let entries = entriesByKey[key] ?? []
                let current = Self.replay(entries).attempts[key] ?? DisciplineAttempt()
                do throws(GradebookRules.Refusal) {
                    if let reason = mark.reason {
                        _ = try rules.correct(mark.kind, to: mark.points, in: current, reason: reason)
                    } else {
                        _ = try rules.record(mark.points, as: mark.kind, in: current)
                    }
                } catch {
                    throw LearningStoreError.grading(error)
                }
                let entry = GradeEntryModel(
                    intakeID: intakeID, learnerID: mark.learnerID, discipline: mark.discipline, attempt: current.number,
                    sequence: Self.nextSequence(entries, key), kind: mark.kind.rawValue, points: mark.points,
                    recordedBy: actor.id, source: source,
                    reason: mark.reason?.trimmingCharacters(in: .whitespacesAndNewlines), at: now)
                try await entry.create(on: db)
                entriesByKey[key, default: []].append(entry)
            }
        }
    }

    /// One learner's discipline as submitted from the gradebook sheet.
    public struct CellEdit: Sendable {
        public let learnerID: UUID
        public let discipline: Int
        public let edit: GradeCellEdit

        public init(learnerID: UUID, discipline: Int, edit: GradeCellEdit) {
            self.learnerID = learnerID
            self.discipline = discipline
            self.edit = edit
        }
    }

    /// Why one cell of a sheet was refused.
    public struct CellProblem: Sendable, Equatable {
        public let learnerID: UUID
        public let discipline: Int
        /// The field at fault, when it is one field.
        public let kind: AssessmentKind?
        public let error: LearningStoreError

        public init(learnerID: UUID, discipline: Int, kind: AssessmentKind?, error: LearningStoreError) {
            self.learnerID = learnerID
            self.discipline = discipline
            self.kind = kind
            self.error = error
        }
    }

    /// Saves a whole sheet at once: every cell is checked, every refused cell reported, and nothing
    /// is recorded unless all pass. Returns the problems (empty when saved) and the entries added.
    public func save(_ edits: [CellEdit], in intakeID: UUID, by actor: ActingUser) async throws -> (problems: [CellProblem], recorded: Int) {
        let sheet = try await sheet(for: intakeID)
        let rules = try await rules()
        let allowed = try await gradedDisciplines(by: actor, intakeID: intakeID)
        guard !allowed.isEmpty else { throw LearningStoreError.forbidden }
        var problems: [CellProblem] = []
        var marks: [Mark] = []
        for cell in edits {
            guard (1...sheet.content.disciplines.count).contains(cell.discipline) else {
                throw LearningStoreError.invalidInput(field: "discipline")
            }
            guard allowed.contains(cell.discipline) else { throw LearningStoreError.forbidden }
            guard let row = sheet.row(of: cell.learnerID) else { throw LearningStoreError.notEnrolled }
            let attempt = row.cells[cell.discipline - 1].attempt
            do throws(GradeCellEdit.Refusal) {
                let changes = try rules.changes(cell.edit, to: attempt)
                if !changes.isEmpty, case .recognised = row.cells[cell.discipline - 1].standing {
                    problems.append(.init(learnerID: cell.learnerID, discipline: cell.discipline, kind: nil,
                                          error: .grading(.exemptByRecognition)))
                    continue
                }
                if !changes.isEmpty, sheet.decided.contains(cell.learnerID) {
                    problems.append(.init(learnerID: cell.learnerID, discipline: cell.discipline, kind: nil,
                                          error: .decidedByCommission))
                    continue
                }
                marks += changes.map { change in
                    switch change {
                    case .record(let kind, let points):
                        Mark(learnerID: cell.learnerID, discipline: cell.discipline, kind: kind, points: points)
                    case .correct(let kind, let points, _):
                        Mark(learnerID: cell.learnerID, discipline: cell.discipline, kind: kind, points: points,
                             reason: cell.edit.reason)
                    }
                }
            } catch {
                problems.append(.init(learnerID: cell.learnerID, discipline: cell.discipline, kind: error.kind,
                                      error: .grading(error.refusal)))
            }
        }
        guard problems.isEmpty else { return (problems, 0) }
        if !marks.isEmpty { try await record(marks, in: intakeID, by: actor, source: "page") }
        return ([], marks.count)
    }

    /// Starts a new attempt of a discipline that must be repeated (F, failed re-exam, not admitted).
    public func repeatDiscipline(_ discipline: Int, of learnerID: UUID, in intakeID: UUID, by actor: ActingUser) async throws {
        let rules = try await rules()
        guard try await mayGrade(actor, intakeID: intakeID, discipline: discipline) else { throw LearningStoreError.forbidden }
        try await database.transaction { db in
            let entries = try await GradeEntryModel.query(on: db).filter(\.$intakeID == intakeID).all()
            let key = Key(learner: learnerID, discipline: discipline)
            guard !(try await decidedLearners(of: intakeID, on: db).contains(learnerID)) else {
                throw LearningStoreError.decidedByCommission
            }
            let current = Self.replay(entries).attempts[key] ?? DisciplineAttempt()
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

    // MARK: - Reconstructing attempts from the append-only entries

    struct Key: Hashable {
        let learner: UUID
        let discipline: Int
    }

    /// The attempts and corrections the entries add up to.
    struct Replay {
        var attempts: [Key: DisciplineAttempt] = [:]
        var corrections: [Key: [Correction]] = [:]
    }

    static func replay(_ entries: [GradeEntryModel]) -> Replay {
        var result = Replay()
        for entry in entries.sorted(by: { $0.sequence < $1.sequence }) {
            let key = Key(learner: entry.learnerID, discipline: entry.discipline)
            var attempt = result.attempts[key] ?? DisciplineAttempt()
            if entry.attempt > attempt.number { attempt = DisciplineAttempt(number: entry.attempt) }
            if let kind = AssessmentKind(rawValue: entry.kind) {
                if let reason = entry.reason, let before = attempt.points(kind) {
                    result.corrections[key, default: []].append(Correction(
                        attempt: attempt.number, kind: kind, from: before, to: entry.points, reason: reason,
                        recordedBy: entry.recordedBy, recordedAt: entry.recordedAt))
                }
                attempt.set(kind, entry.points)
            }
            result.attempts[key] = attempt
        }
        return result
    }

    static func nextSequence(_ entries: [GradeEntryModel], _ key: Key) -> Int {
        (entries.filter { $0.learnerID == key.learner && $0.discipline == key.discipline }.map(\.sequence).max() ?? 0) + 1
    }
}
