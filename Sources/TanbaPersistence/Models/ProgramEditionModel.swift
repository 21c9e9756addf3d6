import Fluent
import Foundation
import TanbaCore

/// One edition of a program: its whole content and where it stands in approval.
public final class ProgramEditionModel: Model, @unchecked Sendable {
    public static let schema = "program_editions"

    // managed
    @ID(key: .id) public var id: UUID?
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "updated_at") public var updatedAt: Date

    // data
    @Field(key: "number") public var number: Int
    @Field(key: "status") public var status: String
    @OptionalField(key: "stage") public var stage: String?
    /// The whole `ProgramContent` as JSON; the columns below repeat what the registry filters on.
    @Field(key: "content") public var content: String
    @Field(key: "title") public var title: String
    @Field(key: "field_of_education") public var fieldOfEducation: String
    @Field(key: "nqf_level") public var nqfLevel: Int
    @Field(key: "study_form") public var studyForm: String
    /// Language codes wrapped in commas (",ru,kk,") so one LIKE finds a language on any database.
    @Field(key: "languages") public var languages: String
    @Field(key: "credits_hundredths") public var creditsHundredths: Int
    @Field(key: "hours") public var hours: Int
    /// The titles in every language, folded by `SearchKey`: what the registry's search looks in.
    @OptionalField(key: "search_key") public var searchKey: String?
    @Field(key: "created_by") public var createdBy: UUID

    // relationships
    @Parent(key: "program_id") public var program: ProgramModel

    public init() {}

    public init(id: UUID? = nil, programID: UUID, number: Int, content: ProgramContent, createdBy: UUID, at date: Date) throws {
        self.id = id
        self.$program.id = programID
        self.number = number
        self.createdBy = createdBy
        self.createdAt = date
        self.updatedAt = date
        setEditionStatus(.draft)
        try setContent(content)
    }

    /// The stored status; an unknown one fails (`UnknownStoredValue`) rather than reading as an editable draft.
    public var editionStatus: EditionStatus {
        get throws {
            guard let known = EditionStatus(status: status, stage: stage) else {
                throw UnknownStoredValue(column: "program_editions.status", value: stage.map { "\(status)/\($0)" } ?? status)
            }
            return known
        }
    }

    /// Stores `newStatus` in the status and stage columns.
    public func setEditionStatus(_ newStatus: EditionStatus) {
        let stored = newStatus.storage
        status = stored.status
        stage = stored.stage
    }

    public func decodedContent() throws -> ProgramContent {
        try JSONDecoder().decode(ProgramContent.self, from: Data(content.utf8))
    }

    public func setContent(_ value: ProgramContent) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        content = String(decoding: try encoder.encode(value), as: UTF8.self)
        title = value.title
        fieldOfEducation = value.passport.fieldOfEducation
        nqfLevel = value.passport.nqfLevel
        studyForm = value.passport.studyForm.rawValue
        languages = "," + value.passport.languages.map(\.rawValue).joined(separator: ",") + ","
        creditsHundredths = value.totalCredits.hundredths
        hours = value.totalHours
        searchKey = Self.searchKey(value)
    }

    /// The registry's search key of a program's content.
    public static func searchKey(_ content: ProgramContent) -> String {
        SearchKey.normalise([content.title, content.titleKazakh ?? "", content.titleEnglish ?? ""].filter { !$0.isEmpty }
            .joined(separator: " "))
    }
}
