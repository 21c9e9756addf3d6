import Foundation
@testable import TanbaCredentials

/// Controller documents for the issuer URLs under which the validator fixtures are signed with the
/// official test vector's key (z6MkjZRZ...). Only that key: a fixture signed by any other key must
/// come out "not resolvable offline" / "not found", never pass.
enum VectorIssuers {
    static let issuerURLs = [
        "https://example.com/issuers/876543",
        "https://example.edu/issuers/565049",
        "https://1edtech.edu/issuers/565049",
    ]

    static func controllerDocument(_ url: String, keys: [String]) -> JSONValue {
        let methods: [JSONValue] = keys.map { key in
            ["id": .string("\(url)#\(key)"), "type": "Multikey", "controller": .string(url), "publicKeyMultibase": .string(key)]
        }
        return ["id": .string(url), "verificationMethod": .array(methods),
                "assertionMethod": .array(keys.map { .string("\(url)#\($0)") })]
    }

    static func documents() throws -> [String: JSONValue] {
        let key = try Conformance.vector().string("publicKeyMultibase")
        var documents: [String: JSONValue] = [:]
        for url in issuerURLs { documents[url] = controllerDocument(url, keys: [key]) }
        return documents
    }

    /// Fixed "now" for the fixture table, so validity windows do not drift with the clock.
    static let now = Date(timeIntervalSince1970: 1_748_736_000) // 2025-06-01T00:00:00Z
}
