import Foundation
import TanbaCore

/// Why a program operation was refused; nothing was changed.
public enum ProgramStoreError: Error, Sendable, Equatable {
    case editionNotFound
    case programNotFound
    /// Input that can never be stored (a level of 9, an over-long title).
    case malformed([ValidationIssue])
    /// Only a draft or returned edition can be changed, and only by a developer.
    case notEditable
    case forbidden
    /// A newer edition is already being prepared.
    case openEditionExists
    /// Only a registered program can get a new edition.
    case notRegistered
    case workflow(WorkflowError)
    /// A council's meeting dated after the day its decision is entered.
    case meetingDateInFuture(today: String)
}
