import Fluent
import Foundation
import TanbaCore

/// What an edition's page in the workspace shows: the edition with its program and content, the
/// program's approval history, whether another edition is still open, and the active policy.
public struct EditionOverview: Sendable {
    public let edition: ProgramEditionModel
    public let program: ProgramModel
    public let content: ProgramContent
    public let status: EditionStatus
    /// Every decision on the program's editions, oldest first.
    public let history: [ApprovalStepModel]
    /// A draft or an edition in review exists, so no new edition may start.
    public let hasOpenEdition: Bool
    public let policy: InstitutionPolicy

    /// `ProgramStoreError.editionNotFound` when there is no edition `editionID`.
    public static func load(_ editionID: UUID, on database: any Database, clock: Clock) async throws -> EditionOverview {
        let store = ProgramStore(database: database, clock: clock)
        let edition = try await store.edition(editionID)
        let program = edition.program
        let programID = try program.requireID()
        return EditionOverview(
            edition: edition, program: program, content: try edition.decodedContent(), status: try edition.editionStatus,
            history: try await store.history(ofProgram: programID), hasOpenEdition: try await store.hasOpenEdition(programID),
            policy: try await SettingsStore.policy(on: database))
    }
}
