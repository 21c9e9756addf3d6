import Crypto
import Foundation

/// Builds the unsigned Open Badges 3.0 AchievementCredential (VC Data Model 2.0) for a Tanba
/// certificate; sign the result with `EdDSARDFC2022` using a loader that has the extension context.
public struct AchievementCredentialBuilder: Sendable {
    public static let credentialsV2Context = "https://www.w3.org/ns/credentials/v2"
    public static let openBadgesContext = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
    /// OB 3.0 lets issuers extend its enumerations with "ext:" values; these name what an alignment points at.
    public static let learningOutcomeTargetType = "ext:LearningOutcome"
    public static let qualificationLevelTargetType = "ext:QualificationLevel"
    public static let achievementType = "MicroCredential"
    /// Fragments of the achievement id naming its result descriptions; results point at them.
    public static let letterGradeFragment = "#result-letter-grade"
    public static let gradePointsFragment = "#result-grade-points"
    public static let pointsFragment = "#result-points"

    /// The Tanba extension context URL, listed third in `@context`.
    public let extensionContextURL: String

    public init(extensionContextURL: String) {
        self.extensionContextURL = extensionContextURL
    }

    public init(extensionContext: TanbaExtensionContext) {
        self.init(extensionContextURL: extensionContext.url)
    }

    /// The unsigned credential. Throws `CredentialInputError` naming the first unusable field.
    public func build(_ input: AchievementCredentialInput) throws -> JSONValue {
        try InputCheck.httpURL(extensionContextURL, "extensionContextURL")
        try InputCheck.httpURL(input.credentialID, "credentialID")
        try input.issuer.validate(field: "issuer")
        if let validUntil = input.validUntil, validUntil <= input.validFrom {
            throw CredentialInputError(field: "validUntil", reason: "must be after validFrom")
        }
        var credential: [String: JSONValue] = [
            "@context": [.string(Self.credentialsV2Context), .string(Self.openBadgesContext), .string(extensionContextURL)],
            "id": .string(input.credentialID),
            // OpenBadgeCredential rather than its alias AchievementCredential: it is what OB 3.0's examples and wallets use.
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "name": .string(input.achievement.name),
            "description": .string(input.achievement.description),
            "issuer": .object(input.issuer.json()),
            "validFrom": .string(ProofOptions.dateTime(input.validFrom)),
            // validFrom changes if the credential is ever reissued; awardedDate keeps the original award.
            "awardedDate": .string(ProofOptions.dateTime(input.validFrom)),
            "credentialSubject": .object(try subject(input)),
            "credentialStatus": try statusEntry(input.status),
        ]
        if let validUntil = input.validUntil { credential["validUntil"] = .string(ProofOptions.dateTime(validUntil)) }
        return .object(credential)
    }

    private func subject(_ input: AchievementCredentialInput) throws -> [String: JSONValue] {
        let learner = input.learner
        try InputCheck.nonEmpty(learner.fullName, "learner.fullName")
        try InputCheck.nonEmpty(learner.identifier, "learner.identifier")
        try Self.checkExtensible(learner.identifierType, field: "learner.identifierType", allowed: Self.identifierTypes)
        let grade = input.grade
        for (value, field) in [(grade.letter, "grade.letter"), (grade.gradePoints, "grade.gradePoints"), (grade.points, "grade.points")] {
            try InputCheck.nonEmpty(value, field)
        }
        guard grade.letterScale.contains(grade.letter) else {
            throw CredentialInputError(field: "grade.letter", reason: "\"\(grade.letter)\" is not on the letter scale \(grade.letterScale)")
        }
        let achievementID = input.achievement.id
        return [
            "type": ["AchievementSubject"],
            "name": .string(learner.fullName),
            "identifier": [
                // The name as an identity too: OB 3.0 consumers look for the recipient in `identifier`.
                ["type": "IdentityObject", "identityType": "name", "hashed": false, "identityHash": .string(learner.fullName)],
                Self.identity(learner),
            ],
            "achievement": .object(try achievement(input.achievement, grade: grade)),
            "creditsEarned": .number(try InputCheck.decimal(input.creditsEarned, "creditsEarned")),
            "result": [
                Self.result(achievementID + Self.letterGradeFragment, value: grade.letter),
                Self.result(achievementID + Self.gradePointsFragment, value: grade.gradePoints),
                Self.result(achievementID + Self.pointsFragment, value: grade.points),
            ],
        ]
    }

    private func achievement(_ achievement: AchievementCredentialInput.Achievement,
                             grade: AchievementCredentialInput.Grade) throws -> [String: JSONValue] {
        try InputCheck.httpURL(achievement.id, "achievement.id")
        guard !achievement.id.contains("#") else {
            throw CredentialInputError(field: "achievement.id", reason: "must not contain a fragment: result descriptions are fragments of it")
        }
        for (value, field) in [(achievement.name, "name"), (achievement.description, "description"),
                               (achievement.criteriaNarrative, "criteriaNarrative"), (achievement.assessmentType, "assessmentType"),
                               (achievement.participationForm, "participationForm"), (achievement.qualityAssurance, "qualityAssurance")] {
            try InputCheck.nonEmpty(value, "achievement." + field)
        }
        guard !achievement.learningOutcomes.isEmpty else {
            throw CredentialInputError(field: "achievement.learningOutcomes", reason: "the EU Recommendation requires at least one learning outcome")
        }
        guard achievement.workloadHours > 0 else {
            throw CredentialInputError(field: "achievement.workloadHours", reason: "must be positive")
        }
        guard achievement.language.range(of: Self.languagePattern, options: .regularExpression) != nil else {
            throw CredentialInputError(field: "achievement.language", reason: "\"\(achievement.language)\" is not a language code such as \"kk\" or \"ru\"")
        }
        guard achievement.eqfLevel.framework == AchievementCredentialInput.QualificationLevel.eqfFramework,
              let eqf = Int(achievement.eqfLevel.level), (1...8).contains(eqf) else {
            throw CredentialInputError(field: "achievement.eqfLevel", reason: "must be an EQF level 1–8 (use QualificationLevel.eqf)")
        }
        try InputCheck.nonEmpty(achievement.nqfLevel.level, "achievement.nqfLevel.level")
        try InputCheck.httpURL(achievement.nqfLevel.url, "achievement.nqfLevel.url")

        var seenCodes: Set<String> = []
        var alignments: [JSONValue] = []
        for (offset, outcome) in achievement.learningOutcomes.enumerated() {
            let field = "achievement.learningOutcomes[\(offset)]"
            try InputCheck.nonEmpty(outcome.code, field + ".code")
            try InputCheck.nonEmpty(outcome.text, field + ".text")
            guard seenCodes.insert(outcome.code).inserted else {
                throw CredentialInputError(field: field + ".code", reason: "\"\(outcome.code)\" is used twice")
            }
            let url = try outcome.url ?? Self.outcomeURL(achievementID: achievement.id, code: outcome.code, field: field)
            try InputCheck.httpURL(url, field + ".url")
            alignments.append(["type": ["Alignment"], "targetType": .string(Self.learningOutcomeTargetType),
                               "targetCode": .string(outcome.code), "targetName": .string(outcome.text), "targetUrl": .string(url)])
        }
        for level in [achievement.eqfLevel, achievement.nqfLevel] {
            alignments.append(["type": ["Alignment"], "targetType": .string(Self.qualificationLevelTargetType),
                               "targetFramework": .string(level.framework), "targetCode": .string(level.level),
                               "targetName": .string("\(level.framework), level \(level.level)"), "targetUrl": .string(level.url)])
        }

        var json: [String: JSONValue] = [
            "id": .string(achievement.id),
            "type": ["Achievement"],
            "achievementType": .string(Self.achievementType),
            "name": .string(achievement.name),
            "description": .string(achievement.description),
            "criteria": ["narrative": .string(achievement.criteriaNarrative)],
            "alignment": .array(alignments),
            "creditsAvailable": .number(try InputCheck.decimal(achievement.creditsAvailable, "achievement.creditsAvailable")),
            "inLanguage": .string(achievement.language),
            "resultDescription": .array(try Self.resultDescriptions(achievementID: achievement.id, grade: grade)),
            TanbaExtensionContext.workloadHours: .number(JSONNumber(achievement.workloadHours)),
            TanbaExtensionContext.assessmentType: .string(achievement.assessmentType),
            TanbaExtensionContext.participationForm: .string(achievement.participationForm),
            TanbaExtensionContext.qualityAssurance: .string(achievement.qualityAssurance),
        ]
        if let humanCode = achievement.humanCode { json["humanCode"] = .string(humanCode) }
        return json
    }

    private static func resultDescriptions(achievementID: String, grade: AchievementCredentialInput.Grade) throws -> [JSONValue] {
        _ = try InputCheck.decimal(grade.gradePoints, "grade.gradePoints")
        _ = try InputCheck.decimal(grade.points, "grade.points")
        _ = try InputCheck.decimal(grade.gradePointsMaximum, "grade.gradePointsMaximum")
        _ = try InputCheck.decimal(grade.pointsMaximum, "grade.pointsMaximum")
        return [
            ["id": .string(achievementID + letterGradeFragment), "type": ["ResultDescription"], "name": "Letter grade",
             "resultType": "LetterGrade", "allowedValue": .array(grade.letterScale.map { .string($0) })],
            ["id": .string(achievementID + gradePointsFragment), "type": ["ResultDescription"], "name": "Grade point average",
             "resultType": "GradePointAverage", "valueMin": "0", "valueMax": .string(grade.gradePointsMaximum)],
            ["id": .string(achievementID + pointsFragment), "type": ["ResultDescription"], "name": "Points",
             "resultType": "RawScore", "valueMin": "0", "valueMax": .string(grade.pointsMaximum)],
        ]
    }

    private static func result(_ descriptionID: String, value: String) -> JSONValue {
        ["type": ["Result"], "resultDescription": .string(descriptionID), "value": .string(value)]
    }

    private static func identity(_ learner: AchievementCredentialInput.Learner) -> JSONValue {
        guard let salt = learner.identifierSalt else {
            return ["type": "IdentityObject", "identityType": .string(learner.identifierType), "hashed": false,
                    "identityHash": .string(learner.identifier)]
        }
        // OB 3.0 IdentityHash: "sha256$" + hex(SHA-256(identifier + salt)), both UTF-8.
        let digest = SHA256.hash(data: Data((learner.identifier + salt).utf8))
        return ["type": "IdentityObject", "identityType": .string(learner.identifierType), "hashed": true,
                "identityHash": .string("sha256$" + Array(digest).hexString), "salt": .string(salt)]
    }

    private func statusEntry(_ status: AchievementCredentialInput.StatusListPosition) throws -> JSONValue {
        try InputCheck.httpURL(status.listCredentialURL, "status.listCredentialURL")
        guard status.index >= 0 else { throw CredentialInputError(field: "status.index", reason: "must not be negative") }
        return StatusListCredentialBuilder.entry(listCredentialURL: status.listCredentialURL, index: status.index)
    }

    private static func outcomeURL(achievementID: String, code: String, field: String) throws -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        guard let encoded = code.addingPercentEncoding(withAllowedCharacters: allowed) else {
            throw CredentialInputError(field: field + ".code", reason: "cannot be used in a URL fragment")
        }
        return achievementID + "#lo-" + encoded
    }

    /// OB 3.0 `LanguageCode` as its schema checks it.
    static let languagePattern = #"^[a-z]{2,4}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$"#

    /// OB 3.0 `IdentifierTypeEnum`; anything else must use the "ext:" extension form.
    static let identifierTypes: Set<String> = [
        "name", "sourcedId", "systemId", "productId", "userName", "accountId", "emailAddress", "nationalIdentityNumber",
        "isbn", "issn", "lisSourcedId", "oneRosterSourcedId", "sisSourcedId", "ltiContextId", "ltiDeploymentId",
        "ltiToolId", "ltiPlatformId", "ltiUserId", "identifier",
    ]

    static func checkExtensible(_ value: String, field: String, allowed: Set<String>) throws {
        guard allowed.contains(value) || value.range(of: #"^ext:[A-Za-z0-9._-]+$"#, options: .regularExpression) != nil else {
            throw CredentialInputError(field: field, reason: "\"\(value)\" is neither an Open Badges value nor an \"ext:\" extension")
        }
    }
}
