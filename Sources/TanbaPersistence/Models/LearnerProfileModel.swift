import Fluent
import Foundation
import TanbaCore

/// What the registrar needs to know about a learner beyond their login.
public final class LearnerProfileModel: Model, @unchecked Sendable {
    public static let schema = "learner_profiles"

    // managed
    @ID(key: .id) public var id: UUID?
    @Field(key: "created_at") public var createdAt: Date

    // data
    @Field(key: "user_id") public var userID: UUID
    @Field(key: "category") public var category: String
    /// Employer or home institution, for contract employees and visiting students.
    @Field(key: "organisation") public var organisation: String
    @Field(key: "email") public var email: String
    @Field(key: "phone") public var phone: String
    /// The name in Latin letters as in the passport, printed on certificates; nil when not given.
    @OptionalField(key: "latin_name") public var latinName: String?
    /// The version of the personal-data consent text the learner agreed to (`PersonalDataConsent`);
    /// nil for profiles made before consent was asked for, or by staff.
    @OptionalField(key: "consent_version") public var consentVersion: String?
    @OptionalField(key: "consent_at") public var consentAt: Date?

    public init() {}

    public init(userID: UUID, category: LearnerCategory, organisation: String, email: String, phone: String,
                latinName: String? = nil, consentVersion: String? = nil, createdAt: Date) {
        self.latinName = latinName
        self.consentVersion = consentVersion
        self.consentAt = consentVersion == nil ? nil : createdAt
        self.userID = userID
        self.category = category.rawValue
        self.organisation = organisation
        self.email = email
        self.phone = phone
        self.createdAt = createdAt
    }

    public var learnerCategory: LearnerCategory? { LearnerCategory(rawValue: category) }
}
