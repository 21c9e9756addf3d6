import Foundation
import TanbaCredentials

/// Another institution's Open Badges 3.0 credential, signed with its own key and known by its
/// `did:key` or by the https address of its issuer profile: what a learner brings from a partner
/// for automatic recognition (003), in the demo and in the tests.
public struct PartnerIssuer: Sendable {
    public let name: String
    private let key: IssuerSigningKey
    /// The https address of its issuer profile; nil for a partner known by its `did:key`.
    public let profileURL: String?

    /// A new partner with a fresh Ed25519 key.
    public init(name: String, profileURL: String? = nil) {
        self.name = name
        self.profileURL = profileURL
        key = IssuerKeyStore.generateKey(profileURL: profileURL ?? "did:key:partner")
    }

    /// `did:key:z6Mk…`: the identifier of a partner without a profile address.
    public var did: String { "did:key:" + key.publicKeyMultibase }

    /// The issuer identifier its credentials carry and a trusted provider lists.
    public var issuerID: String { profileURL ?? did }

    private var verificationMethod: String {
        profileURL.map { $0 + "#key-1" } ?? did + "#" + key.publicKeyMultibase
    }

    /// Its issuer profile as it would publish it at `profileURL`: the key that signs its credentials.
    public func profileDocument() -> Data {
        let id = issuerID
        let document: JSONValue = .object([
            "@context": .array([.string("https://www.w3.org/ns/credentials/v2"), .string("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")]),
            "id": .string(id), "type": .array([.string("Profile")]), "name": .string(name),
            "verificationMethod": .array([.object([
                "id": .string(verificationMethod), "type": .string("Multikey"), "controller": .string(id),
                "publicKeyMultibase": .string(key.publicKeyMultibase)])]),
            "assertionMethod": .array([.string(verificationMethod)]),
        ])
        return document.serialized(pretty: true)
    }

    /// A signed AchievementCredential for `learner` with `points` (0-100) as its result.
    public func credential(achievementID: String, achievementName: String, learner: String, points: Int, issued: Date) throws -> Data {
        let stamp = ProofOptions.dateTime(issued)
        let document: JSONValue = .object([
            "@context": .array([.string("https://www.w3.org/ns/credentials/v2"), .string("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")]),
            "id": .string("urn:uuid:" + UUID().uuidString.lowercased()),
            "type": .array([.string("VerifiableCredential"), .string("OpenBadgeCredential")]),
            "issuer": .object(["id": .string(issuerID), "type": .array([.string("Profile")]), "name": .string(name)]),
            "validFrom": .string(stamp),
            "name": .string(achievementName),
            "credentialSubject": .object([
                "type": .array([.string("AchievementSubject")]),
                "name": .string(learner),
                "achievement": .object([
                    "id": .string(achievementID), "type": .array([.string("Achievement")]), "name": .string(achievementName),
                    "description": .string(achievementName), "criteria": .object(["narrative": .string("Completed every module and the final project.")]),
                    "resultDescription": .array([.object([
                        "id": .string(achievementID + AchievementCredentialBuilder.pointsFragment), "type": .array([.string("ResultDescription")]),
                        "name": .string("Points"), "resultType": .string("ScaledScore")])]),
                ]),
                "result": .array([.object([
                    "type": .array([.string("Result")]),
                    "resultDescription": .string(achievementID + AchievementCredentialBuilder.pointsFragment),
                    "value": .string("\(points)")])]),
            ]),
        ])
        let options = ProofOptions(verificationMethod: verificationMethod, created: stamp)
        let signed = try EdDSARDFC2022().sign(document: document, options: options, privateKey: key.privateKey)
        return signed.serialized(pretty: false)
    }
}
