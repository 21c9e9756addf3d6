/// Everything printed on a micro-credential certificate, as ready-to-print strings.
///
/// A plain value: the caller (which knows the database and the learner's language) formats and
/// localises every line, dates and numbers included; the module only lays them out. Optional
/// lines left `nil` (or empty lists) are simply not printed.
public struct CertificateContent: Sendable, Hashable {
    /// Issuing institution, e.g. "НАО «Атырауский университет имени Х. Досмухамедова»".
    public var institutionName: String
    /// The institution's name in a second language, printed under the first.
    public var institutionNameSecondary: String?
    /// The institution's name in a third language (the trilingual form).
    public var institutionNameThird: String?
    /// The institution's logo, printed above its name; nil prints none.
    public var logo: DocumentImage?
    /// Document title, e.g. "СЕРТИФИКАТ", "СВИДЕТЕЛЬСТВО", "CERTIFICATE".
    public var documentTitle: String
    /// Second title line, e.g. "о присвоении микроквалификации".
    public var documentSubtitle: String?
    /// Registration number, e.g. "MC-2026-000123" or "MSCE20220011".
    public var registrationNumber: String
    /// A separate identification number (SKMA form), printed under the title.
    public var identificationNumber: String?
    /// The learner's full name, printed prominently.
    public var learnerName: String
    /// The "has completed / is awarded" sentence between the name and the programme.
    public var completionStatement: String
    /// Programme title.
    public var programTitle: String
    /// Dates of study, e.g. "с 10 февраля по 20 апреля 2026 года".
    public var datesLine: String
    /// Hours and credits, e.g. "в объёме 150 часов (5 кредитов ECTS)".
    public var hoursCreditsLine: String
    /// «с присвоением микроквалификации «…»» (000 App. 1, 001): the awarded micro-qualification.
    public var qualificationLine: String?
    /// NQF/EQF level, e.g. "Уровень НРК: 6, уровень EQF: 6".
    public var levelLine: String?
    /// Form of study, e.g. "Форма обучения: очная".
    public var studyFormLine: String?
    /// Language of instruction.
    public var languageLine: String?
    /// Assessment method, e.g. "Форма оценивания: проект и тестирование".
    public var assessmentLine: String?
    /// Learning outcomes, one sentence each.
    public var learningOutcomes: [String]
    /// Grade, e.g. "Итоговая оценка: A (95 баллов)".
    public var gradeLine: String?
    /// Date of issue, formatted, e.g. "25 апреля 2026 г.".
    public var issueDate: String
    /// Place of issue, e.g. "г. Атырау".
    public var issueCity: String
    /// Who signs, top to bottom.
    public var signatories: [SignatureLine]
    /// The public verification page; encoded in the QR code and printed under it.
    public var verificationURL: String
    /// Short instruction printed under the URL, e.g. "Проверка подлинности: отсканируйте QR-код".
    public var verificationCaption: String
    /// Optional note about the digital credential, e.g. "A signed Open Badges 3.0 credential is available at …".
    public var credentialNote: String?
    /// Courses of the appendix table (the AITU layout); empty means no appendix.
    public var courses: [CertificateCourse]
    /// Total hours for the appendix table's last row, formatted; `nil` omits the row.
    public var coursesTotalHours: String?
    /// 004 App. Б: the form of study and «Решением аттестационной комиссии от … подтверждено…».
    public var decisionLine: String?
    /// The form's own number, printed after «№» in place of the registration number when set (000 App. 1).
    public var formNumber: String?
    /// A registration number line of its own («Регистрационный номер № …», 000 App. 1, 004 App. Б).
    public var registrationLine: String?
    /// The form's fixed wording.
    public var labels: CertificateLabels
    /// Second-language text for the bilingual layout; `nil` prints only the primary language.
    public var secondLanguage: CertificateTranslation?
    /// Third-language text: the bilingual layout then prints three columns (kk | ru | en).
    public var thirdLanguage: CertificateTranslation?

    /// A certificate's content; optional lines default to absent.
    public init(
        institutionName: String,
        institutionNameSecondary: String? = nil,
        documentTitle: String,
        documentSubtitle: String? = nil,
        registrationNumber: String,
        identificationNumber: String? = nil,
        learnerName: String,
        completionStatement: String,
        programTitle: String,
        datesLine: String,
        hoursCreditsLine: String,
        levelLine: String? = nil,
        studyFormLine: String? = nil,
        languageLine: String? = nil,
        assessmentLine: String? = nil,
        learningOutcomes: [String] = [],
        gradeLine: String? = nil,
        issueDate: String,
        issueCity: String,
        signatories: [SignatureLine],
        verificationURL: String,
        verificationCaption: String,
        credentialNote: String? = nil,
        courses: [CertificateCourse] = [],
        coursesTotalHours: String? = nil,
        labels: CertificateLabels = .russian,
        secondLanguage: CertificateTranslation? = nil,
        logo: DocumentImage? = nil,
        decisionLine: String? = nil,
        registrationLine: String? = nil,
        formNumber: String? = nil,
        thirdLanguage: CertificateTranslation? = nil,
        institutionNameThird: String? = nil,
        qualificationLine: String? = nil
    ) {
        self.institutionName = institutionName
        self.institutionNameSecondary = institutionNameSecondary
        self.logo = logo
        self.decisionLine = decisionLine
        self.registrationLine = registrationLine
        self.formNumber = formNumber
        self.thirdLanguage = thirdLanguage
        self.institutionNameThird = institutionNameThird
        self.documentTitle = documentTitle
        self.documentSubtitle = documentSubtitle
        self.registrationNumber = registrationNumber
        self.identificationNumber = identificationNumber
        self.learnerName = learnerName
        self.completionStatement = completionStatement
        self.programTitle = programTitle
        self.datesLine = datesLine
        self.hoursCreditsLine = hoursCreditsLine
        self.qualificationLine = qualificationLine
        self.levelLine = levelLine
        self.studyFormLine = studyFormLine
        self.languageLine = languageLine
        self.assessmentLine = assessmentLine
        self.learningOutcomes = learningOutcomes
        self.gradeLine = gradeLine
        self.issueDate = issueDate
        self.issueCity = issueCity
        self.signatories = signatories
        self.verificationURL = verificationURL
        self.verificationCaption = verificationCaption
        self.credentialNote = credentialNote
        self.courses = courses
        self.coursesTotalHours = coursesTotalHours
        self.labels = labels
        self.secondLanguage = secondLanguage
    }

    /// "г. Атырау, 25 апреля 2026 г.": place and date of issue as one line.
    var issueLine: String {
        [issueCity, issueDate].filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// "№ MC-2026-000123".
    var numberLine: String {
        let number = formNumber ?? registrationNumber
        return labels.numberSign.isEmpty ? number : "\(labels.numberSign) \(number)"
    }
}
