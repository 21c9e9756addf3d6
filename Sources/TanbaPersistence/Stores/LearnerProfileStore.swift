import Fluent
import Foundation
import TanbaCore

/// A learner's own profile: what they may change themselves.
public struct LearnerProfileStore: Sendable {
    public let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    public func profile(of userID: UUID) async throws -> LearnerProfileModel? {
        try await LearnerProfileModel.query(on: database).filter(\.$userID == userID).first()
    }

    /// Sets (or, with nil, clears) the name in Latin letters; certificates issued from now on print it.
    /// The profiles of `userIDs`, by user, in one query.
    public func profiles(of userIDs: [UUID]) async throws -> [UUID: LearnerProfileModel] {
        guard !userIDs.isEmpty else { return [:] }
        let profiles = try await LearnerProfileModel.query(on: database).filter(\.$userID ~~ userIDs).all()
        return Dictionary(profiles.map { ($0.userID, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func setLatinName(_ name: String?, of userID: UUID) async throws {
        guard let profile = try await profile(of: userID) else { throw LearningStoreError.notFound }
        profile.latinName = name
        try await profile.update(on: database)
    }
}
