import Fluent
import Vapor
import TanbaCredentials
import TanbaPersistence

/// What outside verifiers fetch, no login: the issuer profile with its keys, Tanba's JSON-LD
/// extension context and the signed revocation status lists.
struct PublishedCredentialsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.issuerProfile.pattern, use: issuerProfile)
        routes.get(SiteRoute.tanbaContext.pattern, use: extensionContext)
        routes.get(SiteRoute.statusList(RouteParameter.number.placeholder).pattern, use: statusList)
    }

    @Sendable func issuerProfile(_ request: Request) async throws -> Response {
        let issuer = try request.services().issuer
        let document = try await IssuerKeyRing(database: request.db, issuer: issuer, clock: try request.services().clock).profileDocument()
        return Self.jsonLD(document.serialized(pretty: true), request: request, maxAge: 3600)
    }

    @Sendable func extensionContext(_ request: Request) async throws -> Response {
        Self.jsonLD(try request.services().issuer.extensionContext.document.serialized(pretty: true), request: request, maxAge: 86_400)
    }

    @Sendable func statusList(_ request: Request) async throws -> Response {
        guard let number = try? request.parameter(.number),
              try await StatusLists(database: request.db).exists(number) else { throw Abort(.notFound) }
        let services = try request.services()
        let signed = try await services.statusListCache.signedList(number, database: request.db, issuer: services.issuer,
                                                                               now: services.clock.now())
        return Self.jsonLD(signed.body, request: request, maxAge: StatusListCache.maxAge, etag: signed.etag)
    }

    /// JSON-LD with caching headers; a matching `If-None-Match` gets 304 and no body.
    static func jsonLD(_ body: Data, request: Request, maxAge: Int, etag: String? = nil) -> Response {
        ConditionalResponse.make(body, contentType: HTTPMediaType(type: "application", subType: "ld+json", parameters: ["charset": "utf-8"]),
                                 request: request, cacheControl: "public, max-age=\(maxAge)", etag: etag)
    }
}

/// Signed status lists, re-signed only when a bit or the active key changes (or the copy is half
/// way to its `validUntil`), so verifiers' caches and ETags stay useful.
actor StatusListCache {
    /// Seconds a verifier may cache a list; revocation shows within this time.
    static let maxAge = 300
    /// A signed list is valid for a day and re-signed after half of it.
    static let lifetime: TimeInterval = 24 * 3600

    struct Signed: Sendable {
        let digest: String
        let signedAt: Date
        let body: Data
        var etag: String { "W/\"\(digest.prefix(24))\"" }
    }

    private var lists: [Int: Signed] = [:]

    func signedList(_ number: Int, database: any Database, issuer: OpenBadgesIssuer, now: Date) async throws -> Signed {
        let statusLists = StatusLists(database: database)
        let key = try await IssuerKeyRing(database: database, issuer: issuer, clock: .fixed(now)).activeKey()
        let indices = try await statusLists.setIndices(of: number)
        let digest = Digest.sha256Hex(Array((key.id + ":" + indices.map(String.init).joined(separator: ",")).utf8))
        if let cached = lists[number], cached.digest == digest, now.timeIntervalSince(cached.signedAt) < Self.lifetime / 2 {
            return cached
        }
        let credential = try await statusLists.signedListCredential(number, issuer: issuer, key: key, now: now, lifetime: Self.lifetime)
        let signed = Signed(digest: digest, signedAt: now, body: credential.serialized(pretty: false))
        lists[number] = signed
        return signed
    }
}
