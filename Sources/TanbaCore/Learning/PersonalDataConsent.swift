import Foundation

/// A learner's consent to the processing of their personal data, given at registration (Law of
/// the Republic of Kazakhstan No. 94-V «О персональных данных и их защите», art. 8: consent is
/// given in writing or electronically, and the operator must be able to show it). The text a
/// learner agreed to is versioned: when it changes, consents keep the version they were given to.
public enum PersonalDataConsent {
    /// The version of the consent text shown now; its wording is `consent.text.<version>` in every language.
    public static let currentVersion = "2026-12"

    /// Why a registration was refused for its consent.
    public enum Problem: Error, Equatable {
        case notGiven
    }

    /// The version consented to, from the form's checkbox.
    public static func given(_ checkbox: String?) throws -> String {
        guard checkbox == "yes" else { throw Problem.notGiven }
        return currentVersion
    }
}
