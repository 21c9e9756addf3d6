import Foundation
import Vapor
import TanbaCore
import TanbaPersistence

/// The recognition application form (004 §7.6) for a learner, or for the registrar filing on a
/// learner's behalf, with the learner's own cases below it.
struct RecognitionApplicationForm: Encodable {
    let onBehalf: Bool
    let learners: [SelectOption]
    let purposes: [SelectOption]
    let periods: [SelectOption]
    let programs: [ProgramChoice]
    let sourceKinds: [SelectOption]
    let gradeKinds: [SelectOption]
    let documents: [DocumentField]
    let posted: Posted
    let errors: [String]
    let hint: String
    let cases: [CaseLine]
    let hasCatalogue: Bool
    /// The learner's record of transferred credits, once anything is entered.
    let recordLink: String?

    struct ProgramChoice: Encodable {
        let title: String
        let disciplines: [DisciplineChoice]
    }

    struct DisciplineChoice: Encodable {
        let value: String
        let label: String
        let checked: Bool
    }

    struct DocumentField: Encodable {
        let name: String
        let label: String
        let accept: String
    }

    struct Posted: Encodable {
        var issuer = "", country = "", title = "", hours = "", credits = "", gradeValue = "", completedOn = ""
    }

    /// One of the learner's cases.
    struct CaseLine: Encodable {
        let number: String
        let source: String
        let targets: String
        let status: String
        let statusCode: String
        let outcome: String?
        let outcomeCode: String
        let reasons: String
        /// How to appeal, shown with a refusal.
        let appeal: String?
        /// What was entered into the record, once it is.
        let entry: RecognitionCasePage.EntryView?
    }

    /// A discipline's form value: the program's code and the discipline's, apart by a separator no code uses.
    static let separator = "::"

    init(programs: [RecognitionCatalogueStore.Entry], periods: [(id: UUID, period: AcademicPeriod)], learners: [UserModel],
         onBehalf: Bool, mine: RecognitionCaseList?, posted: RecognitionController.ApplicationForm?, errors: [String],
         maxMegabytes: Int, today: CalendarDay, request: Request) throws {
        self.onBehalf = onBehalf
        let chosen = Set(posted?.disciplines ?? [])
        self.learners = learners.compactMap { user in
            user.id.map { SelectOption(value: $0.uuidString, label: user.fullName + " (\(user.login))", selected: posted?.learner == $0.uuidString) }
        }
        purposes = RecognitionPurpose.allCases.map {
            SelectOption(value: $0.rawValue, label: request.t("recognition.purpose.\($0.rawValue)"), selected: posted?.purpose == $0.rawValue)
        }
        // Only periods that have not begun can still be applied for.
        self.periods = periods.filter { $0.period.startsOn > today }.map {
            SelectOption(value: $0.id.uuidString, label: "\($0.period.title) (\($0.period.startsOn.dotted))", selected: posted?.period == $0.id.uuidString)
        }
        self.programs = programs.map { entry in
            ProgramChoice(title: "\(entry.program.code) \(entry.program.name)", disciplines: entry.program.disciplines.map { discipline in
                let value = entry.program.code + Self.separator + discipline.code
                return DisciplineChoice(value: value, label: "\(discipline.code) \(discipline.name), \(discipline.credits) "
                                        + request.t("catalogue.discipline.credits").lowercased(), checked: chosen.contains(value))
            })
        }
        hasCatalogue = !programs.isEmpty
        recordLink = try mine.flatMap { list in
            try list.rows.first(where: { $0.entry != nil }).map { SiteRoute.recognitionRecordPDF(learnerID: $0.model.learnerID).path }
        }
        sourceKinds = RecognitionSourceKind.allCases.map {
            SelectOption(value: $0.rawValue, label: request.t("recognition.source_kind.\($0.rawValue)"), selected: posted?.sourceKind == $0.rawValue)
        }
        gradeKinds = ["percent", "letter", "pass"].map {
            SelectOption(value: $0, label: request.t("recognition.grade_kind.\($0)"), selected: posted?.gradeKind == $0)
        }
        let kinds: [RecognitionDocumentKind] = onBehalf ? RecognitionDocumentKind.allCases : RecognitionDocumentKind.allCases.filter { $0 != .application }
        documents = kinds.map { DocumentField(name: Self.field(for: $0), label: request.t("recognition.document.\($0.rawValue)"),
                                              accept: "application/pdf,image/jpeg,image/png") }
            + [DocumentField(name: "credential", label: request.t("recognition.document.credential"), accept: "application/json,application/ld+json,.json")]
        self.posted = posted.map { Posted(issuer: $0.issuer, country: $0.country, title: $0.title, hours: $0.hours, credits: $0.credits,
                                          gradeValue: $0.gradeValue, completedOn: $0.completedOn) } ?? Posted()
        self.errors = errors
        hint = request.t("recognition.apply.hint", ["size": "\(maxMegabytes)"])
        cases = try mine?.rows.map { row in
            CaseLine(number: row.model.number, source: row.source.issuer + " — " + row.source.title,
                     targets: row.disciplines.map(\.name).joined(separator: ", "),
                     status: request.t("recognition.status.\(row.status.rawValue)"), statusCode: row.status.rawValue,
                     outcome: row.decision.map { request.t("recognition.outcome.\($0.outcome)") }, outcomeCode: row.decision?.outcome ?? "",
                     reasons: row.decision?.reasons ?? "",
                     appeal: row.decision?.outcome == RecognitionOutcome.refused.rawValue ? request.t("recognition.decision.appeal") : nil,
                     entry: try row.entry.map { try RecognitionCasePage.EntryView($0, caseID: try row.model.requireID(), request: request) })
        } ?? []
    }

    /// The form field a document kind is uploaded in.
    static func field(for kind: RecognitionDocumentKind) -> String {
        switch kind {
        case .application: "application"
        case .identityDocument: "identityDocument"
        case .certificate: "certificate"
        case .transcript: "transcript"
        case .syllabus: "syllabus"
        }
    }

    /// The posted form read into a filing, or every field it could not read, in the user's language.
    struct Read {
        var purpose: RecognitionPurpose?
        var periodID: UUID?
        var programCode: String?
        var disciplineCodes: [String] = []
        var source: RecognitionSource?
        var uploads: [RecognitionCases.Upload] = []
        var credential: Data?
        var errors: [String] = []

        func filing(learnerID: UUID) -> RecognitionCases.Filing? {
            guard errors.isEmpty, let purpose, let periodID, let programCode, let source else { return nil }
            return RecognitionCases.Filing(learnerID: learnerID, purpose: purpose, periodID: periodID, programCode: programCode,
                                           disciplineCodes: disciplineCodes, source: source, uploads: uploads, credential: credential)
        }
    }

    static func read(_ form: RecognitionController.ApplicationForm, request: Request) -> Read {
        var read = Read()
        let required = { (field: String) in request.t("validation.required", ["field": request.t("recognition.field.\(field)")]) }
        let invalid = { (field: String, value: String) in
            request.t("validation.value_unknown", ["field": request.t("recognition.field.\(field)"), "value": value])
        }
        read.purpose = RecognitionPurpose(rawValue: form.purpose)
        if read.purpose == nil { read.errors.append(required("purpose")) }
        read.periodID = UUID(uuidString: form.period)
        if read.periodID == nil { read.errors.append(required("period")) }
        let chosen = (form.disciplines ?? []).compactMap { value -> (String, String)? in
            let parts = value.components(separatedBy: separator)
            return parts.count == 2 ? (parts[0], parts[1]) : nil
        }
        if chosen.isEmpty { read.errors.append(request.t("recognition.error.no_target")) }
        if Set(chosen.map(\.0)).count > 1 { read.errors.append(request.t("recognition.error.one_program")) }
        read.programCode = chosen.first?.0
        read.disciplineCodes = chosen.map(\.1)
        let kind = RecognitionSourceKind(rawValue: form.sourceKind)
        if kind == nil { read.errors.append(required("source_kind")) }
        var hours: Int?
        if !form.hours.trimmed.isEmpty {
            hours = Int(form.hours.trimmed)
            if hours == nil { read.errors.append(invalid("hours", form.hours)) }
        }
        var credits: Credits?
        if !form.credits.trimmed.isEmpty {
            credits = Credits(parsing: form.credits)
            if credits == nil { read.errors.append(invalid("credits", form.credits)) }
        }
        var grade: ExternalGrade?
        switch form.gradeKind {
        case "percent":
            grade = Decimal(string: form.gradeValue.trimmed.replacingOccurrences(of: ",", with: "."), locale: Locale(identifier: "en_US_POSIX"))
                .map(ExternalGrade.percent)
            if grade == nil { read.errors.append(invalid("grade", form.gradeValue)) }
        case "letter":
            grade = form.gradeValue.trimmed.isEmpty ? nil : .letter(form.gradeValue.trimmed)
            if grade == nil { read.errors.append(required("grade")) }
        case "pass": grade = .passFail(passed: true)
        default: read.errors.append(required("grade"))
        }
        var completed: CalendarDay?
        if !form.completedOn.trimmed.isEmpty {
            completed = CalendarDay(iso: form.completedOn.trimmed)
            if completed == nil { read.errors.append(invalid("completed_on", form.completedOn)) }
        }
        if let kind, let grade {
            read.source = RecognitionSource(kind: kind, issuer: form.issuer.trimmed, country: form.country.trimmed, title: form.title.trimmed,
                                            hours: hours, credits: credits, grade: grade, completedOn: completed)
        }
        let files: [(RecognitionDocumentKind, File?)] = [(.application, form.application), (.identityDocument, form.identityDocument),
                                                        (.certificate, form.certificate), (.transcript, form.transcript), (.syllabus, form.syllabus)]
        read.uploads = files.compactMap { kind, file in
            guard let file, file.data.readableBytes > 0 else { return nil }
            return RecognitionCases.Upload(kind: kind, fileName: file.filename, bytes: Array(file.data.readableBytesView))
        }
        if let file = form.credential, file.data.readableBytes > 0 { read.credential = Data(file.data.readableBytesView) }
        return read
    }
}

extension Request {
    /// Every message for a refused recognition change, in the user's language.
    func messages(for error: RecognitionCaseError) -> [String] {
        switch error {
        case .forbidden: [t("error.forbidden")]
        case .notFound: [t("error.http.404")]
        case .deadline(.late(let due)): [t("recognition.error.late", ["date": due.dotted])]
        case .deadline(.periodStarted(let start)): [t("recognition.error.period_started", ["date": start.dotted])]
        case .calendar(.yearNotCovered(let year)): [t("recognition.error.calendar", ["year": "\(year)"])]
        case .unknownProgram(let code): [t("recognition.error.unknown_target", ["code": code])]
        case .unknownDiscipline(let code): [t("recognition.error.unknown_target", ["code": code])]
        case .upload(let kind, .empty): [t("upload.error.empty", ["document": t("recognition.document.\(kind.rawValue)")])]
        case .upload(let kind, .tooLarge(let limit)):
            [t("upload.error.too_large", ["document": t("recognition.document.\(kind.rawValue)"), "limit": "\(limit / 1024 / 1024)"])]
        case .upload(let kind, .unsupportedType): [t("upload.error.type", ["document": t("recognition.document.\(kind.rawValue)")])]
        case .credentialTooLarge(let limit):
            [t("upload.error.too_large", ["document": t("recognition.document.credential"), "limit": "\(limit / 1024 / 1024)"])]
        case .application(let problems):
            problems.map { problem in
                switch problem {
                case .fieldMissing(let field): t("validation.required", ["field": t("recognition.field.\(field)")])
                case .tooLong(let field, let maximum): t("validation.too_long", ["field": t("recognition.field.\(field)"), "max": "\(maximum)"])
                case .workloadMissing: t("recognition.error.workload")
                case .hoursInvalid: t("recognition.error.hours")
                case .noTargetDiscipline: t("recognition.error.no_target")
                case .documentMissing(let kind): t("recognition.error.document_missing", ["document": t("recognition.document.\(kind.rawValue)")])
                case .completedInFuture: t("recognition.error.completed_future")
                }
            }
        case .wrongStatus(let status): [t("recognition.error.wrong_status", ["status": t("recognition.status.\(status.rawValue)")])]
        case .noExpertGroup: [t("recognition.error.no_expert_group")]
        }
    }

    func messages(for error: RecognitionEntryError) -> [String] {
        switch error {
        case .entry(.nothingRecognised): [t("recognition.entry.nothing")]
        case .entry(.orderNumberMissing): [t("validation.required", ["field": t("recognition.entry.order_number")])]
        case .entry(.orderDateInvalid): [t("recognition.entry.order_date_invalid")]
        case .entry(.orderBeforeDecision): [t("recognition.entry.order_before_decision")]
        case .entry(.priceInvalid): [t("validation.value_unknown", ["field": t("recognition.entry.price"), "value": ""])]
        }
    }

    func messages(for error: RecognitionDecisionError) -> [String] {
        switch error {
        case .protocolNumberMissing: [t("validation.required", ["field": t("session.protocol_number")])]
        case .meetingDateInvalid: [t("recognition.decision.date")]
        case .noCommission: [t("recognition.decision.no_commission")]
        case .meetingBeforeCommissionFormed(let date): [t("recognition.decision.before_order", ["date": AlmatyDate.dotted(iso: date)])]
        case .interviewMissing: [t("recognition.decision.interview_first")]
        case .decision(.reasonsMissing): [t("recognition.decision.reasons_required")]
        case .decision(.tie): [t("recognition.decision.tie")]
        case .decision(.voting(let problem)):
            switch problem {
            case .noQuorum(let present, let required): [t("recognition.decision.quorum", ["present": "\(present)", "required": "\(required)"])]
            case .missingVotes(let count): [t("recognition.decision.missing_votes", ["count": "\(count)"])]
            case .voteFromAbsentMember, .notAMember: [t("recognition.decision.not_member")]
            }
        }
    }

    func status(for error: RecognitionCaseError) -> HTTPStatus {
        switch error {
        case .forbidden: .forbidden
        case .notFound: .notFound
        case .wrongStatus, .noExpertGroup: .conflict
        default: .unprocessableEntity
        }
    }
}
