import Fluent
import Foundation
import TanbaCore

/// Which teacher grades which discipline of an intake.
public final class TeachingAssignmentModel: Model, @unchecked Sendable {
    public static let schema = "teaching_assignments"

    @ID(key: .id) public var id: UUID?
    @Field(key: "intake_id") public var intakeID: UUID
    @Field(key: "discipline") public var discipline: Int
    @Field(key: "teacher_id") public var teacherID: UUID

    public init() {}

    public init(intakeID: UUID, discipline: Int, teacherID: UUID) {
        self.intakeID = intakeID
        self.discipline = discipline
        self.teacherID = teacherID
    }
}
