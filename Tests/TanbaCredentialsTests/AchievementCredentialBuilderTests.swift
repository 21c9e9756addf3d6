import Foundation
import Testing
@testable import TanbaCredentials

@Suite("AchievementCredentialBuilder")
struct AchievementCredentialBuilderTests {
    @Test("the credential validates against the conformance AchievementCredential schema, without lenient reading")
    func schemaValid() throws {
        // setup
        let schema = try JSONSchema(try Conformance.json("openbadges-3.0/schema-achievementcredential.json"))
        let credential = try TanbaFixtures.unsigned()
        // act
        let violations = schema.validate(credential)
        // check
        #expect(violations.isEmpty, "\(violations)")
    }

    @Test("@context, type, proof-free shape and the MicroCredential achievement type")
    func envelope() throws {
        // act
        let credential = try TanbaFixtures.unsigned()
        // check
        #expect(credential["@context"] == ["https://www.w3.org/ns/credentials/v2",
                                           "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
                                           "https://tanba.example.kz/contexts/tanba-v1.jsonld"])
        #expect(credential["type"] == ["VerifiableCredential", "OpenBadgeCredential"])
        #expect(credential["proof"] == nil)
        #expect(credential["credentialSubject"]?["achievement"]?["achievementType"] == "MicroCredential")
        #expect(credential["credentialStatus"] == [
            "id": "https://tanba.example.kz/status/revocation/1#48213", "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation", "statusListIndex": "48213",
            "statusListCredential": "https://tanba.example.kz/status/revocation/1",
        ])
    }

    @Test("EU Annex I 1: identification of the learner (name and IdentityObject entries)")
    func euLearner() throws {
        // act
        let subject = try TanbaFixtures.unsigned()["credentialSubject"]
        // check
        #expect(subject?["name"] == .string(TanbaFixtures.learnerName))
        #expect(subject?["identifier"] == [
            ["type": "IdentityObject", "identityType": "name", "hashed": false, "identityHash": .string(TanbaFixtures.learnerName)],
            ["type": "IdentityObject", "identityType": "systemId", "hashed": false, "identityHash": .string(TanbaFixtures.learnerID)],
        ])
    }

    @Test("EU Annex I 2–5: title, country of the issuer, awarding body, date of issuing")
    func euTitleIssuerDate() throws {
        // act
        let credential = try TanbaFixtures.unsigned()
        // check
        #expect(credential["credentialSubject"]?["achievement"]?["name"] == "Python тілінде деректерді талдау")
        #expect(credential["name"] == "Python тілінде деректерді талдау")
        #expect(credential["issuer"]?["address"]?["addressCountryCode"] == "KZ")
        #expect(credential["issuer"]?["address"]?["type"] == ["Address"])
        #expect(credential["issuer"]?["id"] == .string(TanbaFixtures.profileURL))
        #expect(credential["issuer"]?["name"] == "Әл-Фараби атындағы Қазақ ұлттық университеті")
        #expect(credential["issuer"]?["otherIdentifier"] == [["type": "IdentifierEntry", "identifier": "990140000385", "identifierType": "ext:BIN"]])
        #expect(credential["validFrom"] == "2025-06-15T15:06:40Z")
        #expect(credential["awardedDate"] == "2025-06-15T15:06:40Z")
        #expect(credential["validUntil"] == nil)
    }

    @Test("EU Annex I 6: learning outcomes as one alignment each, and the criteria narrative")
    func euLearningOutcomes() throws {
        // act
        let achievement = try TanbaFixtures.unsigned()["credentialSubject"]?["achievement"]
        let outcomes = achievement?["alignment"]?.arrayValue?.filter { $0["targetType"] == "ext:LearningOutcome" } ?? []
        // check
        #expect(outcomes.count == 3)
        #expect(outcomes.first == ["type": ["Alignment"], "targetType": "ext:LearningOutcome", "targetCode": "LO1",
                                   "targetName": "Cleans and transforms tabular data with pandas",
                                   "targetUrl": .string(TanbaFixtures.achievementID + "#lo-LO1")])
        #expect(outcomes.last?["targetUrl"] == "https://tanba.example.kz/programs/data-analysis-python/outcomes/3")
        #expect(achievement?["criteria"]?["narrative"]?.stringValue?.hasPrefix("Complete all modules") == true)
    }

    @Test("EU Annex I 7: notional workload as credits available/earned and hours")
    func euWorkload() throws {
        // act
        let subject = try TanbaFixtures.unsigned()["credentialSubject"]
        // check
        #expect(subject?["achievement"]?["creditsAvailable"] == 5)
        #expect(subject?["creditsEarned"] == 5)
        #expect(subject?["achievement"]?["workloadHours"] == 150)
    }

    @Test("EU Annex I 8: level in the EQF and the Kazakhstan NQF")
    func euLevel() throws {
        // act
        let alignments = try TanbaFixtures.unsigned()["credentialSubject"]?["achievement"]?["alignment"]?.arrayValue ?? []
        let levels = alignments.filter { $0["targetType"] == "ext:QualificationLevel" }
        // check
        #expect(levels == [
            ["type": ["Alignment"], "targetType": "ext:QualificationLevel", "targetFramework": "European Qualifications Framework",
             "targetCode": "6", "targetName": "European Qualifications Framework, level 6", "targetUrl": "http://data.europa.eu/snb/eqf/6"],
            ["type": ["Alignment"], "targetType": "ext:QualificationLevel", "targetFramework": "Kazakhstan National Qualifications Framework",
             "targetCode": "6", "targetName": "Kazakhstan National Qualifications Framework, level 6",
             "targetUrl": "https://tanba.example.kz/frameworks/kz-nqf/6"],
        ])
    }

    @Test("EU Annex I 9–11: assessment type, form of participation and quality assurance via the Tanba context")
    func euExtensionTerms() throws {
        // act
        let achievement = try TanbaFixtures.unsigned()["credentialSubject"]?["achievement"]
        // check
        #expect(achievement?["assessmentType"] == "Written examination and project defence, supervised on site")
        #expect(achievement?["participationForm"] == "Blended: online lectures, in-person laboratory sessions")
        #expect(achievement?["qualityAssurance"] == "Internal quality assurance of KazNU; institutional accreditation by IQAA")
    }

    @Test("grade, GPA and points are results pointing at the achievement's result descriptions")
    func results() throws {
        // act
        let subject = try TanbaFixtures.unsigned()["credentialSubject"]
        let descriptions = subject?["achievement"]?["resultDescription"]?.arrayValue ?? []
        let results = subject?["result"]?.arrayValue ?? []
        // check
        #expect(descriptions.compactMap { $0["resultType"]?.stringValue } == ["LetterGrade", "GradePointAverage", "RawScore"])
        #expect(results.compactMap { $0["value"]?.stringValue } == ["A-", "3.67", "92"])
        #expect(results.compactMap { $0["resultDescription"] } == descriptions.compactMap { $0["id"] })
        #expect(descriptions[0]["allowedValue"]?.arrayValue?.count == 12)
        #expect(descriptions[1]["valueMax"] == "4.0")
    }

    @Test("safe-mode expansion keeps every Tanba term under the Tanba vocabulary")
    func safeModeKeepsExtensionTerms() throws {
        // setup
        let processor = JSONLDProcessor(loader: TanbaFixtures.loader, safeMode: true)
        let context = TanbaFixtures.context
        // act
        let expanded = String(decoding: try processor.expand(try TanbaFixtures.unsigned()).serialized(), as: UTF8.self)
        let nquads = try processor.canonicalize(try TanbaFixtures.unsigned())
        // check
        for term in TanbaExtensionContext.extensionTerms {
            #expect(expanded.contains("\"\(context.iri(of: term))\""), "\(term) missing from the expanded form")
            #expect(nquads.contains("<\(context.iri(of: term))>"), "\(term) missing from the RDF")
        }
        #expect(nquads.contains("\"150\"^^<http://www.w3.org/2001/XMLSchema#integer>"))
        #expect(nquads.contains(TanbaFixtures.learnerName))
    }

    @Test("without the Tanba context registered, expansion refuses rather than dropping the terms")
    func unknownContextRefused() throws {
        // setup
        let processor = JSONLDProcessor(loader: BundledContextLoader(), safeMode: true)
        // act / check
        #expect(throws: CredentialError.unknownContext(url: TanbaFixtures.context.url)) {
            try processor.expand(try TanbaFixtures.unsigned())
        }
    }

    @Test("a salted learner identifier is published as an OB 3.0 sha256 IdentityHash")
    func hashedIdentifier() throws {
        // setup
        var input = TanbaFixtures.input()
        input.learner.identifierSalt = "Kosher"
        input.learner.identifier = "a@example.com"
        input.learner.identifierType = "emailAddress"
        // act
        let identity = try TanbaFixtures.unsigned(input)["credentialSubject"]?["identifier"]?.arrayValue?.last
        // check — the value OB 3.0 itself gives for a@example.com salted with "Kosher"
        #expect(identity?["identityHash"] == "sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399")
        #expect(identity?["hashed"] == true)
        #expect(identity?["salt"] == "Kosher")
    }

    @Test("validUntil, when given, is written and must follow validFrom")
    func validUntil() throws {
        // setup
        var input = TanbaFixtures.input()
        input.validUntil = TanbaFixtures.issued.addingTimeInterval(5 * 365 * 86_400)
        var backwards = input
        backwards.validUntil = TanbaFixtures.issued
        // act
        let credential = try TanbaFixtures.unsigned(input)
        // check
        #expect(credential["validUntil"] == "2030-06-14T15:06:40Z")
        #expect(throws: CredentialInputError(field: "validUntil", reason: "must be after validFrom")) {
            try TanbaFixtures.unsigned(backwards)
        }
    }

    /// Breaks the input in the one field named.
    private static func breaking(_ field: String, _ input: inout AchievementCredentialInput) {
        switch field {
        case "achievement.learningOutcomes": input.achievement.learningOutcomes = []
        case "achievement.creditsAvailable": input.achievement.creditsAvailable = "5,0"
        case "creditsEarned": input.creditsEarned = "-1"
        case "achievement.eqfLevel": input.achievement.eqfLevel = .eqf(9)
        case "achievement.language": input.achievement.language = "kaz_KZ"
        case "issuer.countryCode": input.issuer.countryCode = "kz"
        case "credentialID": input.credentialID = "urn:tanba:1 2"
        case "grade.letter": input.grade.letter = "A+"
        case "status.index": input.status.index = -1
        case "learner.identifierType": input.learner.identifierType = "iin"
        case "achievement.learningOutcomes[1].code": input.achievement.learningOutcomes[1].code = "LO1"
        default: Issue.record("no way to break \(field)")
        }
    }

    @Test("unusable input names the field", arguments: [
        "achievement.learningOutcomes", "achievement.creditsAvailable", "creditsEarned", "achievement.eqfLevel",
        "achievement.language", "issuer.countryCode", "credentialID", "grade.letter", "status.index",
        "learner.identifierType", "achievement.learningOutcomes[1].code",
    ])
    func invalidInput(field: String) {
        // setup
        var input = TanbaFixtures.input()
        Self.breaking(field, &input)
        // act
        var thrown: CredentialInputError?
        do {
            _ = try TanbaFixtures.unsigned(input)
        } catch let error as CredentialInputError {
            thrown = error
        } catch {
            Issue.record("unexpected error \(error)")
        }
        // check
        #expect(thrown?.field == field, "\(String(describing: thrown))")
    }
}
