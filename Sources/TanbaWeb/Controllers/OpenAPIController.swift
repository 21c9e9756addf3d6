import Vapor

/// Serves the OpenAPI description of `/api/v1`.
struct OpenAPIController: APIRouteCollection {
    func boot(api routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.apiOpenAPI.pattern, use: document)
    }

    @Sendable func document(_ request: Request) async throws -> Response {
        let url = BundledResources.url("openapi.json")
        let response = Response(status: .ok, body: .init(data: try Data(contentsOf: url)))
        response.headers.contentType = .json
        return response
    }
}
