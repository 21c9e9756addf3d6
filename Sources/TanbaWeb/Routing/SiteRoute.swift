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
    case adminTokenRevoke(String)
    case language(String)
    case workspace
    case newProgram
    case createProgram
    case edition(String)
    case editEdition(String)
    case editionAction(String)
    case newEdition(programID: String)
    case editionRegistryApplication(String)
    case adminUsers
    case adminSettings
    case adminLogo
    case institutionLogo
    case apiPrograms
    case apiProgram(code: String)
    case apiOpenAPI
    case register
    case apply(intakeID: String)
    case me
    case meProfile
    case document(String)
    case intakes
    case intake(String)
    case applicationDecision(String)
    case orders(intakeID: String)
    case orderPDF(String)
    case assignTeacher(intakeID: String)
    case learnerFile(intakeID: String, learnerID: String)
    case gradebook(intakeID: String)
    case gradebookCSV(intakeID: String)
    case gradebookImport(intakeID: String)
    case gradebookRepeat(intakeID: String)
    case apiIntakes
    case apiIntakeLearners(String)
    case apiGradebook(String)
    case verify(token: String)
    case verifyLookup
    case apiVerify(token: String)
    case apiVerifyPDF(token: String)
    case attestation(intakeID: String)
    case attestationSession(String)
    case sessionProtocolPDF(String)
    case sessionAwardOrderPDF(String)
    case sessionDocumentsZIP(String)
    case sessionIssueProgress(String)
    case commissionSeats
    case commissionSeatSession(String)
    case journal
    case journalCSV
    case certificate(String)
    case certificateDocument(id: String, kind: IssuedDocumentKind)
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
        case .adminTokenRevoke(let id): ["admin", "tokens", id, "revoke"]
        case .language(let code): ["language", code]
        case .workspace: ["workspace"]
        case .newProgram: ["workspace", "programs", "new"]
        case .createProgram: ["workspace", "programs"]
        case .edition(let id): ["workspace", "editions", id]
        case .editEdition(let id): ["workspace", "editions", id, "edit"]
        case .editionAction(let id): ["workspace", "editions", id, "actions"]
        case .newEdition(let programID): ["workspace", "programs", programID, "editions"]
        case .editionRegistryApplication(let id): ["workspace", "editions", id, "registry-application"]
        case .adminUsers: ["admin", "users"]
        case .adminSettings: ["admin", "settings"]
        case .adminLogo: ["admin", "settings", "logo"]
        case .institutionLogo: ["institution", "logo"]
        case .apiPrograms: ["api", "v1", "programs"]
        case .apiProgram(let code): ["api", "v1", "programs", code]
        case .apiOpenAPI: ["api", "v1", "openapi.json"]
        case .register: ["register"]
        case .apply(let id): ["intakes", id, "apply"]
        case .me: ["me"]
        case .meProfile: ["me", "profile"]
        case .document(let id): ["documents", id]
        case .intakes: ["workspace", "intakes"]
        case .intake(let id): ["workspace", "intakes", id]
        case .applicationDecision(let id): ["workspace", "applications", id]
        case .orders(let id): ["workspace", "intakes", id, "orders"]
        case .orderPDF(let id): ["workspace", "orders", id, "order.pdf"]
        case .assignTeacher(let id): ["workspace", "intakes", id, "teachers"]
        case .learnerFile(let intake, let learner): ["workspace", "intakes", intake, "learners", learner]
        case .gradebook(let id): ["workspace", "intakes", id, "gradebook"]
        case .gradebookCSV(let id): ["workspace", "intakes", id, "gradebook.csv"]
        case .gradebookImport(let id): ["workspace", "intakes", id, "gradebook", "import"]
        case .gradebookRepeat(let id): ["workspace", "intakes", id, "gradebook", "repeat"]
        case .apiIntakes: ["api", "v1", "intakes"]
        case .apiIntakeLearners(let id): ["api", "v1", "intakes", id, "learners"]
        case .apiGradebook(let id): ["api", "v1", "intakes", id, "gradebook"]
        case .verify(let token): ["verify", token]
        case .verifyLookup: ["verify"]
        case .apiVerify(let token): ["api", "v1", "verify", token]
        case .apiVerifyPDF(let token): ["api", "v1", "verify", token, "certificate.pdf"]
        case .attestation(let id): ["workspace", "intakes", id, "attestation"]
        case .attestationSession(let id): ["workspace", "sessions", id]
        case .sessionProtocolPDF(let id): ["workspace", "sessions", id, "protocol.pdf"]
        case .sessionAwardOrderPDF(let id): ["workspace", "sessions", id, "award-order.pdf"]
        case .sessionDocumentsZIP(let id): ["workspace", "sessions", id, "documents.zip"]
        case .sessionIssueProgress(let id): ["workspace", "sessions", id, "progress"]
        case .commissionSeats: ["workspace", "commission"]
        case .commissionSeatSession(let id): ["workspace", "commission", "sessions", id]
        case .journal: ["workspace", "journal"]
        case .journalCSV: ["workspace", "journal.csv"]
        case .certificate(let id): ["workspace", "certificates", id]
        // One constant file name per kind: a `:kind.pdf` segment would be one parameter named "kind.pdf".
        case .certificateDocument(let id, let kind): ["certificates", id, kind.rawValue + ".pdf"]
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

    /// The route pattern; cases are built with `:name` placeholders for this.
    /// The absolute address under the installation's public URL (`TANBA_PUBLIC_URL`), for QR codes,
    /// documents, exports and links shared outside the site.
    func url(publicURL: String) -> String {
        publicURL + path
    }

    var pattern: [PathComponent] { components.map { PathComponent(stringLiteral: $0) } }
}

extension OpenBadgesIssuer.Paths {
    /// The pages credentials link to, from the same cases that register them.
    public static let site = OpenBadgesIssuer.Paths(
        verification: { SiteRoute.verify(token: $0).path },
        program: { SiteRoute.program(code: $0).path },
        nqfLevel: { SiteRoute.registry.path + "?nqf=\($0)" })
}
