import Foundation
import Testing
@testable import TanbaCredentials

/// The shortcuts taken for speed must give exactly what the slow paths give.
@Suite("Processing caches and fast paths")
struct ProcessingCacheTests {
    /// A loader serving the same documents without being a `BundledContextLoader`, so it has no cache.
    struct UncachedLoader: DocumentLoader {
        let inner: BundledContextLoader
        func loadContext(_ url: String) throws -> JSONValue { try inner.loadContext(url) }
    }

    @Test("canonical N-Quads are the same with and without the context cache, and on a second pass")
    func cacheKeepsOutput() throws {
        // setup
        let document = try TanbaFixtures.unsigned()
        let cached = JSONLDProcessor(loader: TanbaFixtures.loader, safeMode: true)
        let uncached = JSONLDProcessor(loader: UncachedLoader(inner: TanbaFixtures.loader), safeMode: true)
        // act
        let first = try cached.canonicalize(document)
        let second = try cached.canonicalize(document)
        let reference = try uncached.canonicalize(document)
        // check
        #expect(first == reference)
        #expect(second == reference)
    }

    @Test("signing concurrently with one shared loader gives what signing alone gives")
    func concurrentSigning() async throws {
        // setup
        let key = IssuerKeyStore.generateKey(profileURL: TanbaFixtures.profileURL)
        let documents = try (0..<16).map { try TanbaFixtures.unsigned(TanbaFixtures.input(index: 100 + $0)) }
        let fresh = EdDSARDFC2022(loader: TanbaFixtures.context.documentLoader())
        let expected = try documents.map {
            try fresh.sign(document: $0, options: key.proofOptions(created: TanbaFixtures.issued), privateKey: key.privateKey)
        }
        let shared = EdDSARDFC2022(loader: TanbaFixtures.context.documentLoader())
        // act
        let signed = try await withThrowingTaskGroup(of: (Int, JSONValue).self) { group in
            for (index, document) in documents.enumerated() {
                group.addTask {
                    (index, try shared.sign(document: document, options: key.proofOptions(created: TanbaFixtures.issued),
                                            privateKey: key.privateKey))
                }
            }
            var results: [Int: JSONValue] = [:]
            for try await (index, credential) in group { results[index] = credential }
            return results
        }
        // check
        for (index, credential) in expected.enumerated() {
            #expect(signed[index] == credential)
        }
    }

    @Test("dateTime computed directly matches ISO8601DateFormatter")
    func dateTimeMatchesFormatter() {
        // setup
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        var generator = SeededGenerator(seed: 2025)
        var instants: [Double] = [0, -0.0004, -0.0006, 0.9994, 0.9996, -1, 1_750_000_000, 1_750_000_000.9996,
                                  -12_219_292_800, 253_402_300_799, 253_402_300_799.9996, 253_402_300_800]
        for _ in 0..<5_000 {
            let whole = Double(Int64.random(in: -13_000_000_000...253_500_000_000, using: &generator))
            instants.append(whole + Double.random(in: 0..<1, using: &generator))
            instants.append(whole)
        }
        for instant in instants {
            // act
            let date = Date(timeIntervalSince1970: instant)
            // check
            #expect(ProofOptions.dateTime(date) == formatter.string(from: date), "at \(instant)")
        }
    }

    @Test("IRI tests on bytes agree with the Character-level definition")
    func absoluteIRIs() {
        // The definition as it was written before the byte-level fast path.
        func reference(_ value: String) -> Bool {
            guard let colon = value.firstIndex(of: ":"), colon != value.startIndex else { return false }
            let scheme = value[..<colon]
            guard let first = scheme.first, first.isASCII, first.isLetter else { return false }
            return scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
        }
        let cases = [
            "https://example.org/a", "urn:uuid:1", "did:key:z6Mk", "a+b.c-d:x", ":x", "1a:x", "a b:x", "noscheme", "",
            "_:b0", "é:x", "ab\u{301}:x", "a:\u{301}x", "a:\u{301}", "http:\u{301}//x", "a:\u{301}b:c", "\r\n:x", "ab:é",
        ]
        for value in cases {
            #expect(IRI.isAbsolute(value) == reference(value), "\(value.unicodeScalars.map(\.value))")
        }
        #expect(!IRI.isWellFormed("https://example.org/a b"))
        #expect(!IRI.isWellFormed("https://example.org/<a>"))
        #expect(IRI.isWellFormed("https://example.org/ä"))
    }
}
