import Foundation
import TanbaCore

/// Why an enrollment or grading operation was refused; nothing was changed.
public enum LearningStoreError: Error, Sendable, Equatable {
    case notFound
    case forbidden
    case invalidInput(field: String)
    case programNotRegistered
    /// Under a policy that requires it, the academic committee has not approved every discipline's
    /// teaching kit (УМКД, 004 §5.10); `missing` documents are still to be uploaded.
    case teachingKitNotApproved(missing: Int)
    case intakeClosed
    /// Applications to the intake were taken up to `lastDay` (`yyyy-MM-dd`).
    case applicationsClosed(lastDay: String)
    /// An application deadline must come before the intake's first day of study.
    case deadlineNotBeforeStart(startsOn: String)
    case alreadyApplied
    case upload(DocumentKind, UploadError)
    case review(ApplicationReview.Failure)
    /// A teacher grading a discipline they do not teach, or a learner not enrolled.
    case notEnrolled
    case grading(GradebookRules.Refusal)
    /// Marks wait for the first day of study.
    case beforeStudyStarts(startsOn: String)
    /// The commission's protocol decided on the learner: their marks are final.
    case decidedByCommission
    case orderNumberTaken
    case noApplicationsSelected
}
