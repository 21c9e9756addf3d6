import Fluent
import Foundation
import SQLKit
import TanbaCore

/// A program's surveys (004 §5.12): a learner answers once per certificate from their own page;
/// an employer answers once through a link whose token is stored only as a hash. The answer is
/// written apart from the invitation, with the program, the kind and the day only, so no report
/// or export can tell whose answer it is.
public struct Surveys: Sendable {
    public let database: any Database
    public let clock: Clock
    public let random: RandomSource

    public init(database: any Database, clock: Clock, random: RandomSource) {
        self.database = database
        self.clock = clock
        self.random = random
    }

    /// Why a survey step was refused; nothing changed.
    public enum Problem: Error, Equatable, Sendable {
        case forbidden
        case notFound
        /// The certificate's survey was answered, or the link used.
        case alreadyAnswered
        case certificateRevoked
        case recipientMissing
        case invalid([SurveyProblem])
    }

    /// What a survey asks about: the program and its learning outcomes.
    public struct Questionnaire: Sendable {
        public let programID: UUID
        public let code: String
        public let title: String
        public let outcomes: [LearningOutcome]
        public let declaredHours: Int
    }

    // MARK: Learners

    /// The survey a learner is offered for one of their certificates.
    public func questionnaire(certificateID: UUID, learnerID: UUID) async throws -> Questionnaire {
        let (certificate, questionnaire) = try await learnerSurvey(certificateID: certificateID, learnerID: learnerID)
        guard try await SurveyInvitationModel.query(on: database).filter(\.$certificateID == certificateID).count() == 0 else {
            throw Problem.alreadyAnswered
        }
        guard try certificate.certificateStatus == .valid else { throw Problem.certificateRevoked }
        return questionnaire
    }

    /// Stores a learner's answer, once per certificate.
    public func answer(certificateID: UUID, learnerID: UUID, fields: [String: String]) async throws {
        let questionnaire = try await questionnaire(certificateID: certificateID, learnerID: learnerID)
        let answer: LearnerSurveyAnswer
        switch SurveyForm.learner(fields, outcomes: questionnaire.outcomes.map(\.code), declaredHours: questionnaire.declaredHours) {
        case .success(let read): answer = read
        case .failure(let refusal): throw Problem.invalid(refusal.problems)
        }
        let now = clock.now()
        let json = String(decoding: try Self.encoder.encode(answer), as: UTF8.self)
        do {
            try await database.transaction { db in
                // The unique certificate makes a second answer fail even when two arrive at once.
                try await SurveyInvitationModel(kind: .learner, programID: questionnaire.programID, certificateID: certificateID,
                                                recipient: "", answered: true, by: nil, at: now).create(on: db)
                try await SurveyAnswerModel(kind: .learner, programID: questionnaire.programID, on: CalendarDay(now), answer: json)
                    .create(on: db)
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw Problem.alreadyAnswered
        }
    }

    /// The learner's certificates whose survey is answered.
    public func answered(certificates ids: [UUID]) async throws -> Set<UUID> {
        guard !ids.isEmpty else { return [] }
        return Set(try await SurveyInvitationModel.query(on: database).filter(\.$certificateID ~~ ids).all().compactMap(\.certificateID))
    }

    private func learnerSurvey(certificateID: UUID, learnerID: UUID) async throws -> (CertificateModel, Questionnaire) {
        guard let certificate = try await CertificateModel.find(certificateID, on: database), certificate.learnerID == learnerID,
              let intake = try await IntakeModel.find(certificate.intakeID, on: database),
              let program = try await ProgramModel.find(intake.programID, on: database),
              let edition = try await ProgramEditionModel.find(intake.editionID, on: database) else { throw Problem.notFound }
        return (certificate, try Self.questionnaire(program, edition))
    }

    // MARK: Employers

    /// Makes a single-use link for an employer and returns its token, shown once.
    public func invite(code: String, recipient: String, by actor: ActingUser) async throws -> String {
        guard actor.role.may(.inviteSurveyRespondents) else { throw Problem.forbidden }
        let name = String(recipient.trimmingCharacters(in: .whitespacesAndNewlines).prefix(300))
        guard !name.isEmpty else { throw Problem.recipientMissing }
        guard let program = try await ProgramModel.query(on: database).filter(\.$code == code).first() else { throw Problem.notFound }
        let token = random.token()
        let now = clock.now()
        try await database.transaction { db in
            let invitation = SurveyInvitationModel(kind: .employer, programID: try program.requireID(), certificateID: nil,
                                                   recipient: name, answered: false, by: actor.id, at: now)
            invitation.tokenHash = Self.hash(token)
            try await invitation.create(on: db)
            try await AuditEventModel(actor: actor, action: "survey_invited", subjectID: try program.requireID(),
                                      details: "\(code): \(name)", at: now).create(on: db)
        }
        return token
    }

    /// The survey behind an employer's link, while it is unused.
    public func questionnaire(token: String) async throws -> Questionnaire {
        let invitation = try await invitation(token: token)
        guard !invitation.answered else { throw Problem.alreadyAnswered }
        guard let program = try await ProgramModel.find(invitation.programID, on: database),
              let edition = try await program.currentEdition(on: database) else { throw Problem.notFound }
        return try Self.questionnaire(program, edition)
    }

    /// Stores an employer's answer and spends the link: of two submissions at once, one counts.
    public func answer(token: String, fields: [String: String]) async throws {
        let questionnaire = try await questionnaire(token: token)
        let answer: EmployerSurveyAnswer
        switch SurveyForm.employer(fields, outcomes: questionnaire.outcomes.map(\.code)) {
        case .success(let read): answer = read
        case .failure(let refusal): throw Problem.invalid(refusal.problems)
        }
        let now = clock.now()
        let json = String(decoding: try Self.encoder.encode(answer), as: UTF8.self)
        let hash = Self.hash(token)
        try await database.transaction { db in
            guard let sql = db as? any SQLDatabase else { throw Problem.notFound }
            let spent = try await sql.update(SurveyInvitationModel.schema).set("answered", to: true)
                .where("token_hash", .equal, hash).where("answered", .equal, false)
                .returning("id").all()
            guard !spent.isEmpty else { throw Problem.alreadyAnswered }
            try await SurveyAnswerModel(kind: .employer, programID: questionnaire.programID, on: CalendarDay(now), answer: json).create(on: db)
        }
    }

    /// The links made for a program's employers, newest first: to whom, and whether answered.
    public func invitations(code: String) async throws -> [SurveyInvitationModel] {
        guard let program = try await ProgramModel.query(on: database).filter(\.$code == code).first() else { throw Problem.notFound }
        return try await SurveyInvitationModel.query(on: database).filter(\.$programID == program.requireID())
            .filter(\.$kind == SurveyKind.employer.rawValue).sort(\.$createdAt, .descending).all()
    }

    /// Whom a program's employer survey should reach: its partner organisation, the employers who
    /// agreed the program, and the employers who sat on its commissions.
    public func suggestedRecipients(code: String) async throws -> [String] {
        guard let program = try await ProgramModel.query(on: database).filter(\.$code == code).first(),
              let edition = try await program.currentEdition(on: database) else { throw Problem.notFound }
        let content = try edition.decodedContent()
        var names = [content.passport.partnerOrganisation]
        names += (content.employerAgreements ?? []).map { "\($0.organisation) — \($0.name)" }
        let intakeIDs = try await IntakeModel.query(on: database).filter(\.$programID == program.requireID()).all(\.$id)
        if !intakeIDs.isEmpty {
            let commissions = try await CommissionModel.query(on: database).filter(\.$intakeID ~~ intakeIDs).all(\.$id)
            if !commissions.isEmpty {
                names += try await CommissionMemberModel.query(on: database).filter(\.$commissionID ~~ commissions)
                    .filter(\.$kind == CommissionMemberKind.employer.rawValue).all()
                    .map { $0.position.isEmpty ? $0.fullName : "\($0.fullName), \($0.position)" }
            }
        }
        var seen = Set<String>()
        return names.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    private func invitation(token: String) async throws -> SurveyInvitationModel {
        guard token.count == 43, let invitation = try await SurveyInvitationModel.query(on: database)
            .filter(\.$tokenHash == Self.hash(token)).first() else { throw Problem.notFound }
        return invitation
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return encoder
    }

    static func hash(_ token: String) -> String { Digest.sha256Hex(Array(token.utf8)) }

    static func questionnaire(_ program: ProgramModel, _ edition: ProgramEditionModel) throws -> Questionnaire {
        let content = try edition.decodedContent()
        return Questionnaire(programID: try program.requireID(), code: program.code ?? "", title: content.title,
                             outcomes: content.learningOutcomes, declaredHours: content.totalHours)
    }


    // MARK: Results

    /// Every program's answers over a period, added up: what reports and dossiers show.
    public struct Results: Sendable {
        public var learners: [UUID: LearnerSurveyTally] = [:]
        public var employers: [UUID: EmployerSurveyTally] = [:]
    }

    public static func results(_ period: ReportPeriod, programID: UUID? = nil, on database: any Database) async throws -> Results {
        var query = SurveyAnswerModel.query(on: database)
            .filter(\.$answeredOn >= period.from.iso).filter(\.$answeredOn <= period.to.iso)
        if let programID { query = query.filter(\.$programID == programID) }
        var results = Results()
        let decoder = JSONDecoder()
        for row in try await query.all() {
            switch try row.surveyKind {
            case .learner: results.learners[row.programID, default: .init()].add(try decoder.decode(LearnerSurveyAnswer.self, from: Data(row.answer.utf8)))
            case .employer: results.employers[row.programID, default: .init()].add(try decoder.decode(EmployerSurveyAnswer.self, from: Data(row.answer.utf8)))
            }
        }
        return results
    }
}

extension SurveyInvitationModel {
    convenience init(kind: SurveyKind, programID: UUID, certificateID: UUID?, recipient: String, answered: Bool, by actor: UUID?, at date: Date) {
        self.init()
        self.kind = kind.rawValue
        self.programID = programID
        self.certificateID = certificateID
        self.recipient = recipient
        self.answered = answered
        self.createdBy = actor
        self.createdAt = date
    }
}

extension SurveyAnswerModel {
    public convenience init(kind: SurveyKind, programID: UUID, on day: CalendarDay, answer: String) {
        self.init()
        self.kind = kind.rawValue
        self.programID = programID
        self.answeredOn = day.iso
        self.answer = answer
    }
}

extension ProgramModel {
    /// The edition the program is known by: its public one, or for a withdrawn program its latest.
    public func currentEdition(on database: any Database) async throws -> ProgramEditionModel? {
        if let id = publicEditionID, let edition = try await ProgramEditionModel.find(id, on: database) { return edition }
        return try await ProgramEditionModel.query(on: database).filter(\.$program.$id == requireID())
            .sort(\.$number, .descending).first()
    }
}
