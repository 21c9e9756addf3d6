import Foundation

/// Who a learner is to the institution (000 §4.1, 004 §6.1); raw values are stored.
public enum LearnerCategory: String, CaseIterable, Sendable, Codable {
    /// The institution's own student («обучающийся вуза»).
    case ownStudent = "own_student"
    /// A student of another institution.
    case otherInstitutionStudent = "other_institution_student"
    /// An employee of an organisation, trained under contract («работник сторонней организации по договору»).
    case contractEmployee = "contract_employee"
    /// A free listener («вольнослушатель»).
    case freeListener = "free_listener"
}
