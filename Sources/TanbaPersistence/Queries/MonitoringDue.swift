import Fluent
import Foundation
import TanbaCore

/// Registered programs whose monitoring is overdue or due within the notice window (004 §8.2),
/// most urgent first: two queries.
public struct MonitoringDue: Sendable {
    public struct Line: Sendable {
        public let code: String
        public let title: String
        public let department: String
        /// The last day of the registration's validity.
        public let validUntil: CalendarDay
        public let standing: MonitoringSchedule.Standing
        public let editionID: UUID
    }

    public let lines: [Line]

    public var overdue: [Line] { lines.filter { if case .overdue = $0.standing { true } else { false } } }

    public static func load(today: CalendarDay, on database: any Database) async throws -> MonitoringDue {
        let programs = try await ProgramModel.query(on: database).filter(\.$code != nil).filter(\.$validUntil != nil).all()
        let editionIDs = programs.compactMap(\.publicEditionID)
        guard !editionIDs.isEmpty else { return MonitoringDue(lines: []) }
        let editions = try await ProgramEditionModel.query(on: database).filter(\.$id ~~ editionIDs)
            .filter(\.$status == "registered").all().byID()
        let lines = try programs.compactMap { program -> Line? in
            guard let code = program.code, let valid = program.validUntil, let editionID = program.publicEditionID,
                  let edition = editions[editionID] else { return nil }
            let day = CalendarDay(valid)
            let standing = MonitoringSchedule.standing(validUntil: day, today: today)
            guard standing != .current else { return nil }
            let content = try edition.decodedContent()
            return Line(code: code, title: content.title, department: content.passport.department, validUntil: day, standing: standing,
                        editionID: editionID)
        }
        return MonitoringDue(lines: lines.sorted { $0.validUntil < $1.validUntil })
    }
}
