/// The language-dependent text of a certificate in a second language, for bilingual layouts.
///
/// The learner's name, numbers and the verification URL are the same in both languages and are
/// taken from ``CertificateContent``. Optional lines left `nil` are omitted from the second column.
public struct CertificateTranslation: Sendable, Hashable {
    /// Document title, e.g. "CERTIFICATE".
    public var documentTitle: String
    /// Second title line, e.g. "of micro-qualification".
    public var documentSubtitle: String?
    /// The line above the learner's name.
    public var learnerIntro: String
    /// The "has completed" sentence.
    public var completionStatement: String
    /// Programme title.
    public var programTitle: String
    /// Dates of study.
    public var datesLine: String
    /// Hours and credits.
    public var hoursCreditsLine: String
    /// «с присвоением микроквалификации «…»» (000 App. 1, 001): the awarded micro-qualification.
    public var qualificationLine: String?
    /// NQF/EQF level.
    public var levelLine: String?
    /// Form of study.
    public var studyFormLine: String?
    /// Language of instruction.
    public var languageLine: String?
    /// Assessment method.
    public var assessmentLine: String?
    /// Grade.
    public var gradeLine: String?
    /// Heading of the learning-outcome list.
    public var learningOutcomesTitle: String
    /// Learning outcomes, in the same order as the primary language's.
    public var learningOutcomes: [String]
    /// "Verify at …" caption printed under the QR code after the primary one.
    public var verificationCaption: String?

    /// Second-language text.
    public init(
        documentTitle: String,
        documentSubtitle: String? = nil,
        learnerIntro: String,
        completionStatement: String,
        programTitle: String,
        datesLine: String,
        hoursCreditsLine: String,
        levelLine: String? = nil,
        studyFormLine: String? = nil,
        languageLine: String? = nil,
        assessmentLine: String? = nil,
        gradeLine: String? = nil,
        learningOutcomesTitle: String,
        learningOutcomes: [String] = [],
        verificationCaption: String? = nil,
        qualificationLine: String? = nil
    ) {
        self.documentTitle = documentTitle
        self.documentSubtitle = documentSubtitle
        self.learnerIntro = learnerIntro
        self.completionStatement = completionStatement
        self.programTitle = programTitle
        self.datesLine = datesLine
        self.hoursCreditsLine = hoursCreditsLine
        self.qualificationLine = qualificationLine
        self.levelLine = levelLine
        self.studyFormLine = studyFormLine
        self.languageLine = languageLine
        self.assessmentLine = assessmentLine
        self.gradeLine = gradeLine
        self.learningOutcomesTitle = learningOutcomesTitle
        self.learningOutcomes = learningOutcomes
        self.verificationCaption = verificationCaption
    }
}
