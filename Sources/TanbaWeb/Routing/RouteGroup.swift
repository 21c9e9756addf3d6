import Vapor

/// The site's two kinds of route: pages (sessions, CSRF tokens, HTML errors) and the JSON API under
/// `/api/v1` (bearer tokens, JSON errors). Middlewares ask the request which one it reached.
enum RouteGroup: Sendable {
    case page
    case api

    static let userInfoKey = "tanba.routeGroup"

    /// Where the API group lives; every route registered in it starts here.
    static let apiPrefix: [PathComponent] = ["api", "v1"]
}

/// Registers routes into the API group: each is marked as such, and must lie under `/api/v1`.
struct APIRoutesBuilder: RoutesBuilder {
    let base: any RoutesBuilder

    func add(_ route: Route) {
        assert(Array(route.path.prefix(RouteGroup.apiPrefix.count)) == RouteGroup.apiPrefix,
               "an API route outside /api/v1: \(route.path.string)")
        route.userInfo[RouteGroup.userInfoKey] = RouteGroup.api
        base.add(route)
    }
}

/// A controller's JSON API routes, registered in the API group beside its pages.
protocol APIRouteCollection {
    func boot(api: any RoutesBuilder) throws
}

extension Request {
    /// Which group this request belongs to: its route's, or for a path no route serves, the API
    /// group when the path lies under its prefix (so an API client's typo still gets a JSON 404).
    var routeGroup: RouteGroup {
        if let route { return route.userInfo[RouteGroup.userInfoKey] as? RouteGroup ?? .page }
        let segments = url.path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        return segments.starts(with: RouteGroup.apiPrefix.map(\.description)) ? .api : .page
    }

    var isAPICall: Bool { routeGroup == .api }
}
