import Foundation

/// Everything a Tanba certificate states, as plain values: the app maps its records to this and
/// `AchievementCredentialBuilder` turns it into an Open Badges 3.0 AchievementCredential that
/// carries the 11 mandatory elements of the EU micro-credentials Recommendation (2022, Annex I).
public struct AchievementCredentialInput: Sendable, Equatable {
    /// The credential's `id`: a stable URL, typically the certificate's verification page.
    public var credentialID: String
    /// The awarding body (EU: awarding body, country of the issuer).
    public var issuer: IssuerProfile
    /// EU: identification of the learner.
    public var learner: Learner
    public var achievement: Achievement
    public var grade: Grade
    /// Credits earned as a decimal string ("5", "2.5"); EU: notional workload.
    public var creditsEarned: String
    /// Date of issuing (EU); written as `validFrom` and `awardedDate`, in UTC to the second.
    public var validFrom: Date
    public var validUntil: Date?
    /// Where the credential's revocation bit lives.
    public var status: StatusListPosition

    public init(credentialID: String, issuer: IssuerProfile, learner: Learner, achievement: Achievement, grade: Grade,
                creditsEarned: String, validFrom: Date, validUntil: Date? = nil, status: StatusListPosition) {
        self.credentialID = credentialID
        self.issuer = issuer
        self.learner = learner
        self.achievement = achievement
        self.grade = grade
        self.creditsEarned = creditsEarned
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.status = status
    }

    /// The learner, identified by `IdentityObject` entries (Open Badges 3.0 has no other recipient
    /// identity when there is no DID), plus the name shown to humans.
    public struct Learner: Sendable, Equatable {
        /// Full name as on the certificate, e.g. «Нұрланова Әлия Қанатқызы».
        public var fullName: String
        /// Tanba's internal learner identifier (e.g. a UUID).
        public var identifier: String
        /// OB 3.0 `IdentifierTypeEnum` value for `identifier`. "systemId": an identifier assigned
        /// by the issuing system, which is what a Tanba learner id is.
        public var identifierType: String
        /// When set, the identifier is published as `sha256$hex(identifier + salt)` with
        /// `hashed: true` instead of in plain text; the learner proves it by revealing the salt.
        public var identifierSalt: String?

        public init(fullName: String, identifier: String, identifierType: String = "systemId", identifierSalt: String? = nil) {
            self.fullName = fullName
            self.identifier = identifier
            self.identifierType = identifierType
            self.identifierSalt = identifierSalt
        }
    }

    /// One intended learning outcome of the programme (EU: learning outcomes).
    public struct LearningOutcome: Sendable, Equatable {
        /// The programme's code for the outcome, e.g. "LO1"; becomes the alignment's `targetCode`.
        public var code: String
        /// The outcome statement; becomes `targetName`.
        public var text: String
        /// Page describing the outcome. Open Badges requires a `targetUrl`; by default the
        /// achievement id with a `#lo-{code}` fragment.
        public var url: String?

        public init(code: String, text: String, url: String? = nil) {
            self.code = code
            self.text = text
            self.url = url
        }
    }

    /// A level in a qualifications framework (EU: level of the learning experience).
    public struct QualificationLevel: Sendable, Equatable {
        public static let eqfFramework = "European Qualifications Framework"
        public static let kazakhstanNQFFramework = "Kazakhstan National Qualifications Framework"
        /// The EU's controlled vocabulary for EQF levels (used by Europass / ELM); `{level}` is replaced.
        public static let eqfLevelURLTemplate = "http://data.europa.eu/snb/eqf/{level}"

        /// `targetFramework`: the framework's name.
        public var framework: String
        /// `targetCode`: the level, e.g. "6".
        public var level: String
        /// `targetUrl`: where the level is described (Open Badges requires one).
        public var url: String

        public init(framework: String, level: String, url: String) {
            self.framework = framework
            self.level = level
            self.url = url
        }

        /// An EQF level, 1–8, pointing at the EU vocabulary entry.
        public static func eqf(_ level: Int) -> QualificationLevel {
            QualificationLevel(framework: eqfFramework, level: String(level),
                               url: eqfLevelURLTemplate.replacingOccurrences(of: "{level}", with: String(level)))
        }

        /// A Kazakhstan NQF level; the NQF publishes no per-level URIs, so the app supplies the page.
        public static func kazakhstanNQF(_ level: String, url: String) -> QualificationLevel {
            QualificationLevel(framework: kazakhstanNQFFramework, level: level, url: url)
        }
    }

    /// The micro-credential programme, as an Open Badges `Achievement` of type `MicroCredential`.
    public struct Achievement: Sendable, Equatable {
        /// Stable URL of the programme edition; shared by every credential for it.
        public var id: String
        /// EU: title of the micro-credential.
        public var name: String
        public var description: String
        /// What the learner had to do (`criteria.narrative`); Markdown allowed.
        public var criteriaNarrative: String
        /// EU: learning outcomes; at least one.
        public var learningOutcomes: [LearningOutcome]
        /// Credits the programme carries, a decimal string ("5"); EU: notional workload (ECTS-compatible).
        public var creditsAvailable: String
        /// EU: notional workload in hours (Tanba extension term `workloadHours`).
        public var workloadHours: Int
        /// EU: level. Both frameworks are published, EQF for comparability across Europe.
        public var eqfLevel: QualificationLevel
        public var nqfLevel: QualificationLevel
        /// EU: type of assessment, e.g. "Written examination and project defence, supervised on site".
        public var assessmentType: String
        /// EU: form of participation, e.g. "Online, synchronous" or "In person".
        public var participationForm: String
        /// EU: type of quality assurance, e.g. the accreditation body and decision.
        public var qualityAssurance: String
        /// BCP 47 language of the programme ("kk", "ru", "en").
        public var language: String
        /// The programme's own code, shown to humans (`humanCode`).
        public var humanCode: String?

        public init(id: String, name: String, description: String, criteriaNarrative: String, learningOutcomes: [LearningOutcome],
                    creditsAvailable: String, workloadHours: Int, eqfLevel: QualificationLevel, nqfLevel: QualificationLevel,
                    assessmentType: String, participationForm: String, qualityAssurance: String, language: String,
                    humanCode: String? = nil) {
            self.id = id
            self.name = name
            self.description = description
            self.criteriaNarrative = criteriaNarrative
            self.learningOutcomes = learningOutcomes
            self.creditsAvailable = creditsAvailable
            self.workloadHours = workloadHours
            self.eqfLevel = eqfLevel
            self.nqfLevel = nqfLevel
            self.assessmentType = assessmentType
            self.participationForm = participationForm
            self.qualityAssurance = qualityAssurance
            self.language = language
            self.humanCode = humanCode
        }
    }

    /// The learner's result, published as three `result` entries, each pointing at the
    /// achievement's `resultDescription` that says how to read it.
    public struct Grade: Sendable, Equatable {
        /// The letter grades of the Kazakhstan credit-technology system, best first.
        public static let kazakhstanLetterScale = ["A", "A-", "B+", "B", "B-", "C+", "C", "C-", "D+", "D", "FX", "F"]

        /// Letter grade, e.g. "A-" (resultType LetterGrade).
        public var letter: String
        /// Grade point equivalent, e.g. "3.67" (resultType GradePointAverage).
        public var gradePoints: String
        /// Points, e.g. "92" (resultType RawScore).
        public var points: String
        public var letterScale: [String]
        public var gradePointsMaximum: String
        public var pointsMaximum: String

        public init(letter: String, gradePoints: String, points: String, letterScale: [String] = Grade.kazakhstanLetterScale,
                    gradePointsMaximum: String = "4.0", pointsMaximum: String = "100") {
            self.letter = letter
            self.gradePoints = gradePoints
            self.points = points
            self.letterScale = letterScale
            self.gradePointsMaximum = gradePointsMaximum
            self.pointsMaximum = pointsMaximum
        }
    }

    /// The credential's entry in a Bitstring Status List (allocated by `StatusListIndexAllocator`).
    public struct StatusListPosition: Sendable, Equatable {
        /// URL of the `BitstringStatusListCredential`.
        public var listCredentialURL: String
        public var index: Int

        public init(listCredentialURL: String, index: Int) {
            self.listCredentialURL = listCredentialURL
            self.index = index
        }
    }
}
