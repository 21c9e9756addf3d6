import Crypto
import Foundation
@testable import TanbaCredentials

/// A Tanba micro-credential for «Нұрланова Әлия Қанатқызы», its issuer, keys and status list.
enum TanbaFixtures {
    static let publicURL = "https://tanba.example.kz"
    static let context = TanbaExtensionContext(publicURL: publicURL)
    static let loader = context.documentLoader()
    static let profileURL = "https://tanba.example.kz/issuers/kaznu"
    static let listURL = "https://tanba.example.kz/status/revocation/1"
    static let credentialID = "https://tanba.example.kz/credentials/Qx7f3K9mZp2LwR8vN4tY6a"
    static let achievementID = "https://tanba.example.kz/programs/data-analysis-python/2025-1"
    static let learnerName = "Нұрланова Әлия Қанатқызы"
    static let learnerID = "3f1c2b9e-6a7d-4e21-9c55-0b8f4d2a7e10"
    static let statusIndex = 48_213
    static let issued = Date(timeIntervalSince1970: 1_750_000_000) // 2025-06-15T15:06:40Z
    /// The instant verification is judged at: after issue, before expiry.
    static let now = Date(timeIntervalSince1970: 1_760_000_000) // 2025-10-09

    static let profile = IssuerProfile(
        id: profileURL, name: "Әл-Фараби атындағы Қазақ ұлттық университеті", url: "https://www.kaznu.kz",
        countryCode: "KZ", email: "registrar@kaznu.example.kz", businessIdentificationNumber: "990140000385")

    static let outcomes = [
        AchievementCredentialInput.LearningOutcome(code: "LO1", text: "Cleans and transforms tabular data with pandas"),
        AchievementCredentialInput.LearningOutcome(code: "LO2", text: "Builds and evaluates a linear regression model"),
        AchievementCredentialInput.LearningOutcome(code: "LO3", text: "Presents findings in a reproducible notebook",
                                                   url: "https://tanba.example.kz/programs/data-analysis-python/outcomes/3"),
    ]

    static func input(index: Int = statusIndex) -> AchievementCredentialInput {
        AchievementCredentialInput(
            credentialID: credentialID,
            issuer: profile,
            learner: .init(fullName: learnerName, identifier: learnerID),
            achievement: .init(
                id: achievementID,
                name: "Python тілінде деректерді талдау",
                description: "Деректерді талдау негіздері бойынша микробілім беру бағдарламасы",
                criteriaNarrative: "Complete all modules, pass the written examination and defend the final project with at least 50 points.",
                learningOutcomes: outcomes,
                creditsAvailable: "5",
                workloadHours: 150,
                eqfLevel: .eqf(6),
                nqfLevel: .kazakhstanNQF("6", url: "https://tanba.example.kz/frameworks/kz-nqf/6"),
                assessmentType: "Written examination and project defence, supervised on site",
                participationForm: "Blended: online lectures, in-person laboratory sessions",
                qualityAssurance: "Internal quality assurance of KazNU; institutional accreditation by IQAA",
                language: "kk",
                humanCode: "DAP-101"),
            grade: .init(letter: "A-", gradePoints: "3.67", points: "92"),
            creditsEarned: "5",
            validFrom: issued,
            status: .init(listCredentialURL: listURL, index: index))
    }

    static func unsigned(_ input: AchievementCredentialInput = input()) throws -> JSONValue {
        try AchievementCredentialBuilder(extensionContext: context).build(input)
    }

    static let suite = EdDSARDFC2022(loader: loader)

    static func sign(_ document: JSONValue, with key: IssuerSigningKey) throws -> JSONValue {
        try suite.sign(document: document, options: key.proofOptions(created: issued), privateKey: key.privateKey)
    }

    static func profileDocument(keys: [IssuerSigningKey], active: IssuerSigningKey) throws -> JSONValue {
        try IssuerProfileDocument.build(
            profile: profile,
            keys: keys.map { .init(id: $0.id, publicKeyMultibase: $0.publicKeyMultibase, active: $0.id == active.id) },
            extensionContext: context)
    }

    static func signedList(revoking indexes: [Int], key: IssuerSigningKey) throws -> JSONValue {
        var list = try BitstringStatusList()
        for index in indexes { try list.set(index) }
        let unsigned = try StatusListCredentialBuilder.build(id: listURL, issuerID: profileURL, list: list, validFrom: issued)
        return try sign(unsigned, with: key)
    }

    static func verifier(profileDocument: JSONValue, list: JSONValue) -> CredentialVerifier {
        CredentialVerifier(controllerDocuments: [profileURL: profileDocument], statusListCredentials: [listURL: list],
                           documentLoader: loader)
    }
}

/// SplitMix64: a tiny seeded generator, so random choices in tests are reproducible.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
