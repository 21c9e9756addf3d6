import Fluent
import Foundation
import TanbaCore

/// The expert group's conclusion on one target discipline of a case; never changed once written.
public final class RecognitionConclusionModel: Model, @unchecked Sendable {
    public static let schema = "recognition_conclusions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "written_at") public var writtenAt: Date
    @Field(key: "written_by") public var writtenBy: UUID
    @Field(key: "case_id") public var caseID: UUID
    /// The target discipline's position in the case, from 1.
    @Field(key: "position") public var position: Int
    /// `ComparisonSheet` as JSON.
    @Field(key: "sheet") public var sheet: String
    @Field(key: "credits_hundredths") public var creditsHundredths: Int
    @OptionalField(key: "grade_letter") public var gradeLetter: String?
    @OptionalField(key: "grade_points") public var gradePoints: Int?
    /// Recognised as «зачтено», without a letter.
    @Field(key: "grade_passed") public var gradePassed: Bool

    public init() {}

    public init(caseID: UUID, position: Int, conclusion: DisciplineConclusion, writtenBy: UUID, at date: Date) throws {
        self.caseID = caseID
        self.position = position
        sheet = String(decoding: try JSONEncoder().encode(conclusion.sheet), as: UTF8.self)
        creditsHundredths = conclusion.credits.hundredths
        switch conclusion.grade {
        case .graded(let band, let points)?:
            gradeLetter = band.letter
            gradePoints = points
            gradePassed = false
        case .passed?: gradePassed = true
        case nil: gradePassed = false
        }
        self.writtenBy = writtenBy
        writtenAt = date
    }

    public var comparisonSheet: ComparisonSheet {
        get throws { try JSONDecoder().decode(ComparisonSheet.self, from: Data(sheet.utf8)) }
    }

    public var credits: Credits { Credits(hundredths: creditsHundredths) }

    /// The grade as the transcript will print it: a letter, «зачтено» (nil letter), or nothing.
    public var gradeText: String? { gradeLetter }
}

/// The commission's interview of an applicant from non-formal learning.
public final class RecognitionInterviewModel: Model, @unchecked Sendable {
    public static let schema = "recognition_interviews"

    @ID(key: .id) public var id: UUID?
    @Field(key: "recorded_at") public var recordedAt: Date
    @Field(key: "recorded_by") public var recordedBy: UUID
    @Field(key: "case_id") public var caseID: UUID
    /// `yyyy-MM-dd`.
    @Field(key: "held_on") public var heldOn: String
    /// The members who interviewed, as named.
    @Field(key: "members") public var members: String
    @Field(key: "passed") public var passed: Bool
    @Field(key: "notes") public var notes: String

    public init() {}

    public init(caseID: UUID, heldOn: String, members: String, passed: Bool, notes: String, recordedBy: UUID, at date: Date) {
        self.caseID = caseID
        self.heldOn = heldOn
        self.members = members
        self.passed = passed
        self.notes = notes
        self.recordedBy = recordedBy
        recordedAt = date
    }
}
