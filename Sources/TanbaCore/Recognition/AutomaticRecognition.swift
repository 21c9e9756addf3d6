import Foundation

/// A provider whose credentials the commission decided to trust (003: leading foreign and
/// domestic providers are recognised automatically), known by the issuer identifiers its
/// credentials carry: a `did:key`, or an issuer profile URL whose keys the verifier knows.
public struct TrustedProvider: Hashable, Sendable, Codable {
    public let name: String
    public let country: String
    public let issuerIDs: Set<String>

    public init(name: String, country: String, issuerIDs: Set<String>) {
        self.name = name
        self.country = country
        self.issuerIDs = issuerIDs
    }
}

/// A granted case kept as a rule, so the next identical case is answered at once (the practice of
/// US equivalency databases): the source achievement, what it must show, and what it recognises.
public struct EquivalencyRule: Hashable, Sendable, Codable {
    public let issuerIDs: Set<String>
    /// The achievement's `id` in the credential; when nil, its name must match instead.
    public let achievementID: String?
    public let achievementName: String
    /// The lowest result, in percent, when the credential states one; nil accepts any passing result.
    public let minimumPercent: Decimal?
    /// How old the credential may be, in months from its `validFrom`; nil for no limit.
    public let maximumAgeMonths: Int?
    public let validFrom: CalendarDay
    public let validUntil: CalendarDay?
    public let targetProgramCode: String
    public let targets: [RecognisedDiscipline]

    public init(issuerIDs: Set<String>, achievementID: String?, achievementName: String, minimumPercent: Decimal?, maximumAgeMonths: Int?,
                validFrom: CalendarDay, validUntil: CalendarDay?, targetProgramCode: String, targets: [RecognisedDiscipline]) {
        self.issuerIDs = issuerIDs
        self.achievementID = achievementID
        self.achievementName = achievementName
        self.minimumPercent = minimumPercent
        self.maximumAgeMonths = maximumAgeMonths
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.targetProgramCode = targetProgramCode
        self.targets = targets
    }
}

extension EquivalencyRule {
    /// The rule as the commission ended it: in force up to the day before `day` at the latest.
    public func ending(on day: CalendarDay) -> EquivalencyRule {
        let lastDay = day.adding(days: -1)
        return EquivalencyRule(issuerIDs: issuerIDs, achievementID: achievementID, achievementName: achievementName,
                               minimumPercent: minimumPercent, maximumAgeMonths: maximumAgeMonths, validFrom: validFrom,
                               validUntil: validUntil.map { min($0, lastDay) } ?? lastDay, targetProgramCode: targetProgramCode,
                               targets: targets)
    }
}

/// What a verified credential says, as automatic recognition reads it.
public struct CredentialFacts: Hashable, Sendable {
    public let issuerID: String
    public let achievementID: String?
    public let achievementName: String?
    public let issuedOn: CalendarDay?
    /// The result as a percentage, when the credential states one.
    public let percent: Decimal?

    public init(issuerID: String, achievementID: String?, achievementName: String?, issuedOn: CalendarDay?, percent: Decimal?) {
        self.issuerID = issuerID
        self.achievementID = achievementID
        self.achievementName = achievementName
        self.issuedOn = issuedOn
        self.percent = percent
    }
}

/// Decides whether a case is recognised at once (003). Only a credential that verified completely
/// — every check passed, none with a caveat — from a trusted issuer, matching a rule in force for
/// the disciplines asked, is; anything else goes the manual way with its reason.
public enum AutomaticRecognition {
    public enum Refusal: Error, Hashable, Sendable {
        /// No credential: a scanned document cannot be verified cryptographically.
        case noCredential
        /// The credential did not verify completely (its overall status is given).
        case notVerified(String)
        case issuerNotTrusted(String)
        case noRuleForAchievement
        case belowMinimumGrade
        case tooOld
        case ruleNotInForce
        /// The rule recognises other disciplines than those asked.
        case targetsNotCovered
        /// No recognition commission is formed to stand behind the decision.
        case noCommission

        /// A stable code for storing and wording the reason, with its value where it has one.
        public var code: String {
            switch self {
            case .noCredential: "no_credential"
            case .notVerified(let status): "not_verified:" + status
            case .issuerNotTrusted(let issuer): "issuer_not_trusted:" + issuer
            case .noRuleForAchievement: "no_rule"
            case .belowMinimumGrade: "below_minimum_grade"
            case .tooOld: "too_old"
            case .ruleNotInForce: "rule_not_in_force"
            case .targetsNotCovered: "targets_not_covered"
            case .noCommission: "no_commission"
            }
        }
    }

    /// The rule that recognises the case, or why none does.
    public static func match(verifiedCompletely: Bool, status: String, facts: CredentialFacts?, providers: [TrustedProvider],
                             rules: [EquivalencyRule], targetProgramCode: String, targetCodes: Set<String>,
                             today: CalendarDay) throws(Refusal) -> EquivalencyRule {
        guard let facts else { throw .noCredential }
        guard verifiedCompletely else { throw .notVerified(status) }
        guard providers.contains(where: { $0.issuerIDs.contains(facts.issuerID) }) else { throw .issuerNotTrusted(facts.issuerID) }
        let forAchievement = rules.filter { rule in
            guard rule.issuerIDs.contains(facts.issuerID) else { return false }
            if let id = rule.achievementID { return id == facts.achievementID }
            return facts.achievementName.map { normalized($0) == normalized(rule.achievementName) } ?? false
        }
        guard !forAchievement.isEmpty else { throw .noRuleForAchievement }
        var refusal = Refusal.noRuleForAchievement
        for rule in forAchievement {
            guard rule.validFrom <= today, rule.validUntil.map({ today <= $0 }) ?? true else { refusal = .ruleNotInForce; continue }
            guard rule.targetProgramCode == targetProgramCode, targetCodes.isSubset(of: Set(rule.targets.map(\.code))) else {
                refusal = .targetsNotCovered
                continue
            }
            if let minimum = rule.minimumPercent {
                guard let percent = facts.percent, percent >= minimum else { refusal = .belowMinimumGrade; continue }
            }
            if let months = rule.maximumAgeMonths {
                guard let issued = facts.issuedOn, issued.adding(months: months) >= today else { refusal = .tooOld; continue }
            }
            return rule
        }
        throw refusal
    }

    static func normalized(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
