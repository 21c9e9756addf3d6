import Fluent
import Foundation
import TanbaCore

/// Applications with their documents, and the registrar's review of them (004 §6.2).
public struct ApplicationStore: Sendable {
    public let database: any Database
    public let storage: any DocumentStorage
    public let uploadRules: UploadRules
    public let clock: Clock

    public init(database: any Database, storage: any DocumentStorage, uploadRules: UploadRules = UploadRules(),
                clock: Clock) {
        self.database = database
        self.storage = storage
        self.uploadRules = uploadRules
        self.clock = clock
    }

    /// One file as uploaded.
    public struct Upload: Sendable {
        public let kind: DocumentKind
        public let fileName: String
        public let bytes: [UInt8]

        public init(kind: DocumentKind, fileName: String, bytes: [UInt8]) {
            self.kind = kind
            self.fileName = fileName
            self.bytes = bytes
        }
    }

    /// Applies to an intake still taking applications. Every file is checked before anything is written; a failure
    /// afterwards removes the files already stored.
    public func apply(to intakeID: UUID, by learner: ActingUser, uploads: [Upload]) async throws -> ApplicationModel {
        guard learner.role.may(.applyAndStudy) else { throw LearningStoreError.forbidden }
        guard let intake = try await IntakeModel.find(intakeID, on: database) else { throw LearningStoreError.notFound }
        guard intake.isOpen else { throw LearningStoreError.intakeClosed }
        do {
            try intake.schedule.checkAcceptsApplications(on: AlmatyDate.iso(clock.now()))
        } catch {
            throw LearningStoreError.applicationsClosed(lastDay: intake.schedule.applicationsCloseOn)
        }
        var checked: [(Upload, UploadedFileType)] = []
        for upload in uploads {
            do {
                checked.append((upload, try uploadRules.check(upload.bytes)))
            } catch {
                throw LearningStoreError.upload(upload.kind, error)
            }
        }
        let content = try await IntakeStore(database: database, clock: clock).content(of: intake)
        do {
            try ApplicationReview.checkDocuments(Set(checked.map(\.0.kind)),
                                                 programHasPrerequisites: !content.prerequisites.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        } catch {
            throw LearningStoreError.review(error)
        }
        let existing = try await ApplicationModel.query(on: database).filter(\.$intakeID == intakeID)
            .filter(\.$learnerID == learner.id).count()
        guard existing == 0 else { throw LearningStoreError.alreadyApplied }

        // Files first, then the rows in one transaction; if the rows fail, the files go too.
        var stored: [(Upload, UploadedFileType, String)] = []
        do {
            for (upload, type) in checked {
                stored.append((upload, type, try storage.store(upload.bytes, fileExtension: type.fileExtension)))
            }
            let files = stored
            let now = clock.now()
            return try await database.transaction { db in
                let application = ApplicationModel(intakeID: intakeID, learnerID: learner.id,
                                                   payment: intake.isGrantFunded ? .grantFunded : .pending, at: now)
                try await application.create(on: db)
                for (upload, type, name) in files {
                    try await ApplicationDocumentModel(
                        applicationID: try application.requireID(), kind: upload.kind,
                        originalName: String(upload.fileName.suffix(200)), storedName: name, type: type,
                        size: upload.bytes.count, sha256: Digest.sha256Hex(upload.bytes), at: now
                    ).create(on: db)
                }
                return application
            }
        } catch {
            stored.forEach { storage.remove($0.2) }
            throw error
        }
    }

    public func find(_ id: UUID) async throws -> ApplicationModel {
        guard let application = try await ApplicationModel.find(id, on: database) else { throw LearningStoreError.notFound }
        return application
    }

    public func documents(of applicationID: UUID) async throws -> [ApplicationDocumentModel] {
        try await ApplicationDocumentModel.query(on: database).filter(\.$applicationID == applicationID)
            .sort(\.$uploadedAt).all()
    }

    public func applications(of intakeID: UUID) async throws -> [ApplicationModel] {
        try await ApplicationModel.query(on: database).filter(\.$intakeID == intakeID).sort(\.$submittedAt).all()
    }

    public func applications(byLearner learnerID: UUID) async throws -> [ApplicationModel] {
        try await ApplicationModel.query(on: database).filter(\.$learnerID == learnerID)
            .sort(\.$submittedAt, .descending).all()
    }

    /// A document's bytes, for the applicant and for staff who review applications.
    public func download(_ documentID: UUID, by actor: ActingUser) async throws -> (ApplicationDocumentModel, Data) {
        guard let document = try await ApplicationDocumentModel.find(documentID, on: database),
              let application = try await ApplicationModel.find(document.applicationID, on: database)
        else { throw LearningStoreError.notFound }
        let allowed = application.learnerID == actor.id || actor.role.may(.viewEnrollment)
        guard allowed else { throw LearningStoreError.forbidden }
        return (document, try storage.read(document.storedName))
    }

    /// What the registrar decides about an application.
    public enum Decision: Sendable {
        /// Records the prerequisite check («проверка пререквизитов») with a note.
        case checkPrerequisites(note: String)
        case accept
        case reject(reason: String)
        /// Contract number and payment status (004 §6.2.4).
        case contract(number: String, payment: PaymentStatus)
        /// The applicant takes the application back.
        case withdraw
    }

    @discardableResult
    public func decide(_ decision: Decision, on applicationID: UUID, by actor: ActingUser) async throws -> ApplicationModel {
        let application = try await find(applicationID)
        let status = try application.applicationStatus
        switch decision {
        case .withdraw:
            guard actor.id == application.learnerID else { throw LearningStoreError.forbidden }
        default:
            guard actor.role.may(.manageEnrollment) else { throw LearningStoreError.forbidden }
        }
        do {
            switch decision {
            case .checkPrerequisites(let note):
                guard status == .submitted else { throw ApplicationReview.Failure.illegalTransition(from: status, to: status) }
                application.prerequisitesChecked = true
                application.prerequisitesNote = String(note.prefix(2000))
            case .accept:
                let intake = try await IntakeStore(database: database, clock: clock).find(application.intakeID)
                let content = try await IntakeStore(database: database, clock: clock).content(of: intake)
                let kinds = Set(try await documents(of: applicationID).compactMap { DocumentKind(rawValue: $0.kind) })
                application.status = try ApplicationReview.accept(
                    from: status, documents: kinds,
                    programHasPrerequisites: !content.prerequisites.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
                    prerequisitesChecked: application.prerequisitesChecked).rawValue
                application.decidedBy = actor.id
                application.decidedAt = clock.now()
            case .reject(let reason):
                application.status = try ApplicationReview.reject(from: status, reason: reason).rawValue
                application.decisionReason = String(reason.prefix(2000))
                application.decidedBy = actor.id
                application.decidedAt = clock.now()
            case .contract(let number, let payment):
                guard status == .accepted || status == .submitted else {
                    throw ApplicationReview.Failure.illegalTransition(from: status, to: status)
                }
                application.contractNumber = String(number.trimmingCharacters(in: .whitespaces).prefix(100))
                application.paymentStatus = payment.rawValue
            case .withdraw:
                application.status = try ApplicationReview.withdraw(from: status).rawValue
            }
        } catch let failure as ApplicationReview.Failure {
            throw LearningStoreError.review(failure)
        }
        application.updatedAt = clock.now()
        try await application.update(on: database)
        return application
    }
}
