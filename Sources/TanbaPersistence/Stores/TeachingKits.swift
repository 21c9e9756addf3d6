import Fluent
import Foundation
import TanbaCore

/// The teaching kits (УМКД) of program editions: the developing department uploads each
/// discipline's syllabus, assessment fund and resource map, the academic committee approves the
/// whole by its protocol (004 §5.10). Nothing is replaced in place; every change is audited.
public struct TeachingKits: Sendable {
    public let database: any Database
    public let storage: any DocumentStorage
    public let uploadRules: UploadRules
    public let clock: Clock

    public init(database: any Database, storage: any DocumentStorage, uploadRules: UploadRules, clock: Clock) {
        self.database = database
        self.storage = storage
        self.uploadRules = uploadRules
        self.clock = clock
    }

    /// An edition's kit: its rules' view and the documents in use, one per filled slot.
    public struct Sheet: Sendable {
        public let edition: ProgramEditionModel
        public let content: ProgramContent
        public let kit: TeachingKit
        /// The newest document of each slot.
        public let documents: [TeachingKitSlot: TeachingKitDocumentModel]
        /// Every approval, newest first.
        public let approvals: [TeachingKitApprovalModel]
    }

    /// Why a kit change was refused; nothing was stored.
    public enum Problem: Error, Equatable, Sendable {
        case forbidden
        case editionNotFound
        case unknownDiscipline
        case upload(UploadError)
        case approval([TeachingKit.ApprovalProblem])
        case meetingDateInvalid
    }

    /// The kit of `editionID`, read in three queries.
    public func sheet(_ editionID: UUID) async throws -> Sheet {
        try await Self.sheet(editionID, on: database)
    }

    /// The kit of `editionID`, for readers that store nothing (opening an intake).
    public static func sheet(_ editionID: UUID, on database: any Database) async throws -> Sheet {
        guard let edition = try await ProgramEditionModel.find(editionID, on: database) else { throw Problem.editionNotFound }
        let content = try edition.decodedContent()
        let uploads = try await TeachingKitDocumentModel.query(on: database).filter(\.$editionID == editionID)
            .sort(\.$uploadedAt).all()
        var documents: [TeachingKitSlot: TeachingKitDocumentModel] = [:]
        for document in uploads {
            guard let slot = document.slot, slot.discipline <= content.disciplines.count else { continue }
            documents[slot] = document
        }
        let approvals = try await TeachingKitApprovalModel.query(on: database).filter(\.$editionID == editionID)
            .sort(\.$recordedAt, .descending).all()
        let approval = approvals.first.flatMap { latest in
            CalendarDay(iso: latest.meetingDate).map {
                TeachingKit.Approval(protocolNumber: latest.protocolNumber, meetingDate: $0, documents: latest.approvedDocuments)
            }
        }
        return Sheet(edition: edition, content: content,
                     kit: TeachingKit(disciplineCount: content.disciplines.count, uploads: try documents.mapValues { try $0.requireID() },
                                      approval: approval),
                     documents: documents, approvals: approvals)
    }

    /// Stores one document of a discipline's kit; a newer upload of the same slot takes its place
    /// in use and the earlier one stays on record.
    @discardableResult
    public func upload(_ bytes: [UInt8], fileName: String, to slot: TeachingKitSlot, of editionID: UUID,
                       by actor: ActingUser) async throws -> TeachingKitDocumentModel {
        guard actor.role.may(.keepTeachingKits) else { throw Problem.forbidden }
        guard let edition = try await ProgramEditionModel.find(editionID, on: database) else { throw Problem.editionNotFound }
        let disciplines = try edition.decodedContent().disciplines.count
        guard slot.discipline >= 1, slot.discipline <= disciplines else { throw Problem.unknownDiscipline }
        let type: UploadedFileType
        do { type = try uploadRules.check(bytes) } catch { throw Problem.upload(error) }
        let stored = try storage.store(bytes, fileExtension: type.fileExtension)
        do {
            let now = clock.now()
            return try await database.transaction { db in
                let document = TeachingKitDocumentModel(editionID: editionID, slot: slot, originalName: String(fileName.suffix(200)),
                                                        storedName: stored, type: type, size: bytes.count,
                                                        sha256: Digest.sha256Hex(bytes), by: actor.id, at: now)
                try await document.create(on: db)
                try await AuditEventModel(actor: actor, action: "teaching_kit_uploaded", subjectID: editionID,
                                          details: "\(slot.discipline) \(slot.kind.rawValue): \(document.originalName)", at: now).create(on: db)
                return document
            }
        } catch {
            storage.remove(stored)
            throw error
        }
    }

    /// Records the academic committee's approval of the kit as it stands.
    @discardableResult
    public func approve(_ editionID: UUID, protocolNumber: String, meetingDate: String,
                        by actor: ActingUser) async throws -> TeachingKitApprovalModel {
        guard actor.role.may(.approveTeachingKits) else { throw Problem.forbidden }
        guard let day = CalendarDay(iso: meetingDate.trimmingCharacters(in: .whitespaces)) else { throw Problem.meetingDateInvalid }
        let number = String(protocolNumber.trimmingCharacters(in: .whitespacesAndNewlines).prefix(100))
        let kit = try await sheet(editionID).kit
        let approved = Set(kit.uploads.values)
        let problems = kit.approvalProblems(protocolNumber: number, meetingDate: day, today: CalendarDay(clock.now()))
        guard problems.isEmpty else { throw Problem.approval(problems) }
        let now = clock.now()
        return try await database.transaction { db in
            let approval = TeachingKitApprovalModel(editionID: editionID, protocolNumber: number, meetingDate: day,
                                                    documents: approved, by: actor, at: now)
            try await approval.create(on: db)
            try await AuditEventModel(actor: actor, action: "teaching_kit_approved", subjectID: editionID,
                                      details: "протокол № \(number) от \(day.dotted)", at: now).create(on: db)
            return approval
        }
    }

    /// One stored document with its bytes, for staff.
    public func document(_ id: UUID) async throws -> (TeachingKitDocumentModel, Data)? {
        guard let document = try await TeachingKitDocumentModel.find(id, on: database) else { return nil }
        return (document, try storage.read(document.storedName))
    }
}
