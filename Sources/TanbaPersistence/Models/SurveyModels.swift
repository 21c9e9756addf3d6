import Fluent
import Foundation
import TanbaCore

/// Who was asked to answer a program's survey, and whether they have: never what they answered.
public final class SurveyInvitationModel: Model, @unchecked Sendable {
    public static let schema = "survey_invitations"

    @ID(key: .id) public var id: UUID?
    @Field(key: "kind") public var kind: String
    @Field(key: "program_id") public var programID: UUID
    @OptionalField(key: "certificate_id") public var certificateID: UUID?
    @OptionalField(key: "token_hash") public var tokenHash: String?
    /// The organisation (and person) the link was made for; for a learner, empty.
    @Field(key: "recipient") public var recipient: String
    @Field(key: "answered") public var answered: Bool
    @OptionalField(key: "created_by") public var createdBy: UUID?
    @Field(key: "created_at") public var createdAt: Date

    public init() {}
}

/// One anonymous answer to a program's survey: the program, the kind, the day, the answers.
public final class SurveyAnswerModel: Model, @unchecked Sendable {
    public static let schema = "survey_answers"

    @ID(key: .id) public var id: UUID?
    @Field(key: "kind") public var kind: String
    @Field(key: "program_id") public var programID: UUID
    @Field(key: "answered_on") public var answeredOn: String
    /// `LearnerSurveyAnswer` or `EmployerSurveyAnswer` as JSON.
    @Field(key: "answer") public var answer: String

    public init() {}

    public var surveyKind: SurveyKind {
        get throws { try UnknownStoredValue.decode(kind, column: "survey_answers.kind") }
    }
}
