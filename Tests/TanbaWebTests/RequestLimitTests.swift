import Foundation
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaPersistence
@testable import TanbaWeb

@Suite(.serialized) struct RequestLimitTests {
    func form(_ size: Int) -> (HTTPHeaders, ByteBuffer) {
        var headers = HTTPHeaders()
        headers.contentType = .urlEncodedForm
        return (headers, ByteBuffer(string: "login=x&password=" + String(repeating: "a", count: size)))
    }

    @Test func anOrdinaryFormPastOneMegabyteIsRefusedBeforeItIsParsed() async throws {
        try await withTanba { app, browser in
            let (headers, body) = form(2 * 1024 * 1024)
            let response = try await browser.sendRaw(.POST, "/login", headers: headers, body: body)
            #expect(response.status == .payloadTooLarge)
            #expect(response.body.string.contains("не более 1 МБ"))
            // Refused before the CSRF check or the login handler saw it: nothing was counted.
            #expect(try await LoginAttemptModel.query(on: app.db).count() == 0)
        }
    }

    @Test func anUnknownRouteIsRefusedWithoutReadingTheBody() async throws {
        try await withTanba { _, browser in
            let (headers, body) = form(3 * 1024 * 1024)
            let response = try await browser.sendRaw(.POST, "/no-such-page", headers: headers, body: body)
            #expect(response.status == .notFound)
            let trace = try await browser.sendRaw(.TRACE, "/verify", headers: [:], body: nil)
            #expect(trace.status == .methodNotAllowed)
            #expect(trace.headers.first(name: "Allow")?.contains("GET") == true)
            #expect(try await browser.sendRaw(.DELETE, "/api/v1/programs", headers: [:], body: nil).status == .methodNotAllowed)
        }
    }

    @Test func securityHeadersAreOnErrorPagesRedirectsAndFiles() async throws {
        try await withTanba { _, browser in
            for path in ["/no-such-page", "/styles.css", "/workspace", "/verify", "/api/v1/programs/NOPE"] {
                let response = try await browser.get(path)
                let csp = response.headers.first(name: "Content-Security-Policy") ?? ""
                #expect(csp.contains("base-uri 'none'"), "\(path): \(csp)")
                #expect(csp.contains("frame-ancestors 'none'"), "\(path)")
                #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff", "\(path)")
                #expect(response.headers.first(name: "Referrer-Policy") != nil, "\(path)")
                #expect(response.headers.first(name: "Strict-Transport-Security") == nil, "no HSTS over plain http")
            }
        }
    }

    @Test func aServerErrorTellsTheUserNothingOfTheInside() async throws {
        struct DriverFailure: Error, CustomStringConvertible {
            var description: String { "connectionRequestTimeout at /var/lib/tanba/secret.sqlite" }
        }
        try await withTanba { app, browser in
            app.get("boom") { _ -> String in throw DriverFailure() }
            app.get("api", "v1", "boom") { _ -> String in throw Abort(.internalServerError, reason: "NSCocoaErrorDomain /etc/tanba") }
            let page = try await browser.get("/boom")
            #expect(page.status == .internalServerError)
            #expect(!page.body.string.contains("connectionRequestTimeout"))
            #expect(!page.body.string.contains("/var/lib"))
            #expect(page.body.string.contains("Внутренняя ошибка сервера"))
            let api = try await browser.get("/api/v1/boom")
            #expect(api.status == .internalServerError)
            #expect(!api.body.string.contains("NSCocoa"))
            #expect(!api.body.string.contains("/etc/tanba"))
        }
    }
}

@Suite(.serialized) struct APIBodyTests {
    func check(_ browser: Browser, _ body: String, type: HTTPMediaType?) async throws -> HTTPStatus {
        var headers = HTTPHeaders()
        if let type { headers.contentType = type }
        return try await browser.sendRaw(.POST, "/api/v1/credentials/verify", headers: headers, body: ByteBuffer(string: body)).status
    }

    @Test func theCredentialCheckTakesOnlyAJSONObject() async throws {
        try await withTanba { _, browser in
            let plain = try await check(browser, "hello", type: .plainText)
            #expect(plain == .unsupportedMediaType)
            let untyped = try await check(browser, "{}", type: nil)
            #expect(untyped == .unsupportedMediaType)
            let blank = try await check(browser, "   ", type: .json)
            #expect(blank == .unprocessableEntity)
            let array = try await check(browser, "[null, null]", type: .json)
            #expect(array == .badRequest)
            let broken = try await check(browser, "{not json", type: .json)
            #expect(broken == .badRequest)
            let object = try await check(browser, "{}", type: HTTPMediaType(type: "application", subType: "vc+ld+json"))
            #expect(object == .ok)
        }
    }

    @Test func aRefusedAPICallNamesTheSchemeItExpects() async throws {
        try await withTanba { _, browser in
            let response = try await browser.get("/api/v1/intakes")
            #expect(response.status == .unauthorized)
            #expect(response.headers.first(name: .wwwAuthenticate)?.hasPrefix("Bearer") == true)
        }
    }
}
