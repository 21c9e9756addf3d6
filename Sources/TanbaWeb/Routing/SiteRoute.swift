import Foundation
import Vapor
import TanbaCore
import TanbaCredentials
import TanbaPersistence

/// Every URL of the site: the same case registers the route and builds each link.
enum SiteRoute {
    case registry
    case program(code: String)
    case registryApplication(code: String)
    case programDocument(code: String)
    case login
    case loginCode
    case logout
    case secondFactor
    case secondFactorSetup
    case secondFactorConfirm
    case secondFactorDisable
    case adminTokens
    case adminTokenRevoke(any IdentifierSegment)
    case language(String)
    case workspace
    case newProgram
    case createProgram
    case edition(any IdentifierSegment)
    case editEdition(any IdentifierSegment)
    case editionAction(any IdentifierSegment)
    case newEdition(programID: any IdentifierSegment)
    case editionRegistryApplication(any IdentifierSegment)
    /// The edition's teaching kits (УМКД), their uploads and the committee's approval.
    case teachingKit(any IdentifierSegment)
    case teachingKitDocuments(any IdentifierSegment)
    case teachingKitApproval(any IdentifierSegment)
    case teachingKitDocument(any IdentifierSegment)
    case adminUsers
    case adminSettings
    case adminLogo
    case adminCalendar
    case recognitionCatalogue
    case recognitionCatalogueImport
    case recognitionPeriods
    case recognitionBodies
    case recognitionCases
    case recognitionFileOnBehalf
    case recognitionCase(any IdentifierSegment)
    case recognitionDocument(any IdentifierSegment)
    case meRecognition
    case recognitionExpertise
    /// Cases before the recognition commission, for its members to vote from their own accounts.
    case recognitionBallots
    /// Reports on programs (SPEC §10): the page, its CSV, and the JSON for staff tokens.
    case reports
    case reportsCSV
    case reportsXLSX
    /// The published certification procedure (002 §8.1), public.
    case procedure
    /// A program's yearly monitoring: findings, action plan, the council's decision.
    case monitoring(code: String)
    case monitoringDossier(code: String)
    /// Single-use links for the program's employer survey, made from its monitoring page.
    case monitoringSurveyLinks(code: String)
    /// A learner's end-of-program survey on one of their certificates.
    case meSurvey(any IdentifierSegment)
    /// An employer's survey, reached by a single-use link.
    case employerSurvey(token: String)
    case apiReportPrograms
    /// A trusted provider's uploaded issuer profile; the end of an equivalency rule.
    case recognitionProviderProfile(any IdentifierSegment)
    case recognitionRuleEnd(any IdentifierSegment)
    case recognitionBallot(any IdentifierSegment)
    case recognitionConclusion(any IdentifierSegment)
    case recognitionInterview(any IdentifierSegment)
    case recognitionProtocolPDF(any IdentifierSegment)
    case recognitionExtractPDF(any IdentifierSegment)
    case recognitionExemptionOrderPDF(any IdentifierSegment)
    case recognitionReportCSV
    case recognitionProviders
    case recognitionRecordPDF(learnerID: any IdentifierSegment)
    case apiRecognitions
    case apiRecognition(any IdentifierSegment)
    case institutionLogo
    case apiPrograms
    case apiProgram(code: String)
    case apiOpenAPI
    case register
    case apply(intakeID: any IdentifierSegment)
    case me
    case meProfile
    case document(any IdentifierSegment)
    case intakes
    case intake(any IdentifierSegment)
    case applicationDecision(any IdentifierSegment)
    case orders(intakeID: any IdentifierSegment)
    case orderPDF(any IdentifierSegment)
    case assignTeacher(intakeID: any IdentifierSegment)
    case learnerFile(intakeID: any IdentifierSegment, learnerID: any IdentifierSegment)
    case gradebook(intakeID: any IdentifierSegment)
    case gradebookCSV(intakeID: any IdentifierSegment)
    case gradebookImport(intakeID: any IdentifierSegment)
    case gradebookRepeat(intakeID: any IdentifierSegment)
    case apiIntakes
    case apiIntakeLearners(any IdentifierSegment)
    case apiGradebook(any IdentifierSegment)
    case verify(token: String)
    case verifyLookup
    case apiVerify(token: String)
    case apiVerifyPDF(token: String)
    case attestation(intakeID: any IdentifierSegment)
    case attestationSession(any IdentifierSegment)
    case sessionProtocolPDF(any IdentifierSegment)
    case sessionAwardOrderPDF(any IdentifierSegment)
    case sessionDocumentsZIP(any IdentifierSegment)
    case sessionIssueProgress(any IdentifierSegment)
    case commissionSeats
    case commissionSeatSession(any IdentifierSegment)
    case journal
    case journalCSV
    case certificate(any IdentifierSegment)
    case certificateDocument(id: any IdentifierSegment, kind: IssuedDocumentKind)
    case apiVerifyCredential(token: String)
    case verifyCredential
    case apiCheckCredential
    case issuerProfile
    case tanbaContext
    case statusList(String)

    var components: [String] {
        switch self {
        case .registry: []
        case .program(let code): ["programs", code]
        case .registryApplication(let code): ["programs", code, "registry-application"]
        case .programDocument(let code): ["programs", code, "program.pdf"]
        case .login: ["login"]
        case .loginCode: ["login", "code"]
        case .logout: ["logout"]
        case .secondFactor: ["account", "second-factor"]
        case .secondFactorSetup: ["account", "second-factor", "setup"]
        case .secondFactorConfirm: ["account", "second-factor", "confirm"]
        case .secondFactorDisable: ["account", "second-factor", "disable"]
        case .adminTokens: ["admin", "tokens"]
        case .adminTokenRevoke(let id): ["admin", "tokens", id.segment, "revoke"]
        case .language(let code): ["language", code]
        case .workspace: ["workspace"]
        case .newProgram: ["workspace", "programs", "new"]
        case .createProgram: ["workspace", "programs"]
        case .edition(let id): ["workspace", "editions", id.segment]
        case .editEdition(let id): ["workspace", "editions", id.segment, "edit"]
        case .editionAction(let id): ["workspace", "editions", id.segment, "actions"]
        case .newEdition(let programID): ["workspace", "programs", programID.segment, "editions"]
        case .editionRegistryApplication(let id): ["workspace", "editions", id.segment, "registry-application"]
        case .teachingKit(let id): ["workspace", "editions", id.segment, "teaching-kit"]
        case .teachingKitDocuments(let id): ["workspace", "editions", id.segment, "teaching-kit", "documents"]
        case .teachingKitApproval(let id): ["workspace", "editions", id.segment, "teaching-kit", "approval"]
        case .teachingKitDocument(let id): ["workspace", "teaching-kit", "documents", id.segment]
        case .adminUsers: ["admin", "users"]
        case .adminSettings: ["admin", "settings"]
        case .adminLogo: ["admin", "settings", "logo"]
        case .adminCalendar: ["admin", "calendar"]
        case .recognitionCatalogue: ["workspace", "recognition", "catalogue"]
        case .recognitionCatalogueImport: ["workspace", "recognition", "catalogue", "import"]
        case .recognitionPeriods: ["workspace", "recognition", "periods"]
        case .recognitionBodies: ["workspace", "recognition", "bodies"]
        case .recognitionCases: ["workspace", "recognition"]
        case .recognitionFileOnBehalf: ["workspace", "recognition", "new"]
        case .recognitionCase(let id): ["workspace", "recognition", "cases", id.segment]
        case .recognitionDocument(let id): ["recognition", "documents", id.segment]
        case .meRecognition: ["me", "recognition"]
        case .recognitionExpertise: ["workspace", "recognition", "expertise"]
        case .recognitionBallots: ["workspace", "recognition", "ballots"]
        case .reports: ["workspace", "reports"]
        case .procedure: ["procedure"]
        case .monitoring(let code): ["workspace", "monitoring", code]
        case .monitoringDossier(let code): ["workspace", "monitoring", code, "dossier.pdf"]
        case .monitoringSurveyLinks(let code): ["workspace", "monitoring", code, "survey-links"]
        case .meSurvey(let id): ["me", "certificates", id.segment, "survey"]
        case .employerSurvey(let token): ["survey", token]
        case .reportsCSV: ["workspace", "reports", "programs.csv"]
        case .reportsXLSX: ["workspace", "reports", "programs.xlsx"]
        case .apiReportPrograms: ["api", "v1", "reports", "programs"]
        case .recognitionProviderProfile(let id): ["workspace", "recognition", "providers", id.segment, "profile"]
        case .recognitionRuleEnd(let id): ["workspace", "recognition", "rules", id.segment, "end"]
        case .recognitionBallot(let id): ["workspace", "recognition", "ballots", id.segment]
        case .recognitionConclusion(let id): ["workspace", "recognition", "cases", id.segment, "conclusion"]
        case .recognitionInterview(let id): ["workspace", "recognition", "cases", id.segment, "interview"]
        case .recognitionProtocolPDF(let id): ["workspace", "recognition", "cases", id.segment, "protocol.pdf"]
        case .recognitionExtractPDF(let id): ["workspace", "recognition", "cases", id.segment, "extract.pdf"]
        case .recognitionExemptionOrderPDF(let id): ["recognition", "cases", id.segment, "exemption-order.pdf"]
        case .recognitionReportCSV: ["workspace", "recognition", "report.csv"]
        case .recognitionProviders: ["workspace", "recognition", "providers"]
        case .recognitionRecordPDF(let learner): ["recognition", "learners", learner.segment, "transferred-credits.pdf"]
        case .apiRecognitions: ["api", "v1", "recognitions"]
        case .apiRecognition(let id): ["api", "v1", "recognitions", id.segment]
        case .institutionLogo: ["institution", "logo"]
        case .apiPrograms: ["api", "v1", "programs"]
        case .apiProgram(let code): ["api", "v1", "programs", code]
        case .apiOpenAPI: ["api", "v1", "openapi.json"]
        case .register: ["register"]
        case .apply(let id): ["intakes", id.segment, "apply"]
        case .me: ["me"]
        case .meProfile: ["me", "profile"]
        case .document(let id): ["documents", id.segment]
        case .intakes: ["workspace", "intakes"]
        case .intake(let id): ["workspace", "intakes", id.segment]
        case .applicationDecision(let id): ["workspace", "applications", id.segment]
        case .orders(let id): ["workspace", "intakes", id.segment, "orders"]
        case .orderPDF(let id): ["workspace", "orders", id.segment, "order.pdf"]
        case .assignTeacher(let id): ["workspace", "intakes", id.segment, "teachers"]
        case .learnerFile(let intake, let learner): ["workspace", "intakes", intake.segment, "learners", learner.segment]
        case .gradebook(let id): ["workspace", "intakes", id.segment, "gradebook"]
        case .gradebookCSV(let id): ["workspace", "intakes", id.segment, "gradebook.csv"]
        case .gradebookImport(let id): ["workspace", "intakes", id.segment, "gradebook", "import"]
        case .gradebookRepeat(let id): ["workspace", "intakes", id.segment, "gradebook", "repeat"]
        case .apiIntakes: ["api", "v1", "intakes"]
        case .apiIntakeLearners(let id): ["api", "v1", "intakes", id.segment, "learners"]
        case .apiGradebook(let id): ["api", "v1", "intakes", id.segment, "gradebook"]
        case .verify(let token): ["verify", token]
        case .verifyLookup: ["verify"]
        case .apiVerify(let token): ["api", "v1", "verify", token]
        case .apiVerifyPDF(let token): ["api", "v1", "verify", token, "certificate.pdf"]
        case .attestation(let id): ["workspace", "intakes", id.segment, "attestation"]
        case .attestationSession(let id): ["workspace", "sessions", id.segment]
        case .sessionProtocolPDF(let id): ["workspace", "sessions", id.segment, "protocol.pdf"]
        case .sessionAwardOrderPDF(let id): ["workspace", "sessions", id.segment, "award-order.pdf"]
        case .sessionDocumentsZIP(let id): ["workspace", "sessions", id.segment, "documents.zip"]
        case .sessionIssueProgress(let id): ["workspace", "sessions", id.segment, "progress"]
        case .commissionSeats: ["workspace", "commission"]
        case .commissionSeatSession(let id): ["workspace", "commission", "sessions", id.segment]
        case .journal: ["workspace", "journal"]
        case .journalCSV: ["workspace", "journal.csv"]
        case .certificate(let id): ["workspace", "certificates", id.segment]
        // One constant file name per kind: a `:kind.pdf` segment would be one parameter named "kind.pdf".
        case .certificateDocument(let id, let kind): ["certificates", id.segment, kind.rawValue + ".pdf"]
        case .apiVerifyCredential(let token): ["api", "v1", "verify", token, "credential"]
        case .verifyCredential: ["verify", "credential"]
        case .apiCheckCredential: ["api", "v1", "credentials", "verify"]
        // The credential library and the issuer build these URLs too; one definition keeps them in step.
        case .issuerProfile: Self.segments(OpenBadgesIssuer.profilePath)
        case .tanbaContext: Self.segments(TanbaExtensionContext.path)
        case .statusList(let number): Self.segments(OpenBadgesIssuer.statusListPath) + [number]
        }
    }

    private static func segments(_ path: String) -> [String] {
        path.split(separator: "/").map(String.init)
    }

    /// The link, with each segment percent-encoded.
    var path: String {
        "/" + components.map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? $0 }
            .joined(separator: "/")
    }

    /// The absolute address under the installation's public URL (`TANBA_PUBLIC_URL`), for QR codes,
    /// documents, exports and links shared outside the site.
    func url(publicURL: String) -> String {
        publicURL + path
    }

    /// The route pattern; cases are built with `RouteParameter` placeholders for this.
    var pattern: [PathComponent] { components.map { PathComponent(stringLiteral: $0) } }
}

extension OpenBadgesIssuer.Paths {
    /// The pages credentials link to, from the same cases that register them.
    public static let site = OpenBadgesIssuer.Paths(
        verification: { SiteRoute.verify(token: $0).path },
        program: { SiteRoute.program(code: $0).path },
        nqfLevel: { SiteRoute.registry.path + "?nqf=\($0)" })
}
