import Fluent
import Foundation
import NIOConcurrencyHelpers
import SQLKit
import TanbaCore

/// Counts certificate verifications per month without a write per request: a public verification
/// only adds one in memory, and the counts are added to `verification_lookups` now and then (and
/// when the server stops). Reports read the stored counts plus what has not been written yet.
public final class VerificationLookups: Sendable {
    private let pending = NIOLockedValueBox<[String: Int]>([:])

    public init() {}

    /// One verification answered at `date` (the month is Almaty's).
    public func record(at date: Date) {
        let month = Self.month(of: CalendarDay(date))
        pending.withLockedValue { $0[month, default: 0] += 1 }
    }

    /// Adds what was counted in memory to the stored counts; what fails to be written is kept
    /// for the next time.
    public func flush(on database: any Database) async throws {
        let counts = pending.withLockedValue { counts in
            defer { counts = [:] }
            return counts
        }
        guard !counts.isEmpty else { return }
        do {
            guard let sql = database as? any SQLDatabase else { throw CounterStore.CounterError.sqlUnavailable }
            for (month, count) in counts.sorted(by: { $0.key < $1.key }) {
                try await sql.raw("""
                    INSERT INTO verification_lookups (month, lookups) VALUES (\(bind: month), \(bind: count))
                    ON CONFLICT (month) DO UPDATE SET lookups = verification_lookups.lookups + excluded.lookups
                    """).run()
            }
        } catch {
            pending.withLockedValue { current in
                for (month, count) in counts { current[month, default: 0] += count }
            }
            throw error
        }
    }

    /// Lookups per month (`yyyy-MM`) from the first to the last month of the period, zeros included.
    public func months(_ period: ReportPeriod, on database: any Database) async throws -> [(month: String, lookups: Int)] {
        guard let sql = database as? any SQLDatabase else { throw CounterStore.CounterError.sqlUnavailable }
        let first = Self.month(of: period.from), last = Self.month(of: period.to)
        var counts: [String: Int] = [:]
        for row in try await sql.select().columns("month", "lookups").from("verification_lookups")
            .where("month", .greaterThanOrEqual, first).where("month", .lessThanOrEqual, last).all() {
            counts[try row.decode(column: "month", as: String.self), default: 0] += try row.decode(column: "lookups", as: Int.self)
        }
        for (month, count) in pending.withLockedValue({ $0 }) where month >= first && month <= last {
            counts[month, default: 0] += count
        }
        var result: [(month: String, lookups: Int)] = []
        var year = period.from.year, month = period.from.month
        while (year, month) <= (period.to.year, period.to.month) {
            let key = Self.month(year: year, month: month)
            result.append((key, counts[key] ?? 0))
            month += 1
            if month > 12 { month = 1; year += 1 }
        }
        return result
    }

    static func month(of day: CalendarDay) -> String { month(year: day.year, month: day.month) }

    static func month(year: Int, month: Int) -> String {
        String(format: "%04d-%02d", year, month)
    }
}
