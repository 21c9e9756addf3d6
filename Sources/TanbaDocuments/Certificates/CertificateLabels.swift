/// The fixed wording of a certificate form (the words that are not data), in one language.
///
/// Callers localise it like everything else; ``russian`` and ``english`` are ready-made sets for
/// the common cases.
public struct CertificateLabels: Sendable, Hashable {
    /// Printed before the registration number, e.g. "№".
    public var numberSign: String
    /// The line above the learner's name, e.g. "Настоящим удостоверяется, что".
    public var learnerIntro: String
    /// Label of ``CertificateContent/identificationNumber``, e.g. "Идентификационный номер".
    public var identificationNumber: String
    /// Heading of the learning-outcome list.
    public var learningOutcomesTitle: String
    /// Heading of the page with programme details (ECTS layout), e.g. "Сведения о программе".
    public var detailsTitle: String
    /// Start of the appendix heading; the registration number follows, e.g. "Приложение к свидетельству".
    public var appendixTitle: String
    /// Appendix table column: row number.
    public var courseNumberHeader: String
    /// Appendix table column: course or module.
    public var courseHeader: String
    /// Appendix table column: topics covered.
    public var topicsHeader: String
    /// Appendix table column: hours.
    public var hoursHeader: String
    /// Label of the appendix table's total row.
    public var totalLabel: String
    /// The place for the seal, printed beside the signatures, e.g. "М.П.".
    public var sealPlace: String

    /// A complete set of labels.
    public init(
        numberSign: String,
        learnerIntro: String,
        identificationNumber: String,
        learningOutcomesTitle: String,
        detailsTitle: String,
        appendixTitle: String,
        courseNumberHeader: String,
        courseHeader: String,
        topicsHeader: String,
        hoursHeader: String,
        totalLabel: String,
        sealPlace: String
    ) {
        self.numberSign = numberSign
        self.learnerIntro = learnerIntro
        self.identificationNumber = identificationNumber
        self.learningOutcomesTitle = learningOutcomesTitle
        self.detailsTitle = detailsTitle
        self.appendixTitle = appendixTitle
        self.courseNumberHeader = courseNumberHeader
        self.courseHeader = courseHeader
        self.topicsHeader = topicsHeader
        self.hoursHeader = hoursHeader
        self.totalLabel = totalLabel
        self.sealPlace = sealPlace
    }

    /// Russian wording, the default of Kazakhstan's university forms.
    public static let russian = CertificateLabels(
        numberSign: "№",
        learnerIntro: "Настоящим удостоверяется, что",
        identificationNumber: "Идентификационный номер",
        learningOutcomesTitle: "Результаты обучения",
        detailsTitle: "Сведения о программе",
        appendixTitle: "Приложение к свидетельству",
        courseNumberHeader: "№",
        courseHeader: "Дисциплина (модуль)",
        topicsHeader: "Темы",
        hoursHeader: "Часы",
        totalLabel: "Итого",
        sealPlace: "М.П."
    )

    /// English wording.
    public static let english = CertificateLabels(
        numberSign: "No.",
        learnerIntro: "This is to certify that",
        identificationNumber: "Identification number",
        learningOutcomesTitle: "Learning outcomes",
        detailsTitle: "Programme details",
        appendixTitle: "Appendix to certificate",
        courseNumberHeader: "No.",
        courseHeader: "Course (module)",
        topicsHeader: "Topics",
        hoursHeader: "Hours",
        totalLabel: "Total",
        sealPlace: "L.S."
    )
}
