import Fluent
import Foundation
import TanbaCore

/// A program of the public registry as its pages and documents show it: the public edition, the
/// whole approval history, and the intakes still to come or under way.
public struct RegisteredProgram: Sendable {
    public let entry: RegistryEntry
    /// Every decision on the program's editions, oldest first.
    public let history: [ApprovalStepModel]
    /// Intakes that have not ended by `today`, with their programs' content, earliest first.
    public let intakes: [(intake: IntakeModel, content: ProgramContent, code: String)]

    /// nil when no registered program has `code`. Intakes are read only when `withIntakes`: the
    /// program's documents need none.
    public static func load(code: String, on database: any Database, clock: Clock, today: String,
                            withIntakes: Bool = true) async throws -> RegisteredProgram? {
        guard let entry = try await RegistryStore(database: database).program(code: code) else { return nil }
        let programID = try entry.program.requireID()
        let history = try await ProgramStore(database: database, clock: clock).history(ofProgram: programID)
        var intakes: [(intake: IntakeModel, content: ProgramContent, code: String)] = []
        if withIntakes {
            let store = IntakeStore(database: database, clock: clock)
            intakes = try await store.withPrograms(try await store.current(forProgram: programID, on: today))
        }
        return RegisteredProgram(entry: entry, history: history, intakes: intakes)
    }
}
