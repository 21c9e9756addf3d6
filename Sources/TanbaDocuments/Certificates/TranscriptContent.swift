/// One discipline row of a transcript; every value is already formatted by the caller.
public struct TranscriptDiscipline: Sendable, Hashable {
    /// Discipline or module title.
    public var title: String
    /// Topics or a short description.
    public var topics: String
    /// Credits, e.g. "2" or "1,5".
    public var credits: String
    /// Contact and independent hours, e.g. "60".
    public var hours: String
    /// Points on the 100-point scale, e.g. "95".
    public var points: String
    /// Letter grade, e.g. "A".
    public var letterGrade: String
    /// Grade points on the 4.0 scale, e.g. "4,0".
    public var gradePoints: String

    /// A discipline row.
    public init(title: String, topics: String, credits: String, hours: String, points: String, letterGrade: String, gradePoints: String) {
        self.title = title
        self.topics = topics
        self.credits = credits
        self.hours = hours
        self.points = points
        self.letterGrade = letterGrade
        self.gradePoints = gradePoints
    }
}

/// The fixed wording of a transcript, in one language.
public struct TranscriptLabels: Sendable, Hashable {
    /// Printed before the document number.
    public var numberSign: String
    /// Header label for the learner.
    public var learner: String
    /// Header label for the programme.
    public var program: String
    /// Header label for the period of study.
    public var period: String
    /// Column titles, left to right: №, discipline, topics, credits, hours, points, letter, grade points.
    public var columns: [String]
    /// Label of the table's total row.
    public var total: String
    /// Label of the credits earned.
    public var creditsEarned: String
    /// Label of the total hours.
    public var totalHours: String
    /// Label of the grade point average.
    public var gpa: String

    /// A complete set of labels; `columns` needs eight titles (missing ones print empty).
    public init(numberSign: String, learner: String, program: String, period: String, columns: [String], total: String, creditsEarned: String, totalHours: String, gpa: String) {
        self.numberSign = numberSign
        self.learner = learner
        self.program = program
        self.period = period
        self.columns = columns
        self.total = total
        self.creditsEarned = creditsEarned
        self.totalHours = totalHours
        self.gpa = gpa
    }

    /// Russian wording of form 004, Appendix В.
    public static let russian = TranscriptLabels(
        numberSign: "№",
        learner: "Обучающийся",
        program: "Программа",
        period: "Период обучения",
        columns: ["№", "Дисциплина (модуль)", "Темы / содержание", "Кредиты", "Часы", "Баллы", "Буквенная оценка", "Баллы GPA"],
        total: "Итого",
        creditsEarned: "Освоено кредитов",
        totalHours: "Всего часов",
        gpa: "Средний балл (GPA)"
    )

    /// English wording.
    public static let english = TranscriptLabels(
        numberSign: "No.",
        learner: "Learner",
        program: "Programme",
        period: "Period of study",
        columns: ["No.", "Course (module)", "Topics / content", "Credits", "Hours", "Points", "Letter grade", "Grade points"],
        total: "Total",
        creditsEarned: "Credits earned",
        totalHours: "Total hours",
        gpa: "Grade point average (GPA)"
    )
}

/// Everything printed on a transcript (supplement to a micro-credential, form 004 Appendix В).
public struct TranscriptContent: Sendable, Hashable {
    /// Issuing institution.
    public var institutionName: String
    /// The institution's name in a second language.
    public var institutionNameSecondary: String?
    /// The institution's logo, printed above its name; nil prints none.
    public var logo: DocumentImage?
    /// Title, e.g. "ТРАНСКРИПТ".
    public var documentTitle: String
    /// Second title line, e.g. "приложение к сертификату о микроквалификации".
    public var documentSubtitle: String?
    /// Document (or certificate) number.
    public var documentNumber: String
    /// The learner's full name.
    public var learnerName: String
    /// Programme title.
    public var programTitle: String
    /// Period of study, formatted.
    public var datesLine: String
    /// The discipline rows, in print order.
    public var disciplines: [TranscriptDiscipline]
    /// Credits earned, formatted.
    public var creditsEarned: String
    /// Total hours, formatted.
    public var totalHours: String
    /// Grade point average, formatted.
    public var gpa: String
    /// Optional note under the totals, e.g. the grading scale.
    public var gradingNote: String?
    /// The orders on the learner's movement (004 §2), e.g. «Приказ о зачислении: № 45-П от 01.10.2026».
    public var ordersLine: String?
    /// Date of issue, formatted.
    public var issueDate: String
    /// Place of issue.
    public var issueCity: String
    /// Who signs, top to bottom.
    public var signatories: [SignatureLine]
    /// The form's fixed wording.
    public var labels: TranscriptLabels

    /// A transcript's content.
    public init(
        institutionName: String,
        institutionNameSecondary: String? = nil,
        documentTitle: String,
        documentSubtitle: String? = nil,
        documentNumber: String,
        learnerName: String,
        programTitle: String,
        datesLine: String,
        disciplines: [TranscriptDiscipline],
        creditsEarned: String,
        totalHours: String,
        gpa: String,
        gradingNote: String? = nil,
        issueDate: String,
        issueCity: String,
        signatories: [SignatureLine],
        labels: TranscriptLabels = .russian,
        logo: DocumentImage? = nil,
        ordersLine: String? = nil
    ) {
        self.institutionName = institutionName
        self.institutionNameSecondary = institutionNameSecondary
        self.logo = logo
        self.ordersLine = ordersLine
        self.documentTitle = documentTitle
        self.documentSubtitle = documentSubtitle
        self.documentNumber = documentNumber
        self.learnerName = learnerName
        self.programTitle = programTitle
        self.datesLine = datesLine
        self.disciplines = disciplines
        self.creditsEarned = creditsEarned
        self.totalHours = totalHours
        self.gpa = gpa
        self.gradingNote = gradingNote
        self.issueDate = issueDate
        self.issueCity = issueCity
        self.signatories = signatories
        self.labels = labels
    }
}
