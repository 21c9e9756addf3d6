import Fluent
import Foundation
import TanbaCore

/// One run of a registered program («набор»): dates, places, language, price.
public final class IntakeModel: Model, @unchecked Sendable {
    public static let schema = "intakes"

    // managed
    @ID(key: .id) public var id: UUID?
    @Field(key: "created_at") public var createdAt: Date

    // data
    @Field(key: "program_id") public var programID: UUID
    /// The edition learners enrol in; they keep it when the program is revised.
    @Field(key: "edition_id") public var editionID: UUID
    @Field(key: "title") public var title: String
    /// First and last day, as `yyyy-MM-dd` on the Almaty calendar.
    @Field(key: "starts_on") public var startsOn: String
    @Field(key: "ends_on") public var endsOn: String
    /// The last day applications are taken; nil for intakes opened before deadlines were recorded.
    @OptionalField(key: "applications_close_on") public var applicationsCloseOn: String?
    @Field(key: "capacity") public var capacity: Int
    @Field(key: "language") public var language: String
    @Field(key: "study_form") public var studyForm: String
    /// Responsible person: program lead or head of department (004 §6.2.5).
    @Field(key: "responsible_person") public var responsiblePerson: String
    /// Price in tiyn; nil for a grant-funded elective.
    @OptionalField(key: "price_tiyn") public var priceTiyn: Int?
    @Field(key: "is_open") public var isOpen: Bool

    public init() {}

    public init(programID: UUID, editionID: UUID, title: String, schedule: IntakeSchedule, capacity: Int,
                language: LanguageCode, studyForm: StudyForm, responsiblePerson: String, price: Tenge?, createdAt: Date) {
        self.programID = programID
        self.editionID = editionID
        self.title = title
        self.startsOn = schedule.period.startsOn
        self.endsOn = schedule.period.endsOn
        self.applicationsCloseOn = schedule.applicationsCloseOn
        self.capacity = capacity
        self.language = language.rawValue
        self.studyForm = studyForm.rawValue
        self.responsiblePerson = responsiblePerson
        self.priceTiyn = price?.tiyn
        self.isOpen = true
        self.createdAt = createdAt
    }

    public var schedule: IntakeSchedule {
        IntakeSchedule(stored: startsOn, endsOn: endsOn, applicationsCloseOn: applicationsCloseOn)
    }

    /// Where the intake stands on `day`; closing it by hand ends its applications early.
    public func phase(on day: String) -> IntakeSchedule.Phase {
        let phase = schedule.phase(on: day)
        return !isOpen && phase == .acceptingApplications ? .applicationsClosed : phase
    }

    public var price: Tenge? { priceTiyn.map(Tenge.init(tiyn:)) }
    public var isGrantFunded: Bool { priceTiyn == nil }
}
