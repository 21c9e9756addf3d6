import Fluent
import Foundation
import TanbaCore
import TanbaCredentials

/// Trusted providers and equivalency rules (003): the registrar records the commission's decision
/// to trust a provider, and turns a granted case into a rule; filing then recognises a matching
/// case at once.
public struct RecognitionAutomation: Sendable {
    public let database: any Database
    public let clock: Clock

    public init(database: any Database, clock: Clock) {
        self.database = database
        self.clock = clock
    }

    /// Records a provider the commission decided to trust (by its protocol).
    public func trust(_ provider: TrustedProvider, protocolNumber: String, decidedOn: String, by actor: ActingUser) async throws -> TrustedProviderModel {
        guard actor.role.may(.manageRecognition) else { throw RecognitionCaseError.forbidden }
        var problems: [RecognitionAutomationError.Field] = []
        if provider.name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { problems.append(.name) }
        if provider.issuerIDs.isEmpty || provider.issuerIDs.contains(where: { !Self.isIssuerID($0) }) { problems.append(.issuerIDs) }
        if protocolNumber.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { problems.append(.protocolNumber) }
        if CalendarDay(iso: decidedOn).map({ $0 > CalendarDay(clock.now()) }) ?? true { problems.append(.decidedOn) }
        guard problems.isEmpty else { throw RecognitionAutomationError.invalid(problems) }
        let now = clock.now()
        let model = TrustedProviderModel()
        model.provider = String(decoding: try JSONEncoder().encode(provider), as: UTF8.self)
        model.protocolNumber = protocolNumber.trimmingCharacters(in: .whitespacesAndNewlines)
        model.decidedOn = decidedOn
        model.addedBy = actor.id
        model.addedAt = now
        // The protocol belongs to the commission in force when it decided.
        model.commissionID = try await RecognitionBodies(database: database, clock: clock).current(.commission)?.id
        try await database.transaction { db in
            try await model.create(on: db)
            try await AuditEventModel(actor: actor, action: "provider_trusted", subjectID: try model.requireID(),
                                      details: "\(provider.name): \(provider.issuerIDs.sorted().joined(separator: ", ")); protocol \(model.protocolNumber)",
                                      at: now).create(on: db)
        }
        return model
    }

    /// A did:key or an http(s) issuer profile URL.
    static func isIssuerID(_ text: String) -> Bool {
        text.hasPrefix("did:key:z") || text.hasPrefix("https://") || text.hasPrefix("http://")
    }

    public func providers() async throws -> [(id: UUID, provider: TrustedProvider, model: TrustedProviderModel)] {
        try await TrustedProviderModel.query(on: database).sort(\.$addedAt).all().map { (try $0.requireID(), try $0.trustedProvider, $0) }
    }

    /// Every rule as it stands: one the commission ended carries its end as the last valid day.
    public func rules() async throws -> [(id: UUID, rule: EquivalencyRule, model: EquivalencyRuleModel)] {
        let ends = try await EquivalencyRuleEndModel.query(on: database).all()
        let endOf = Dictionary(ends.map { ($0.ruleID, $0) }, uniquingKeysWith: { first, _ in first })
        return try await EquivalencyRuleModel.query(on: database).sort(\.$createdAt).all().map { model in
            let id = try model.requireID()
            let rule = try model.equivalencyRule
            return (id, endOf[id].flatMap { CalendarDay(iso: $0.endsOn) }.map(rule.ending(on:)) ?? rule, model)
        }
    }

    /// The commission's end of each ended rule, by rule.
    public func ruleEnds() async throws -> [UUID: EquivalencyRuleEndModel] {
        Dictionary(try await EquivalencyRuleEndModel.query(on: database).all().map { ($0.ruleID, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Ends a rule from `endsOn` by the commission's protocol; once, and never before the rule began.
    public func endRule(_ ruleID: UUID, endsOn: String, protocolNumber: String, by actor: ActingUser) async throws {
        guard actor.role.may(.manageRecognition) else { throw RecognitionCaseError.forbidden }
        guard let model = try await EquivalencyRuleModel.find(ruleID, on: database) else { throw RecognitionCaseError.notFound }
        var problems: [RecognitionAutomationError.Field] = []
        let number = protocolNumber.trimmingCharacters(in: .whitespacesAndNewlines)
        if number.isEmpty { problems.append(.protocolNumber) }
        let day = CalendarDay(iso: endsOn)
        if day.map({ $0 <= (try? model.equivalencyRule.validFrom) ?? $0 }) ?? true { problems.append(.endsOn) }
        guard problems.isEmpty, let day else { throw RecognitionAutomationError.invalid(problems) }
        guard try await EquivalencyRuleEndModel.query(on: database).filter(\.$ruleID == ruleID).count() == 0 else {
            throw RecognitionAutomationError.ruleAlreadyEnded
        }
        let now = clock.now()
        try await database.transaction { db in
            try await EquivalencyRuleEndModel(ruleID: ruleID, endsOn: day.iso, protocolNumber: number, by: actor.id, at: now).create(on: db)
            try await AuditEventModel(actor: actor, action: "equivalency_rule_ended", subjectID: ruleID,
                                      details: "from \(day.iso), protocol \(number)", at: now).create(on: db)
        }
    }

    /// Keeps an issuer profile document for a trusted provider known by an https identifier: its
    /// `id` must be one of the provider's, and it must list at least one Ed25519 Multikey. The
    /// newest upload for an identifier is the one verification uses.
    public func uploadProfile(_ data: Data, for providerID: UUID, by actor: ActingUser) async throws {
        guard actor.role.may(.manageRecognition) else { throw RecognitionCaseError.forbidden }
        guard let model = try await TrustedProviderModel.find(providerID, on: database) else { throw RecognitionCaseError.notFound }
        guard data.count <= Self.maximumProfileBytes else { throw RecognitionAutomationError.profile(.tooLarge) }
        guard let document = try? JSONValue(data: data), document.objectValue != nil else { throw RecognitionAutomationError.profile(.notJSON) }
        guard let id = document["id"]?.stringValue, id.hasPrefix("https://") || id.hasPrefix("http://"),
              try model.trustedProvider.issuerIDs.contains(id) else {
            throw RecognitionAutomationError.profile(.notThisProvider)
        }
        let methods = (document["verificationMethod"]?.arrayValue ?? []) + (document["assertionMethod"]?.arrayValue ?? [])
        let keys = methods.filter { method in
            method["type"]?.stringValue == "Multikey"
                && (method["publicKeyMultibase"]?.stringValue).map { (try? Ed25519Multikey(publicKeyMultibase: $0)) != nil } == true
        }
        guard !keys.isEmpty else { throw RecognitionAutomationError.profile(.noKey) }
        let now = clock.now()
        try await database.transaction { db in
            let stored = TrustedProviderDocumentModel(providerID: providerID, documentID: id, content: String(decoding: data, as: UTF8.self),
                                                      by: actor.id, at: now)
            try await stored.create(on: db)
            try await AuditEventModel(actor: actor, action: "provider_profile_uploaded", subjectID: providerID,
                                      details: "\(id): \(keys.count) key(s)", at: now).create(on: db)
        }
    }

    /// The largest profile document accepted.
    public static let maximumProfileBytes = 256 * 1024

    /// The newest uploaded profile of each identifier, for the verifier.
    public static func profileDocuments(on database: any Database) async throws -> [String: JSONValue] {
        var documents: [String: JSONValue] = [:]
        for row in try await TrustedProviderDocumentModel.query(on: database).sort(\.$uploadedAt).all() {
            if let document = try? JSONValue(data: Data(row.content.utf8)) { documents[row.documentID] = document }
        }
        return documents
    }

    /// Uploaded profiles by provider: identifier and when, newest last.
    public func profiles() async throws -> [UUID: [TrustedProviderDocumentModel]] {
        Dictionary(grouping: try await TrustedProviderDocumentModel.query(on: database).sort(\.$uploadedAt).all(), by: \.providerID)
    }

    /// Keeps a granted case as a rule: its credential's issuer and achievement, what it recognised.
    public func makeRule(from caseID: UUID, minimumPercent: Decimal?, maximumAgeMonths: Int?, validUntil: CalendarDay?,
                         by actor: ActingUser) async throws -> EquivalencyRuleModel {
        guard actor.role.may(.manageRecognition) else { throw RecognitionCaseError.forbidden }
        let file = try await RecognitionCaseFile.load(caseID, on: database, clock: clock)
        let recognised = try RecognitionEntries.recognised(file).filter { $0.credits > .zero }
        guard !recognised.isEmpty else { throw RecognitionAutomationError.caseNotGranted }
        guard let credential = file.row.model.credential, let facts = Self.facts(from: credential) else {
            throw RecognitionAutomationError.caseHasNoCredential
        }
        guard let provider = try await providers().first(where: { $0.provider.issuerIDs.contains(facts.issuerID) }) else {
            throw RecognitionAutomationError.issuerNotTrusted(facts.issuerID)
        }
        let today = CalendarDay(clock.now())
        if let validUntil, validUntil < today { throw RecognitionAutomationError.invalid([.validUntil]) }
        let rule = EquivalencyRule(issuerIDs: provider.provider.issuerIDs, achievementID: facts.achievementID,
                                   achievementName: facts.achievementName ?? file.row.source.title, minimumPercent: minimumPercent,
                                   maximumAgeMonths: maximumAgeMonths, validFrom: today, validUntil: validUntil,
                                   targetProgramCode: file.row.model.targetProgramCode, targets: recognised)
        let now = clock.now()
        let model = EquivalencyRuleModel()
        model.providerID = provider.id
        model.rule = String(decoding: try JSONEncoder().encode(rule), as: UTF8.self)
        model.sourceCaseID = caseID
        model.createdBy = actor.id
        model.createdAt = now
        try await database.transaction { db in
            try await model.create(on: db)
            try await AuditEventModel(actor: actor, action: "equivalency_rule_made", subjectID: try model.requireID(),
                                      details: "from \(file.row.model.number): \(rule.achievementName) → \(recognised.map(\.code).joined(separator: ", "))",
                                      at: now).create(on: db)
        }
        return model
    }

    /// What a credential says, as rules read it: issuer, achievement, issue day, a result in points.
    public static func facts(from credential: Data) -> CredentialFacts? {
        guard let document = try? JSONValue(data: credential) else { return nil }
        func first(_ value: JSONValue?) -> JSONValue? { value?.arrayValue?.first ?? value }
        let issuer = first(document["issuer"])
        guard let issuerID = issuer?["id"]?.stringValue ?? issuer?.stringValue else { return nil }
        let subject = first(document["credentialSubject"])
        let achievement = subject?["achievement"]
        let issued = (document["validFrom"]?.stringValue ?? document["issuanceDate"]?.stringValue).flatMap { CalendarDay(iso: String($0.prefix(10))) }
        // Tanba's credentials state the 100-point result as the result described by `#result-points`.
        let points = subject?["result"]?.arrayValue?.first { result in
            result["resultDescription"]?.stringValue?.hasSuffix(AchievementCredentialBuilder.pointsFragment) == true
        }?["value"]?.stringValue.flatMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) }
        return CredentialFacts(issuerID: issuerID, achievementID: achievement?["id"]?.stringValue,
                               achievementName: achievement?["name"]?.stringValue, issuedOn: issued, percent: points)
    }
}

/// Why a provider or a rule was refused.
public enum RecognitionAutomationError: Error, Equatable, Sendable {
    public enum Field: String, Sendable, Equatable {
        case name, issuerIDs = "issuer_ids", protocolNumber = "protocol_number", decidedOn = "decided_on", validUntil = "valid_until",
             endsOn = "ends_on"
    }

    case invalid([Field])
    case caseNotGranted
    case ruleAlreadyEnded
    case profile(ProfileProblem)

    /// Why an uploaded issuer profile was refused.
    public enum ProfileProblem: String, Sendable, Equatable {
        case tooLarge = "too_large"
        case notJSON = "not_json"
        /// Its `id` is not one of the provider's https identifiers.
        case notThisProvider = "not_this_provider"
        /// It lists no Ed25519 Multikey to verify with.
        case noKey = "no_key"
    }
    /// A rule matches credentials, so it is made from a case that had one.
    case caseHasNoCredential
    case issuerNotTrusted(String)
}
