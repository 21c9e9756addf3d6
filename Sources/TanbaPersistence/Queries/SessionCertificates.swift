import Fluent
import Foundation
import TanbaCore

/// The certificates a commission session led to, as the session and attestation pages read them.
public enum SessionCertificates {
    /// The valid certificates of a session, in issue order, with their issued documents: two
    /// queries however many there are (the ZIP for printing had one per certificate).
    public static func validWithDocuments(ofSession sessionID: UUID, on database: any Database) async throws
        -> [(certificate: CertificateModel, documents: [IssuedDocumentModel])] {
        let certificates = try await CertificateModel.query(on: database).filter(\.$sessionID == sessionID)
            .filter(\.$status == CertificateStatus.valid.rawValue).sort(\.$sequence).all()
        let ids = try certificates.map { try $0.requireID() }
        guard !ids.isEmpty else { return [] }
        let documents = Dictionary(grouping: try await IssuedDocumentModel.query(on: database).filter(\.$certificateID ~~ ids)
            .sort(\.$kind).all(), by: \.certificateID)
        return try certificates.map { ($0, documents[try $0.requireID()] ?? []) }
    }

    /// Every certificate of a session, newest first, whatever its status, so a revoked one shows as such.
    public static func all(ofSession sessionID: UUID, on database: any Database) async throws -> [CertificateModel] {
        try await CertificateModel.query(on: database).filter(\.$sessionID == sessionID).sort(\.$sequence, .descending).all()
    }

    /// The registration number of each learner's valid certificate from the intake.
    public static func validNumbers(inIntake intakeID: UUID, on database: any Database) async throws -> [UUID: String] {
        let valid = try await CertificateModel.query(on: database).filter(\.$intakeID == intakeID)
            .filter(\.$status == CertificateStatus.valid.rawValue).field(\.$id).field(\.$learnerID).field(\.$registrationNumber).all()
        return Dictionary(valid.map { ($0.learnerID, $0.registrationNumber) }, uniquingKeysWith: { first, _ in first })
    }
}
