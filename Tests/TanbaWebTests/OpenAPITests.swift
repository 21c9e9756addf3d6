import Foundation
import Testing
import Vapor
import VaporTesting
@testable import TanbaWeb

@Suite struct OpenAPITests {
    @Test func everyAPIRouteIsDescribed() async throws {
        try await withTanba { app, browser in
            // setup
            let response = try await browser.get("/api/v1/openapi.json")
            #expect(response.status == .ok)
            let document = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
            let paths = (document?["paths"] as? [String: Any]) ?? [:]
            // act: the routes the app really serves under /api/v1
            let served = app.routes.all
                .filter { $0.path.first?.description == "api" }
                .map { route in
                    (route.method.rawValue.lowercased(),
                     "/" + route.path.map { component -> String in
                         if case .parameter(let name) = component { return "{\(name)}" }
                         return component.description
                     }.joined(separator: "/"))
                }
            // check
            #expect(served.count >= 3)
            for (method, path) in served {
                let operations = paths[path] as? [String: Any]
                #expect(operations?[method] != nil, "\(method.uppercased()) \(path) is not in openapi.json")
            }
            // and the other way: every described operation is served, so a client built from the file
            // never calls a route that is not there
            let servedSet = Set(served.map { "\($0.0) \($0.1)" })
            for (path, value) in paths {
                for method in ((value as? [String: Any]) ?? [:]).keys
                where ["get", "put", "post", "delete", "patch"].contains(method) {
                    #expect(servedSet.contains("\(method) \(path)"), "\(method.uppercased()) \(path) is described but not served")
                }
            }
            #expect(document?["openapi"] as? String == "3.1.0")
        }
    }
}
