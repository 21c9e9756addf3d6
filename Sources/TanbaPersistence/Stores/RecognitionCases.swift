import Fluent
import Foundation
import TanbaCore
import TanbaCredentials

/// Filing recognition applications and moving cases along (004 §7.6-7.9). A learner files for
/// themselves, the registrar for any learner; the deadline, the documents and an attached
/// credential are checked before anything is stored.
public struct RecognitionCases: Sendable {
    public let database: any Database
    public let storage: any DocumentStorage
    public let uploadRules: UploadRules
    public let verifier: InstallationVerifier
    public let clock: Clock

    public init(database: any Database, storage: any DocumentStorage, uploadRules: UploadRules, verifier: InstallationVerifier,
                clock: Clock) {
        self.database = database
        self.storage = storage
        self.uploadRules = uploadRules
        self.verifier = verifier
        self.clock = clock
    }

    /// One uploaded file of an application.
    public struct Upload: Sendable {
        public let kind: RecognitionDocumentKind
        public let fileName: String
        public let bytes: [UInt8]

        public init(kind: RecognitionDocumentKind, fileName: String, bytes: [UInt8]) {
            self.kind = kind
            self.fileName = fileName
            self.bytes = bytes
        }
    }

    /// An application as submitted.
    public struct Filing: Sendable {
        public let learnerID: UUID
        public let purpose: RecognitionPurpose
        public let periodID: UUID
        public let programCode: String
        public let disciplineCodes: [String]
        public let source: RecognitionSource
        public let uploads: [Upload]
        /// An Open Badges 3.0 / W3C VC credential as uploaded.
        public let credential: Data?

        public init(learnerID: UUID, purpose: RecognitionPurpose, periodID: UUID, programCode: String, disciplineCodes: [String],
                    source: RecognitionSource, uploads: [Upload], credential: Data?) {
            self.learnerID = learnerID
            self.purpose = purpose
            self.periodID = periodID
            self.programCode = programCode
            self.disciplineCodes = disciplineCodes
            self.source = source
            self.uploads = uploads
            self.credential = credential
        }
    }

    /// Files the application; nothing is stored when any check fails.
    public func file(_ filing: Filing, by actor: ActingUser) async throws -> RecognitionCaseModel {
        let onBehalf = actor.id != filing.learnerID
        if onBehalf {
            guard actor.role.may(.manageRecognition) else { throw RecognitionCaseError.forbidden }
            guard let learner = try await UserModel.find(filing.learnerID, on: database), try learner.role.may(.applyAndStudy) else {
                throw RecognitionCaseError.notFound
            }
        } else {
            guard actor.role.may(.applyAndStudy) else { throw RecognitionCaseError.forbidden }
        }
        guard let periodModel = try await AcademicPeriodModel.find(filing.periodID, on: database) else { throw RecognitionCaseError.notFound }
        let period = try periodModel.period
        let today = CalendarDay(clock.now())
        let deadlines = RecognitionDeadlines(calendar: try await WorkingCalendarStore.calendar(on: database))
        do {
            try deadlines.checkApplication(filedOn: today, periodStartsOn: period.startsOn)
        } catch let problem as RecognitionDeadlines.Problem {
            throw RecognitionCaseError.deadline(problem)
        } catch let problem as WorkingCalendar.Problem {
            throw RecognitionCaseError.calendar(problem)
        }
        guard let program = try await RecognitionCatalogueStore(database: database, clock: clock).targets()
            .first(where: { $0.program.code == filing.programCode })?.program else { throw RecognitionCaseError.unknownProgram(filing.programCode) }
        var targets: [DegreeDiscipline] = []
        for code in filing.disciplineCodes where !targets.contains(where: { $0.code == code }) {
            guard let discipline = program.disciplines.first(where: { $0.code == code }) else { throw RecognitionCaseError.unknownDiscipline(code) }
            targets.append(discipline)
        }
        var checked: [(Upload, UploadedFileType)] = []
        for upload in filing.uploads {
            do { checked.append((upload, try uploadRules.check(upload.bytes))) } catch { throw RecognitionCaseError.upload(upload.kind, error) }
        }
        if let credential = filing.credential, credential.count > uploadRules.maximumBytes {
            throw RecognitionCaseError.credentialTooLarge(limitBytes: uploadRules.maximumBytes)
        }
        var verified: VerificationReport?
        if let credential = filing.credential { verified = try await verifier.verify(credential) }
        let report = verified, disciplines = targets
        // A credential stands in for the scanned certificate only when it verifies completely.
        let application = RecognitionApplication(purpose: filing.purpose, source: filing.source, targetDisciplines: targets.map(\.code),
                                                 documents: Set(checked.map(\.0.kind)), hasCredential: report?.status == .valid,
                                                 filedOnBehalf: onBehalf)
        let problems = application.problems(today: today)
        guard problems.isEmpty else { throw RecognitionCaseError.application(problems) }
        let automatic = try await automaticRecognition(filing.credential, report: report, programCode: program.code,
                                                       targets: targets, today: today)

        var stored: [(Upload, UploadedFileType, String)] = []
        do {
            for (upload, type) in checked { stored.append((upload, type, try storage.store(upload.bytes, fileExtension: type.fileExtension))) }
            let files = stored
            let now = clock.now()
            let source = String(decoding: try JSONEncoder().encode(filing.source), as: UTF8.self)
            return try await database.transaction { db in
                let sequence = try await CounterStore.next("recognition-\(today.year)", on: db)
                let model = RecognitionCaseModel()
                model.number = "ПР-\(today.year)-" + String(format: "%04d", sequence)
                model.learnerID = filing.learnerID
                model.filedBy = actor.id
                model.filedAt = now
                model.filedOn = today.iso
                model.purpose = filing.purpose.rawValue
                model.periodID = filing.periodID
                model.targetProgramCode = program.code
                model.targetProgramName = program.name
                model.source = source
                model.status = RecognitionStatus.submitted.rawValue
                if let credential = filing.credential, let report {
                    model.credential = credential
                    model.credentialStatus = report.status.rawValue
                    model.credentialChecks = Self.checksJSON(report)
                }
                if case .failure(let refusal) = automatic, filing.credential != nil { model.automaticRefusal = refusal.code }
                if case .success(let match) = automatic {
                    model.status = RecognitionStatus.decided.rawValue
                    model.automaticRuleID = match.ruleID
                }
                try await model.create(on: db)
                let caseID = try model.requireID()
                for (position, discipline) in disciplines.enumerated() {
                    try await RecognitionCaseDisciplineModel(caseID: caseID, position: position + 1, discipline: discipline).create(on: db)
                }
                if case .success(let match) = automatic {
                    try await Self.recordAutomatic(match, caseID: caseID, disciplines: disciplines, by: actor, day: today, at: now, on: db)
                }
                for (upload, type, name) in files {
                    try await RecognitionDocumentModel(caseID: caseID, kind: upload.kind, originalName: String(upload.fileName.suffix(200)),
                                                       storedName: name, type: type, size: upload.bytes.count,
                                                       sha256: Digest.sha256Hex(upload.bytes), at: now).create(on: db)
                }
                try await AuditEventModel(actor: actor, action: "recognition_filed", subjectID: caseID,
                                          details: "\(model.number): \(filing.source.issuer) → \(program.code) \(disciplines.map(\.code).joined(separator: ", "))",
                                          at: now).create(on: db)
                return model
            }
        } catch {
            stored.forEach { storage.remove($0.2) }
            throw error
        }
    }

    /// A rule that recognises the case at once, with what the decision rests on.
    struct AutomaticMatch: Sendable {
        let ruleID: UUID
        let rule: EquivalencyRule
        let providerName: String
        let protocolNumber: String
        let commissionID: UUID
    }

    private func automaticRecognition(_ credential: Data?, report: VerificationReport?, programCode: String, targets: [DegreeDiscipline],
                                      today: CalendarDay) async throws -> Result<AutomaticMatch, AutomaticRecognition.Refusal> {
        let automation = RecognitionAutomation(database: database, clock: clock)
        let providers = try await automation.providers()
        let rules = try await automation.rules()
        let verified = report.map { $0.status == .valid && $0.checks.allSatisfy { $0.status == .passed } } ?? false
        let rule: EquivalencyRule
        do {
            rule = try AutomaticRecognition.match(
                verifiedCompletely: verified, status: report?.status.rawValue ?? "", facts: credential.flatMap(RecognitionAutomation.facts(from:)),
                providers: providers.map(\.provider), rules: rules.map(\.rule), targetProgramCode: programCode,
                targetCodes: Set(targets.map(\.code)), today: today)
        } catch {
            return .failure(error)
        }
        do {
            guard let stored = rules.first(where: { $0.rule == rule }), let provider = providers.first(where: { $0.id == stored.model.providerID }) else {
                return .failure(.noRuleForAchievement)
            }
            // The decision rests on the protocol that made the provider trusted, so it names that
            // protocol's commission, even if a later order has re-formed it.
            let commissionID: UUID
            if let trusting = provider.model.commissionID {
                commissionID = trusting
            } else if let current = try await RecognitionBodies(database: database, clock: clock).current(.commission) {
                commissionID = current.id
            } else {
                return .failure(.noCommission)
            }
            return .success(AutomaticMatch(ruleID: stored.id, rule: rule, providerName: provider.provider.name,
                                           protocolNumber: provider.model.protocolNumber, commissionID: commissionID))
        }
    }

    /// The conclusions and the decision an equivalency rule stands for: what it recognises, under the
    /// commission's decision that made its provider trusted.
    private static func recordAutomatic(_ match: AutomaticMatch, caseID: UUID, disciplines: [DegreeDiscipline], by actor: ActingUser,
                                        day: CalendarDay, at now: Date, on db: any Database) async throws {
        var partial = false
        for (index, discipline) in disciplines.enumerated() {
            guard let target = match.rule.targets.first(where: { $0.code == discipline.code }) else { continue }
            let proposal: ComparisonSheet.Proposal = target.credits >= discipline.credits ? .full : .partial
            if proposal == .partial { partial = true }
            let justification = "Правило эквивалентности: \(match.providerName), «\(match.rule.achievementName)»"
            let sheet = ComparisonSheet(assessments: Dictionary(uniqueKeysWithValues: ComparisonSheet.Element.allCases.map {
                ($0, ComparisonSheet.Assessment(.matches, justification)) }),
                outcomeMatches: [.init(source: justification, targets: Set(1...max(1, discipline.learningOutcomes.count)))],
                targetOutcomeCount: discipline.learningOutcomes.count, proposal: proposal)
            let conclusion = RecognitionConclusionModel()
            conclusion.caseID = caseID
            conclusion.position = index + 1
            conclusion.sheet = String(decoding: try JSONEncoder().encode(sheet), as: UTF8.self)
            conclusion.creditsHundredths = target.credits.hundredths
            conclusion.gradeLetter = target.letter
            conclusion.gradePassed = target.letter == nil
            conclusion.writtenBy = actor.id
            conclusion.writtenAt = now
            try await conclusion.create(on: db)
        }
        let decision = RecognitionDecisionModel()
        decision.caseID = caseID
        decision.commissionID = match.commissionID
        decision.protocolNumber = match.protocolNumber
        decision.meetingDate = day.iso
        decision.votes = "{}"
        decision.outcome = (partial ? RecognitionOutcome.partiallyGranted : .granted).rawValue
        decision.votesFor = 0
        decision.votesAgainst = 0
        decision.reasons = ""
        decision.decidedBy = actor.id
        decision.decidedAt = now
        try await decision.create(on: db)
        try await AuditEventModel(actor: actor, action: "recognition_automatic", subjectID: caseID,
                                  details: "rule \(match.ruleID.uuidString) (\(match.providerName), protocol \(match.protocolNumber))", at: now)
            .create(on: db)
    }

    /// Sends a submitted case to the expert group in force, the day it is sent (004 §7.7); the
    /// conclusion is due 3 working days later (§7.9).
    public func refer(_ caseID: UUID, by actor: ActingUser) async throws -> RecognitionCaseModel {
        guard actor.role.may(.manageRecognition) else { throw RecognitionCaseError.forbidden }
        guard let model = try await RecognitionCaseModel.find(caseID, on: database) else { throw RecognitionCaseError.notFound }
        guard try model.caseStatus.mayMove(to: .withExperts) else { throw RecognitionCaseError.wrongStatus(try model.caseStatus) }
        guard let group = try await RecognitionBodies(database: database, clock: clock).current(.expertGroup) else {
            throw RecognitionCaseError.noExpertGroup
        }
        let today = CalendarDay(clock.now())
        let due: CalendarDay
        do {
            due = try RecognitionDeadlines(calendar: try await WorkingCalendarStore.calendar(on: database)).conclusionDue(referredOn: today)
        } catch let problem as WorkingCalendar.Problem {
            throw RecognitionCaseError.calendar(problem)
        }
        let now = clock.now()
        try await database.transaction { db in
            model.status = RecognitionStatus.withExperts.rawValue
            model.referredOn = today.iso
            model.expertGroupID = group.id
            model.conclusionDue = due.iso
            try await model.save(on: db)
            try await AuditEventModel(actor: actor, action: "recognition_referred", subjectID: caseID,
                                      details: "\(model.number): expert group order \(group.orderNumber), conclusion due \(due.iso)",
                                      at: now).create(on: db)
        }
        return model
    }

    /// A document's bytes, for the applicant and for the registrar.
    public func download(_ documentID: UUID, by actor: ActingUser) async throws -> (RecognitionDocumentModel, Data) {
        guard let document = try await RecognitionDocumentModel.find(documentID, on: database),
              let model = try await RecognitionCaseModel.find(document.caseID, on: database) else { throw RecognitionCaseError.notFound }
        guard model.learnerID == actor.id || actor.role.may(.manageRecognition) else { throw RecognitionCaseError.forbidden }
        return (document, try storage.read(document.storedName))
    }

    static func checksJSON(_ report: VerificationReport) -> String {
        let rows = report.checks.map { ["check": $0.check.rawValue, "status": $0.status.rawValue, "message": $0.message] }
        return (try? JSONSerialization.data(withJSONObject: rows, options: [.sortedKeys])).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }
}

/// Why a recognition case change was refused.
public enum RecognitionCaseError: Error, Equatable, Sendable {
    case forbidden
    case notFound
    case deadline(RecognitionDeadlines.Problem)
    case calendar(WorkingCalendar.Problem)
    case unknownProgram(String)
    case unknownDiscipline(String)
    case upload(RecognitionDocumentKind, UploadError)
    case credentialTooLarge(limitBytes: Int)
    case application([RecognitionApplication.Problem])
    case wrongStatus(RecognitionStatus)
    case noExpertGroup
}
