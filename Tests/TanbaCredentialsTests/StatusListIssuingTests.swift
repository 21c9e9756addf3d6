import Foundation
import Testing
@testable import TanbaCredentials

@Suite("Status list issuing")
struct StatusListIssuingTests {
    @Test("allocated indexes never repeat and are not handed out in order")
    func allocationIsRandom() throws {
        // setup
        let allocator = try StatusListIndexAllocator()
        var generator = SeededGenerator(seed: 2025)
        var used: Set<Int> = []
        var order: [Int] = []
        // act
        for _ in 0..<2_000 {
            let index = try allocator.allocate(excluding: used, using: &generator)
            used.insert(index)
            order.append(index)
        }
        let ascendingSteps = zip(order, order.dropFirst()).count { $0 < $1 }
        let consecutive = zip(order, order.dropFirst()).count { $1 == $0 + 1 }
        // check
        #expect(used.count == order.count)
        #expect(order.allSatisfy { (0..<BitstringStatusList.minimumBitCount).contains($0) })
        #expect(consecutive == 0)
        // A random order rises about half the time; issue order would rise every time.
        #expect((800...1_200).contains(ascendingSteps), "\(ascendingSteps)")
        #expect(order.min() ?? 0 < 5_000 && order.max() ?? 0 > 126_000, "indexes should spread over the whole list")
    }

    @Test("the system generator also never repeats")
    func systemGenerator() throws {
        // setup
        let allocator = try StatusListIndexAllocator()
        var used: Set<Int> = []
        // act
        for _ in 0..<500 { used.insert(try allocator.allocate(excluding: used)) }
        // check
        #expect(used.count == 500)
    }

    @Test("a nearly full list still yields the free indexes, and a full one throws")
    func nearlyFull() throws {
        // setup
        let size = BitstringStatusList.minimumBitCount
        let allocator = try StatusListIndexAllocator(size: size)
        var used = Set(0..<size)
        used.remove(77_777)
        used.remove(3)
        var generator = SeededGenerator(seed: 7)
        // act
        let first = try allocator.allocate(excluding: used, using: &generator)
        used.insert(first)
        let second = try allocator.allocate(excluding: used, using: &generator)
        used.insert(second)
        // check
        #expect(Set([first, second]) == [3, 77_777])
        #expect(throws: CredentialError.self) { try allocator.allocate(excluding: used, using: &generator) }
    }

    @Test("lists shorter than 131,072 entries are refused")
    func minimumSize() {
        // act / check
        #expect(throws: CredentialInputError.self) { try StatusListIndexAllocator(size: 1_024) }
    }

    @Test("the list credential is a VC 2.0 BitstringStatusListCredential whose encodedList carries the bits")
    func listCredential() throws {
        // setup
        var list = try BitstringStatusList()
        try list.set(48_213)
        // act
        let credential = try StatusListCredentialBuilder.build(id: TanbaFixtures.listURL, issuerID: TanbaFixtures.profileURL, list: list,
                                                               validFrom: TanbaFixtures.issued,
                                                               validUntil: TanbaFixtures.issued.addingTimeInterval(86_400))
        let subject = credential["credentialSubject"]
        let decoded = try BitstringStatusList(encodedList: subject?["encodedList"]?.stringValue ?? "")
        // check
        #expect(credential["@context"] == ["https://www.w3.org/ns/credentials/v2"])
        #expect(credential["type"] == ["VerifiableCredential", "BitstringStatusListCredential"])
        #expect(credential["issuer"] == .string(TanbaFixtures.profileURL))
        #expect(credential["validUntil"] == "2025-06-16T15:06:40Z")
        #expect(subject?["type"] == "BitstringStatusList")
        #expect(subject?["statusPurpose"] == "revocation")
        #expect(subject?["id"] == .string(TanbaFixtures.listURL + "#list"))
        #expect(decoded.bitCount == BitstringStatusList.minimumBitCount)
        #expect(try decoded.isSet(48_213))
        #expect(try !decoded.isSet(48_212))
    }

    @Test("the list credential is signed with the issuer's key and the signature covers the bits")
    func signedList() throws {
        // setup
        let key = IssuerKeyStore.generateKey(profileURL: TanbaFixtures.profileURL)
        let signed = try TanbaFixtures.signedList(revoking: [5], key: key)
        var tampered = signed.objectValue ?? [:]
        var subject = tampered["credentialSubject"]?.objectValue ?? [:]
        subject["encodedList"] = .string(try BitstringStatusList().encodedList())
        tampered["credentialSubject"] = .object(subject)
        // act
        let outcome = try TanbaFixtures.suite.verify(securedDocument: signed, publicKey: key.privateKey.publicKey)
        let tamperedOutcome = try TanbaFixtures.suite.verify(securedDocument: .object(tampered), publicKey: key.privateKey.publicKey)
        // check
        #expect(outcome.isVerified)
        #expect(!tamperedOutcome.isVerified)
        #expect(signed["proof"]?.arrayValue?.first?["verificationMethod"] == .string(key.id))
    }
}
