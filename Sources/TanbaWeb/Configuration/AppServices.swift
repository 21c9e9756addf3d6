import Vapor
import TanbaCore
import TanbaPersistence

/// Long-lived services the handlers share, set once by `configure`.
struct AppServices: Sendable {
    let config: AppConfig
    let clock: Clock
    /// Tokens, verification links and second-factor secrets: the system's generator when serving.
    let random: RandomSource
    let storage: any DocumentStorage
    /// Public URLs and the key-encryption key of the institution's Open Badges credentials.
    let issuer: OpenBadgesIssuer
    let statusListCache: StatusListCache
    let issueProgress: IssueProgressBoard
    /// The number-and-surname lookup's limits per client, counted by the application's clock.
    let lookupLimiter: LookupRateLimiter
    /// Verifications per month, counted in memory and written now and then.
    let verificationLookups: VerificationLookups
}

private struct AppServicesKey: StorageKey {
    typealias Value = AppServices
}

extension Application {
    var services: AppServices? {
        get { storage[AppServicesKey.self] }
        set { storage[AppServicesKey.self] = newValue }
    }

    /// The settings `configure` was given, for the command-line tool.
    public var configuration: AppConfig? { services?.config }
}

extension Request {
    func services() throws -> AppServices {
        guard let services = application.services else { throw Abort(.internalServerError) }
        return services
    }

    /// The application's clock: the real one when serving, a fixed one in tests.
    func clock() throws -> Clock {
        try services().clock
    }

    /// The day it is now in Almaty (`yyyy-MM-dd`), by the application's clock.
    func today() throws -> String {
        AlmatyDate.iso(try services().clock.now())
    }

    /// Certificates issued here always come with their signed Open Badges 3.0 credential.
    func certificateIssuing() throws -> CertificateIssuing {
        let services = try services()
        return CertificateIssuing(database: db, clock: services.clock, random: services.random, issuer: services.issuer)
    }

    func certificateLifecycle() throws -> CertificateLifecycle {
        CertificateLifecycle(issuing: try certificateIssuing())
    }

    /// Finding issued certificates: verification, the journal, a learner's downloads.
    var certificates: CertificateQueries {
        CertificateQueries(database: db)
    }

    /// The same, through the reader pool: public verification never waits for an issue.
    var publicCertificates: CertificateQueries {
        CertificateQueries(database: readDB)
    }

    func apiTokenStore() throws -> APITokenStore {
        let services = try services()
        return APITokenStore(database: db, clock: services.clock, random: services.random)
    }

    /// Learners' and employers' surveys of a program.
    func surveys() throws -> Surveys {
        let services = try services()
        return Surveys(database: db, clock: services.clock, random: services.random)
    }

    func applicationStore() throws -> ApplicationStore {
        let services = try services()
        return ApplicationStore(database: db, storage: services.storage,
                                uploadRules: UploadRules(maximumBytes: services.config.uploadMaxBytes), clock: services.clock)
    }

    /// The message for a refused enrollment or grading operation, in the user's language.
    func message(for error: LearningStoreError) -> String {
        switch error {
        case .notFound: t("error.http.404")
        case .forbidden: t("error.forbidden")
        case .invalidInput(let field): t("learning.error.invalid", ["field": t("learning.field.\(field)")])
        case .programNotRegistered: t("learning.error.program_not_registered")
        case .teachingKitNotApproved(let missing):
            missing > 0 ? t("learning.error.teaching_kit_incomplete", ["count": "\(missing)"]) : t("learning.error.teaching_kit_not_approved")
        case .intakeClosed: t("learning.error.intake_closed")
        case .applicationsClosed(let lastDay): t("learning.error.applications_closed", ["date": AlmatyDate.dotted(iso: lastDay)])
        case .deadlineNotBeforeStart(let startsOn):
            t("learning.error.deadline_not_before_start", ["start": AlmatyDate.dotted(iso: startsOn)])
        case .alreadyApplied: t("learning.error.already_applied")
        case .upload(let kind, let upload):
            switch upload {
            case .empty: t("upload.error.empty", ["document": t("document.\(kind.rawValue)")])
            case .tooLarge(let limit):
                t("upload.error.too_large", ["document": t("document.\(kind.rawValue)"), "limit": "\(limit / 1024 / 1024)"])
            case .unsupportedType: t("upload.error.type", ["document": t("document.\(kind.rawValue)")])
            }
        case .review(let failure):
            switch failure {
            case .illegalTransition: t("error.illegal_transition")
            case .reasonRequired: t("review.error.reason")
            case .prerequisitesNotChecked: t("review.error.prerequisites")
            case .documentMissing(let kind): t("review.error.document", ["document": t("document.\(kind.rawValue)")])
            case .notReadyForOrder: t("review.error.not_ready")
            case .intakeFull(let capacity): t("review.error.full", ["capacity": "\(capacity)"])
            }
        case .notEnrolled: t("grading.not_enrolled")
        case .grading(let refusal): t("grading.\(GradebookStore.refusalKey(refusal))")
        case .beforeStudyStarts(let startsOn): t("grading.before_study_starts", ["start": AlmatyDate.dotted(iso: startsOn)])
        case .decidedByCommission: t("grading.decided")
        case .orderNumberTaken: t("order.error.number_taken")
        case .noApplicationsSelected: t("order.error.none_selected")
        }
    }

    /// The HTTP status for a refused operation.
    func status(for error: LearningStoreError) -> HTTPStatus {
        switch error {
        case .notFound: .notFound
        case .forbidden: .forbidden
        case .intakeClosed, .applicationsClosed, .alreadyApplied, .orderNumberTaken, .teachingKitNotApproved: .conflict
        default: .unprocessableEntity
        }
    }
}
