import Foundation

/// What an applicant fills in to register («регистрация слушателя»), checked as a whole so the
/// form names every problem at once instead of one per attempt. The password is checked by
/// `PasswordPolicy` and the login's uniqueness by the store; everything else is here.
public struct LearnerRegistration: Sendable, Equatable {
    public var fullName: String
    /// The name in Latin letters as in the passport; empty when not given.
    public var latinName: String
    public var login: String
    /// A `LearnerCategory` raw value; empty until the applicant chooses.
    public var category: String
    /// The consent checkbox as posted.
    public var consent: String?
    public var organisation: String
    public var email: String
    public var phone: String

    public init(fullName: String, latinName: String, login: String, category: String, consent: String?,
                organisation: String, email: String, phone: String) {
        self.fullName = fullName
        self.latinName = latinName
        self.login = login
        self.category = category
        self.consent = consent
        self.organisation = organisation
        self.email = email
        self.phone = phone
    }

    /// One thing wrong with the form, in the order the form asks for it.
    public enum Problem: Error, Equatable, Sendable {
        case invalidName
        case invalidLatinName
        case invalidLogin
        case categoryMissing
        case invalidEmail
        case consentMissing
    }

    /// Every problem of the form.
    public struct Problems: Error, Equatable, Sendable {
        public let problems: [Problem]
    }

    /// The registration as stored.
    public struct Checked: Sendable, Equatable {
        public let fullName: String
        public let latinName: String?
        public let login: String
        public let category: LearnerCategory
        public let consentVersion: String
        public let organisation: String
        public let email: String
        public let phone: String
    }

    public func checked() throws(Problems) -> Checked {
        var problems: [Problem] = []
        let name = try? AccountName.fullName(fullName)
        if name == nil { problems.append(.invalidName) }
        var latin: String?
        do { latin = try LatinName.normalized(latinName) } catch { problems.append(.invalidLatinName) }
        let login = try? AccountName.login(self.login)
        if login == nil { problems.append(.invalidLogin) }
        let category = LearnerCategory(rawValue: category)
        if category == nil { problems.append(.categoryMissing) }
        let email = email.trimmingCharacters(in: .whitespaces)
        if email.count > 200 || !(email.isEmpty || email.range(of: #"^[^@\s]+@[^@\s]+\.[^@\s]+$"#, options: .regularExpression) != nil) {
            problems.append(.invalidEmail)
        }
        let consentVersion = try? PersonalDataConsent.given(consent)
        if consentVersion == nil { problems.append(.consentMissing) }
        guard problems.isEmpty, let name, let login, let category, let consentVersion else { throw Problems(problems: problems) }
        return Checked(fullName: name, latinName: latin, login: login, category: category, consentVersion: consentVersion,
                       organisation: String(organisation.trimmingCharacters(in: .whitespaces).prefix(300)), email: email,
                       phone: String(phone.trimmingCharacters(in: .whitespaces).prefix(50)))
    }
}
