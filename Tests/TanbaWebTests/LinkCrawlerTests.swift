import Foundation
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaPersistence
import TanbaDemo
@testable import TanbaWeb

/// Follows every link and form target a user can reach from the demo data, as each role: a link
/// that answers 404 or 5xx is a broken button somebody will press, and a day printed as
/// `2026-11-16` instead of `16.11.2026` is one the reader has to decode.
@Suite(.serialized) struct LinkCrawlerTests {
    static let pageLimit = 300
    /// Addresses of one shape (the same route with other ids) visited at most: the demo's past
    /// intakes list hundreds of learners whose pages differ only in their data, and they would
    /// use up the page limit before the journal is reached.
    static let perShapeLimit = 6

    /// A path with its identifiers and numbers replaced and its query left off: `/workspace/intakes/:id`.
    static func shape(_ path: String) -> String {
        let bare = path.split(separator: "?", maxSplits: 1).first.map(String.init) ?? path
        return bare.split(separator: "/", omittingEmptySubsequences: false).map { segment in
            UUID(uuidString: String(segment)) != nil || (!segment.isEmpty && segment.allSatisfy(\.isNumber)) || segment.count >= 20
                ? ":id" : String(segment)
        }.joined(separator: "/")
    }

    /// A page that failed, and the page whose link led to it.
    struct Broken: CustomStringConvertible {
        let path: String
        let status: HTTPStatus
        let from: String
        var description: String { "\(path) → \(status.code) (linked from \(from))" }
    }

    /// Same-origin targets of `href`, `src` and `action` attributes, entities decoded.
    static func targets(in html: String, publicURL: String) -> [String] {
        let pattern = #"(?:href|action|src)="([^"]*)""#
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(html.startIndex..., in: html)
        return regex.matches(in: html, range: range).compactMap { match -> String? in
            guard let value = Range(match.range(at: 1), in: html).map({ String(html[$0]) }) else { return nil }
            var target = value.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&quot;", with: "\"")
            if target.hasPrefix(publicURL) { target = String(target.dropFirst(publicURL.count)) }
            guard target.hasPrefix("/"), !target.hasPrefix("//") else { return nil }
            if let hash = target.firstIndex(of: "#") { target = String(target[..<hash]) }
            return target.isEmpty ? nil : target
        }
    }

    /// Days written `yyyy-MM-dd` in what a reader sees: the text between tags, not attributes
    /// (a date input's value is ISO by the HTML standard) or scripts.
    static func isoDays(inTextOf html: String) -> [String] {
        let text = html.replacing(/<(script|style)[^>]*>[\s\S]*?<\/(script|style)>/, with: "")
            .replacing(/<[^>]*>/, with: " ")
        return text.matches(of: /\b20\d\d-[01]\d-[0-3]\d\b/).map { String($0.output) }
    }

    /// Visits everything reachable from `start`, at most `pageLimit` addresses.
    func crawl(_ browser: Browser, from start: [String], publicURL: String) async throws
        -> (visited: Int, broken: [Broken], pdfs: [String], isoDays: [String]) {
        var queue = start.map { ($0, "(start)") }
        var seen = Set(start)
        var shapes: [String: Int] = [:]
        var broken: [Broken] = []
        var visited = 0
        var pdfs: [String] = []
        var isoDays: [String] = []
        while !queue.isEmpty, visited < Self.pageLimit {
            let (path, from) = queue.removeFirst()
            // Signing out and switching language change the browser, not the site.
            if path.hasPrefix("/logout") || path.hasPrefix("/language/") { continue }
            let response = try await browser.get(path)
            visited += 1
            if response.status == .notFound || response.status.code >= 500 {
                broken.append(Broken(path: path, status: response.status, from: from))
                continue
            }
            if response.headers.contentType?.subType == "pdf" { pdfs.append(path) }
            var next: [String] = []
            if (300..<400).contains(Int(response.status.code)), !response.location.isEmpty { next.append(response.location) }
            if response.headers.contentType?.subType == "html" {
                next += Self.targets(in: response.body.string, publicURL: publicURL)
                isoDays += Self.isoDays(inTextOf: response.body.string).map { "\(path): \($0)" }
            }
            for target in next where !seen.contains(target) {
                seen.insert(target)
                let shape = Self.shape(target)
                guard shapes[shape, default: 0] < Self.perShapeLimit else { continue }
                shapes[shape, default: 0] += 1
                queue.append((target, path))
            }
        }
        return (visited, broken, pdfs, isoDays)
    }

    @Test func everyLinkAndFormTargetOfTheDemoAnswersForEveryRole() async throws {
        try await withTanba { app, browser in
            try await app.autoRevert()
            try await app.autoMigrate()
            let logins = try await DemoData(policyName: "aitu").load(on: app.db, storage: try #require(app.services).storage,
                                                                     localizer: app.localizer,
                                                                     issuer: try #require(app.services).issuer)
            let publicURL = try #require(app.services).config.publicURL
            let anonymous = browser.fresh()
            let (pages, broken, _, isoDays) = try await crawl(anonymous, from: ["/", "/verify", "/login", "/register"],
                                                              publicURL: publicURL)
            #expect(broken.isEmpty, "anonymous: \(broken)")
            #expect(isoDays.isEmpty, "anonymous: \(isoDays)")
            #expect(pages > 10)
            for login in logins {
                let user = browser.fresh()
                try await user.get("/login")
                let signedIn = try await user.post("/login", [("login", login.login), ("password", login.password)])
                #expect(signedIn.status == .seeOther, "\(login.login) signs in")
                let (visited, broken, pdfs, isoDays) = try await crawl(user, from: [signedIn.location, "/", "/me", "/workspace"],
                                                                       publicURL: publicURL)
                #expect(broken.isEmpty, "\(login.login): \(broken)")
                #expect(isoDays.isEmpty, "\(login.login) reads days as dd.mm.yyyy: \(isoDays)")
                #expect(visited > 5, "\(login.login) reached \(visited) pages")
                if login.role == .learner || login.role == .registrar {
                    // The buttons that once answered 404: the certificate and its transcript, downloaded.
                    #expect(pdfs.contains { $0.hasPrefix("/certificates/") && $0.hasSuffix("/certificate.pdf") }, "\(login.login): \(pdfs)")
                    #expect(pdfs.contains { $0.hasPrefix("/certificates/") && $0.hasSuffix("/transcript.pdf") }, "\(login.login): \(pdfs)")
                }
            }
        }
    }
}
