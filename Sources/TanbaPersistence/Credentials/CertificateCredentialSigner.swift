import Foundation
import TanbaCore
import TanbaCredentials

/// Turns a certificate's frozen content into its signed Open Badges 3.0 AchievementCredential:
/// the same facts the PDF prints, signed with the institution's active key.
public struct CertificateCredentialSigner: Sendable {
    public let issuer: OpenBadgesIssuer
    public let profile: IssuerProfile
    public let key: IssuerSigningKey
    public let gradeScale: GradeScale
    private let builder: AchievementCredentialBuilder
    private let suite: EdDSARDFC2022

    public init(issuer: OpenBadgesIssuer, profile: IssuerProfile, key: IssuerSigningKey, gradeScale: GradeScale) {
        self.issuer = issuer
        self.profile = profile
        self.key = key
        self.gradeScale = gradeScale
        self.builder = AchievementCredentialBuilder(extensionContext: issuer.extensionContext)
        self.suite = issuer.suite
    }

    /// One certificate to sign.
    public struct Subject: Sendable {
        public let content: CertifiedContent
        public let token: VerificationToken
        public let learnerID: UUID
        public let statusList: Int
        public let statusIndex: Int
        public let issuedAt: Date

        public init(content: CertifiedContent, token: VerificationToken, learnerID: UUID, statusList: Int, statusIndex: Int, issuedAt: Date) {
            self.content = content
            self.token = token
            self.learnerID = learnerID
            self.statusList = statusList
            self.statusIndex = statusIndex
            self.issuedAt = issuedAt
        }
    }

    /// The signed credential as compact JSON, ready to store and serve unchanged.
    public func sign(_ subject: Subject) throws -> String {
        let unsigned = try builder.build(input(for: subject))
        let signed = try suite.sign(document: unsigned, options: key.proofOptions(created: subject.issuedAt), privateKey: key.privateKey)
        return String(decoding: signed.serialized(), as: UTF8.self)
    }

    /// The credential's content: every element of EU Annex I, mapped as docs/credentials.md describes.
    public func input(for subject: Subject) throws -> AchievementCredentialInput {
        let content = subject.content
        let outcomes = content.learningOutcomes.enumerated().map { offset, text in
            Self.learningOutcome(text, position: offset + 1)
        }
        let methods = content.assessmentMethods.joined(separator: "; ")
        let achievement = AchievementCredentialInput.Achievement(
            id: issuer.achievementURL(programCode: content.programCode.isEmpty ? "unregistered" : content.programCode),
            name: content.programTitle,
            description: "Micro-credential programme «\(content.programTitle)»: \(content.hours) academic hours, "
                + "\(content.credits) \(content.usesECTS ? "ECTS credits" : "Kazakhstan academic credits"), "
                + "EQF level \(content.eqfLevel), Kazakhstan NQF level \(content.nqfLevel).",
            criteriaNarrative: "Completed every discipline of the programme with a passing grade and was awarded the "
                + "micro-credential by the qualification commission (protocol \(content.decisionProtocol)). "
                + "Assessment: \(methods.isEmpty ? "final attestation" : methods).",
            learningOutcomes: outcomes,
            creditsAvailable: content.credits,
            workloadHours: content.hours,
            eqfLevel: .eqf(content.eqfLevel),
            nqfLevel: .kazakhstanNQF(String(content.nqfLevel), url: issuer.nqfLevelURL(content.nqfLevel)),
            assessmentType: methods.isEmpty ? "Final attestation by a qualification commission" : methods
                + "; final attestation by a qualification commission",
            participationForm: Self.participationForm(content.studyForm),
            qualityAssurance: "Programme \(content.programCode) approved through the internal quality assurance procedure of "
                + "\(profile.name) and entered in its public micro-credential registry; awarded by the qualification commission, "
                + "protocol \(content.decisionProtocol).",
            language: content.language,
            humanCode: content.programCode.isEmpty ? nil : content.programCode)
        return AchievementCredentialInput(
            credentialID: issuer.verificationURL(token: subject.token.value),
            issuer: profile,
            learner: .init(fullName: content.learnerName, identifier: subject.learnerID.uuidString.lowercased()),
            achievement: achievement,
            grade: try grade(of: content),
            creditsEarned: content.credits,
            validFrom: subject.issuedAt,
            status: .init(listCredentialURL: issuer.statusListURL(subject.statusList), index: subject.statusIndex))
    }

    /// "LO1. Text" as the certificate prints it → code "LO1" and the statement; unnumbered text gets "LO{n}".
    static func learningOutcome(_ text: String, position: Int) -> AchievementCredentialInput.LearningOutcome {
        if let separator = text.range(of: ". "), text.distance(from: text.startIndex, to: separator.lowerBound) <= 12 {
            let code = String(text[..<separator.lowerBound]).trimmingCharacters(in: .whitespaces)
            let statement = String(text[separator.upperBound...]).trimmingCharacters(in: .whitespaces)
            if !code.isEmpty, !code.contains(" "), !statement.isEmpty { return .init(code: code, text: statement) }
        }
        return .init(code: "LO\(position)", text: text)
    }

    static func participationForm(_ studyForm: String) -> String {
        switch StudyForm(rawValue: studyForm) {
        case .inPerson?: "In person"
        case .online?: "Online"
        case .blended?: "Blended (in person and online)"
        case nil: studyForm
        }
    }

    /// The overall result: the credit-weighted mean of the discipline points, its letter on the
    /// policy's scale, and the GPA the transcript prints.
    func grade(of content: CertifiedContent) throws -> AchievementCredentialInput.Grade {
        var weighted = Decimal(0), credits = Decimal(0)
        for line in content.disciplines where !line.letter.isEmpty {
            let lineCredits = Decimal(string: line.credits, locale: Locale(identifier: "en_US_POSIX")) ?? 0
            weighted += Decimal(line.points) * lineCredits
            credits += lineCredits
        }
        var mean = credits > 0 ? weighted / credits : 0
        var rounded = Decimal()
        NSDecimalRound(&rounded, &mean, 0, .plain)
        let points = NSDecimalNumber(decimal: rounded).intValue
        let band = try gradeScale.grade(forPoints: min(100, max(0, points)))
        return AchievementCredentialInput.Grade(
            letter: band.letter, gradePoints: content.gpa.isEmpty ? "\(band.gradePoints)" : content.gpa, points: String(points),
            letterScale: gradeScale.bands.map(\.letter))
    }
}
