import Fluent
import Foundation
import TanbaCore

/// Program drafting, approval and registration on top of the core workflow.
public struct ProgramStore: Sendable {
    public let database: any Database
    public let clock: Clock

    public init(database: any Database, clock: Clock) {
        self.database = database
        self.clock = clock
    }

    // MARK: - Drafts

    /// Saves a new program as a draft; policy problems may remain, malformed input may not.
    public func createDraft(_ content: ProgramContent, by actor: ActingUser) async throws -> ProgramEditionModel {
        guard actor.role.may(.developPrograms) else { throw ProgramStoreError.forbidden }
        try await rejectMalformed(content)
        let now = clock.now()
        return try await database.transaction { db in
            let program = ProgramModel(createdBy: actor.id, createdAt: now)
            try await program.create(on: db)
            let edition = try ProgramEditionModel(programID: try program.requireID(), number: 1, content: content,
                                                  createdBy: actor.id, at: now)
            try await edition.create(on: db)
            return edition
        }
    }

    /// Replaces the content of a draft or returned edition.
    public func updateDraft(_ editionID: UUID, with content: ProgramContent, by actor: ActingUser) async throws -> ProgramEditionModel {
        guard actor.role.may(.developPrograms) else { throw ProgramStoreError.forbidden }
        guard let edition = try await ProgramEditionModel.find(editionID, on: database) else {
            throw ProgramStoreError.editionNotFound
        }
        guard try edition.editionStatus.isEditable else { throw ProgramStoreError.notEditable }
        try await rejectMalformed(content)
        try edition.setContent(content)
        edition.updatedAt = clock.now()
        try await edition.update(on: database)
        return edition
    }

    /// Starts a new edition of a registered program; the registered one stays public meanwhile.
    public func startNewEdition(of programID: UUID, by actor: ActingUser) async throws -> ProgramEditionModel {
        guard actor.role.may(.developPrograms) else { throw ProgramStoreError.forbidden }
        let now = clock.now()
        return try await database.transaction { db in
            guard let program = try await ProgramModel.find(programID, on: db) else {
                throw ProgramStoreError.programNotFound
            }
            let editions = try await ProgramEditionModel.query(on: db)
                .filter(\.$program.$id == programID).sort(\.$number, .descending).all()
            guard let publicID = program.publicEditionID,
                  let current = editions.first(where: { $0.id == publicID }),
                  try current.editionStatus == .registered
            else { throw ProgramStoreError.notRegistered }
            if try editions.contains(where: { try $0.editionStatus.isOpen }) {
                throw ProgramStoreError.openEditionExists
            }
            let edition = try ProgramEditionModel(
                programID: programID, number: (editions.first?.number ?? 0) + 1,
                content: try current.decodedContent(), createdBy: actor.id, at: now)
            try await edition.create(on: db)
            return edition
        }
    }

    // MARK: - Workflow

    /// Applies a workflow action; on registration gives the code, the validity date and the public place.
    @discardableResult
    public func perform(_ action: WorkflowAction, on editionID: UUID, by actor: ActingUser,
                        record: ApprovalWorkflow.Record) async throws -> ProgramEditionModel {
        let policy = try await SettingsStore.policy(on: database)
        let now = clock.now()
        return try await database.transaction { db in
            guard let edition = try await ProgramEditionModel.find(editionID, on: db),
                  let program = try await ProgramModel.find(edition.$program.id, on: db)
            else { throw ProgramStoreError.editionNotFound }
            let content = try edition.decodedContent()
            let transition: WorkflowTransition
            do {
                transition = try ApprovalWorkflow(policy: policy).transition(
                    from: edition.editionStatus, action: action, by: actor.role, content: content, record: record)
            } catch let error as WorkflowError {
                throw ProgramStoreError.workflow(error)
            }
            // A council cannot have met after its decision is entered.
            let meetingDate = record.meetingDate.trimmingCharacters(in: .whitespaces).isEmpty ? nil
                : record.meetingDate.trimmingCharacters(in: .whitespaces)
            if let meetingDate, meetingDate > AlmatyDate.iso(now) {
                throw ProgramStoreError.meetingDateInFuture(today: AlmatyDate.iso(now))
            }
            if action == .submit, edition.createdBy != actor.id, program.createdBy != actor.id {
                // Only the department that wrote the program sends it for review.
                throw ProgramStoreError.forbidden
            }
            edition.setEditionStatus(transition.to)
            edition.updatedAt = now
            try await edition.update(on: db)

            if transition.registers {
                try await register(edition, of: program, policy: policy, at: now, on: db)
            }
            if transition.to == .withdrawn, program.publicEditionID == edition.id {
                program.publicEditionID = nil
                try await program.update(on: db)
            }
            let step = ApprovalStepModel(
                programID: try program.requireID(), editionID: try edition.requireID(), editionNumber: edition.number,
                stage: transition.stage, decision: transition.decision, actor: actor,
                documentNumber: record.documentNumber.trimmingCharacters(in: .whitespacesAndNewlines),
                conclusion: record.conclusion.trimmingCharacters(in: .whitespacesAndNewlines),
                statusAfter: transition.to, at: now, meetingDate: meetingDate
            )
            let decider = try await UserModel.find(actor.id, on: db)
            step.actorPosition = decider?.position
            step.actorWorkplace = decider?.workplace
            try await step.create(on: db)
            return edition
        }
    }

    private func register(_ edition: ProgramEditionModel, of program: ProgramModel, policy: InstitutionPolicy,
                          at now: Date, on db: any Database) async throws {
        if program.code == nil {
            let year = Monitoring.year(of: now)
            let sequence = try await CounterStore.next("program_code:\(policy.programCodeFormat.pattern):\(year)", on: db)
            program.code = policy.programCodeFormat.format(year: year, sequence: sequence)
        }
        if let previousID = program.publicEditionID, previousID != edition.id,
           let previous = try await ProgramEditionModel.find(previousID, on: db) {
            previous.setEditionStatus(.superseded)
            previous.updatedAt = now
            try await previous.update(on: db)
        }
        program.publicEditionID = try edition.requireID()
        program.registeredAt = now
        program.validUntil = Monitoring.validUntil(registeredAt: now, months: policy.monitoringPeriodMonths)
        try await program.update(on: db)
    }

    // MARK: - Reading

    public func edition(_ id: UUID) async throws -> ProgramEditionModel {
        guard let edition = try await ProgramEditionModel.query(on: database)
            .filter(\.$id == id).with(\.$program).first()
        else { throw ProgramStoreError.editionNotFound }
        return edition
    }

    /// Whether the program has an edition still being drafted or reviewed (`EditionStatus.isOpen`).
    public func hasOpenEdition(_ programID: UUID) async throws -> Bool {
        try await ProgramEditionModel.query(on: database).filter(\.$program.$id == programID).all()
            .contains(where: { try $0.editionStatus.isOpen })
    }

    /// The approval history of a program, oldest first, over all editions.
    public func history(ofProgram programID: UUID) async throws -> [ApprovalStepModel] {
        try await ApprovalStepModel.query(on: database)
            .filter(\.$programID == programID)
            .sort(\.$decidedAt, .ascending)
            .all()
    }

    /// Editions a user works on: a developer's own, those waiting for the user's stage, or all.
    public func workspace(for actor: ActingUser) async throws -> [ProgramEditionModel] {
        let query = ProgramEditionModel.query(on: database).with(\.$program).sort(\.$updatedAt, .descending)
        switch actor.role {
        case .programDeveloper:
            query.filter(\.$createdBy == actor.id)
        case .internalExpert, .externalExpert, .councilSecretary:
            let stages = ApprovalStage.allCases.filter { $0.deciderRole == actor.role }.map(\.rawValue)
            if actor.role == .councilSecretary {
                query.group(.or) { group in
                    group.filter(\.$stage ~~ stages).filter(\.$status ~~ ["registered", "suspended"])
                }
            } else {
                query.filter(\.$stage ~~ stages)
            }
        case .administrator, .registrar:
            break
        case .teacher, .learner:
            // Neither drafts nor reviews programs; they see the public registry.
            return []
        }
        return try await query.all()
    }

    private func rejectMalformed(_ content: ProgramContent) async throws {
        let policy = try await SettingsStore.policy(on: database)
        let malformed = ProgramValidator(policy: policy).validate(content).filter(\.blocksSaving)
        if !malformed.isEmpty { throw ProgramStoreError.malformed(malformed) }
    }
}
