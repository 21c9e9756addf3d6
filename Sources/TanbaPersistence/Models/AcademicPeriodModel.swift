import Fluent
import Foundation
import TanbaCore

/// An academic period of the institution, with the day it starts.
public final class AcademicPeriodModel: Model, @unchecked Sendable {
    public static let schema = "academic_periods"

    @ID(key: .id) public var id: UUID?
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "created_by") public var createdBy: UUID
    @Field(key: "title") public var title: String
    /// `yyyy-MM-dd`.
    @Field(key: "starts_on") public var startsOn: String
    @Field(key: "ends_on") public var endsOn: String

    public init() {}

    public init(_ period: AcademicPeriod, createdBy: UUID, at date: Date) {
        title = period.title
        startsOn = period.startsOn.iso
        endsOn = period.endsOn.iso
        self.createdBy = createdBy
        createdAt = date
    }

    public var period: AcademicPeriod {
        get throws {
            guard let start = CalendarDay(iso: startsOn) else { throw UnknownStoredValue(column: "academic_periods.starts_on", value: startsOn) }
            guard let end = CalendarDay(iso: endsOn) else { throw UnknownStoredValue(column: "academic_periods.ends_on", value: endsOn) }
            return AcademicPeriod(title: title, startsOn: start, endsOn: end)
        }
    }
}
