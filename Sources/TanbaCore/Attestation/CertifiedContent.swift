import Foundation

/// Everything a certificate and its transcript state, frozen when issued; verification shows exactly this.
public struct CertifiedContent: Hashable, Sendable, Codable {
    public var registrationNumber: String
    /// The form's own number, the year's sequence in six digits («№ 000123»): 000 App. 1 prints it
    /// under the title and the registration number on a line of its own.
    public var formNumber: String?
    public var institution: String
    public var learnerName: String
    /// The holder's name in Latin letters as printed under the Cyrillic one (from the learner's
    /// profile; nil for certificates issued before it was asked for, or when none was given).
    public var learnerNameLatin: String?
    public var programTitle: String
    /// The program's title in each language, as the edition had it when issued.
    public var programTitles: LocalizedText?
    /// The awarded micro-qualification in each language (nil for certificates issued before
    /// programs named it).
    public var qualification: LocalizedText?
    public var programCode: String
    /// First and last day of study, `yyyy-MM-dd`.
    public var startsOn: String
    public var endsOn: String
    public var hours: Int
    /// Exact decimal text, e.g. "6" or "4.8".
    public var credits: String
    public var usesECTS: Bool
    public var nqfLevel: Int
    public var eqfLevel: Int
    public var studyForm: String
    public var language: String
    public var learningOutcomes: [String]
    /// Assessment methods of the learning outcomes, without repeats.
    public var assessmentMethods: [String]
    public var disciplines: [Line]
    /// Credit-weighted GPA, two decimals.
    public var gpa: String
    public var issuedOn: String
    /// Protocol of the commission that decided, e.g. "№ 3 от 20.12.2026".
    public var decisionProtocol: String
    /// The day the commission decided, `yyyy-MM-dd` (004 App. Б prints it); nil for certificates
    /// issued before it was kept apart from `decisionProtocol`.
    public var decidedOn: String?
    /// The rector's order on awarding that the certificate was issued on (004 §5.15), when recorded.
    public var awardOrder: AwardOrder?
    /// The order that enrolled the learner (004 §2: the transcript lists the orders on the learner's
    /// movement): its number and day, `yyyy-MM-dd`.
    public var enrollmentOrderNumber: String?
    public var enrollmentOrderDate: String?
    /// The institution's full name in each language, as set up when issued (nil for certificates
    /// issued before names were kept per language: `institution` is their only name).
    public var institutionNames: LocalizedText?
    /// The city the document was signed in, as set up when issued.
    public var city: LocalizedText?
    /// Who signed, as set up when issued: the names printed under the signature lines.
    public var signatories: [SignatoryRole: Signatory]?

    /// One discipline of the transcript.
    public struct Line: Hashable, Sendable, Codable {
        public var name: String
        public var description: String
        public var credits: String
        public var hours: Int
        public var points: Int
        public var letter: String
        public var gradePoints: String
        /// «Перезачтено»: recognised from a micro-credential earned elsewhere (004 §7.12); absent
        /// otherwise, so content frozen before it reads and encodes as it did.
        public var recognised: Bool?

        public init(name: String, description: String, credits: String, hours: Int, points: Int, letter: String, gradePoints: String,
                    recognised: Bool? = nil) {
            self.recognised = recognised
            self.name = name
            self.description = description
            self.credits = credits
            self.hours = hours
            self.points = points
            self.letter = letter
            self.gradePoints = gradePoints
        }
    }

    public init(registrationNumber: String, institution: String, learnerName: String, programTitle: String, programCode: String,
                startsOn: String, endsOn: String, hours: Int, credits: String, usesECTS: Bool, nqfLevel: Int, eqfLevel: Int,
                studyForm: String, language: String, learningOutcomes: [String], assessmentMethods: [String],
                disciplines: [Line], gpa: String, issuedOn: String, decisionProtocol: String, awardOrder: AwardOrder? = nil, learnerNameLatin: String? = nil,
                institutionNames: LocalizedText? = nil, city: LocalizedText? = nil, signatories: [SignatoryRole: Signatory]? = nil,
                decidedOn: String? = nil, enrollmentOrderNumber: String? = nil, enrollmentOrderDate: String? = nil,
                programTitles: LocalizedText? = nil, qualification: LocalizedText? = nil) {
        self.programTitles = programTitles
        self.qualification = qualification
        self.registrationNumber = registrationNumber
        self.institution = institution
        self.learnerName = learnerName
        self.learnerNameLatin = learnerNameLatin
        self.programTitle = programTitle
        self.programCode = programCode
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.hours = hours
        self.credits = credits
        self.usesECTS = usesECTS
        self.nqfLevel = nqfLevel
        self.eqfLevel = eqfLevel
        self.studyForm = studyForm
        self.language = language
        self.learningOutcomes = learningOutcomes
        self.assessmentMethods = assessmentMethods
        self.disciplines = disciplines
        self.gpa = gpa
        self.issuedOn = issuedOn
        self.decisionProtocol = decisionProtocol
        self.awardOrder = awardOrder
        self.institutionNames = institutionNames
        self.city = city
        self.signatories = signatories
        self.decidedOn = decidedOn
        self.enrollmentOrderNumber = enrollmentOrderNumber
        self.enrollmentOrderDate = enrollmentOrderDate
    }

    /// The surname as lookups compare it: the first word of the full name, lower-cased.
    public static func surnameKey(of fullName: String) -> String {
        (fullName.split(separator: " ").first.map(String.init) ?? fullName).lowercased()
    }
}
