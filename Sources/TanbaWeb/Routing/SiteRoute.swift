import Foundation
import Vapor

/// Every URL of the site: the same case registers the route and builds each link.
enum SiteRoute {
    case registry
    case program(code: String)
    case registryApplication(code: String)
    case login
    case logout
    case language(String)
    case workspace
    case newProgram
    case createProgram
    case edition(String)
    case editEdition(String)
    case editionAction(String)
    case newEdition(programID: String)
    case adminUsers
    case apiPrograms
    case apiProgram(code: String)
    case apiOpenAPI

    var components: [String] {
        switch self {
        case .registry: []
        case .program(let code): ["programs", code]
        case .registryApplication(let code): ["programs", code, "registry-application"]
        case .login: ["login"]
        case .logout: ["logout"]
        case .language(let code): ["language", code]
        case .workspace: ["workspace"]
        case .newProgram: ["workspace", "programs", "new"]
        case .createProgram: ["workspace", "programs"]
        case .edition(let id): ["workspace", "editions", id]
        case .editEdition(let id): ["workspace", "editions", id, "edit"]
        case .editionAction(let id): ["workspace", "editions", id, "actions"]
        case .newEdition(let programID): ["workspace", "programs", programID, "editions"]
        case .adminUsers: ["admin", "users"]
        case .apiPrograms: ["api", "v1", "programs"]
        case .apiProgram(let code): ["api", "v1", "programs", code]
        case .apiOpenAPI: ["api", "v1", "openapi.json"]
        }
    }

    /// The link, with each segment percent-encoded.
    var path: String {
        "/" + components.map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? $0 }
            .joined(separator: "/")
    }

    /// The route pattern; cases are built with `:name` placeholders for this.
    var pattern: [PathComponent] { components.map { PathComponent(stringLiteral: $0) } }
}
