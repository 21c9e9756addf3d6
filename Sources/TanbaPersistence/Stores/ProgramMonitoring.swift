import Fluent
import Foundation
import TanbaCore

/// A registered program's yearly monitoring (004 §5.12, §8.2, §8.4): the department writes its
/// findings and action plan over the year's figures, the council decides to keep, update or
/// withdraw the program, and the actions are tracked to done. Nothing is deleted; a decided
/// record is final; every step is audited.
public struct ProgramMonitoring: Sendable {
    public let database: any Database
    public let clock: Clock

    public init(database: any Database, clock: Clock) {
        self.database = database
        self.clock = clock
    }

    /// A program with its monitoring of the current year, if opened.
    public struct Sheet: Sendable {
        public let program: ProgramModel
        public let code: String
        public let title: String
        public let department: String
        public let editionID: UUID
        public let validUntil: CalendarDay?
        public let year: Int
        public let record: MonitoringRecordModel?
        public let actions: [MonitoringActionModel]
        /// Earlier years' records, newest first.
        public let history: [MonitoringRecordModel]
    }

    /// Why a monitoring step was refused; nothing changed.
    public enum Problem: Error, Equatable, Sendable {
        case forbidden
        case notFound
        case notRegistered
        case alreadyDecided
        case findingsMissing
        case actionLines([Int])
        case protocolNumberMissing
        case meetingDateInvalid
        case alreadyDone
    }

    public func sheet(code: String) async throws -> Sheet {
        guard let program = try await ProgramModel.query(on: database).filter(\.$code == code).first() else { throw Problem.notFound }
        // A withdrawn program has no public edition: its record stays readable through its latest one.
        guard let edition = try await program.currentEdition(on: database), let editionID = edition.id else { throw Problem.notFound }
        let content = try edition.decodedContent()
        let year = CalendarDay(clock.now()).year
        let records = try await MonitoringRecordModel.query(on: database).filter(\.$programID == program.requireID())
            .sort(\.$year, .descending).all()
        let current = records.first { $0.year == year }
        var actions: [MonitoringActionModel] = []
        if let current {
            actions = try await MonitoringActionModel.query(on: database).filter(\.$recordID == current.requireID()).sort(\.$position).all()
        }
        return Sheet(program: program, code: code, title: content.title, department: content.passport.department, editionID: editionID,
                     validUntil: program.validUntil.map(CalendarDay.init), year: year, record: current, actions: actions,
                     history: records.filter { $0.year != year })
    }

    /// The department's findings (revised until the council decides) and new actions of the plan
    /// (added, never removed). Opening the year's record freezes the academic year's figures in it.
    public func saveFindings(code: String, findings: String, actions text: String, by actor: ActingUser) async throws {
        guard actor.role.may(.writeMonitoring) else { throw Problem.forbidden }
        let sheet = try await sheet(code: code)
        guard try await ProgramEditionModel.find(sheet.editionID, on: database)?.editionStatus == .registered else { throw Problem.notRegistered }
        guard sheet.record?.decision == nil else { throw Problem.alreadyDecided }
        let (actions, bad) = MonitoringAction.parse(text)
        guard bad.isEmpty else { throw Problem.actionLines(bad) }
        let trimmed = String(findings.trimmingCharacters(in: .whitespacesAndNewlines).prefix(20_000))
        guard !trimmed.isEmpty else { throw Problem.findingsMissing }
        let now = clock.now()
        let figures: Data
        if let record = sheet.record { figures = Data(record.figures.utf8) } else {
            let report = try await ProgramReport.load(ReportPeriod.academicYear(containing: CalendarDay(now)), on: database, clock: clock)
            figures = try JSONEncoder().encode(report.lines.first { $0.code == code }?.funnel ?? ProgramFunnel())
        }
        try await database.transaction { db in
            let record = sheet.record ?? MonitoringRecordModel()
            if sheet.record == nil {
                record.programID = try sheet.program.requireID()
                record.year = sheet.year
                record.figures = String(decoding: figures, as: UTF8.self)
                record.createdBy = actor.id
                record.createdAt = now
            }
            record.findings = trimmed
            try await record.save(on: db)
            let first = sheet.actions.count
            for (index, action) in actions.enumerated() {
                try await MonitoringActionModel(recordID: try record.requireID(), position: first + index + 1, action: action).create(on: db)
            }
            try await AuditEventModel(actor: actor, action: "monitoring_findings", subjectID: try sheet.program.requireID(),
                                      details: "\(code) \(sheet.year): \(actions.count) new action(s)", at: now).create(on: db)
        }
    }

    /// Marks an action of the plan done, once.
    public func markDone(_ actionID: UUID, by actor: ActingUser) async throws {
        guard actor.role.may(.writeMonitoring) || actor.role.may(.decideMonitoring) else { throw Problem.forbidden }
        guard let action = try await MonitoringActionModel.find(actionID, on: database) else { throw Problem.notFound }
        guard action.doneOn == nil else { throw Problem.alreadyDone }
        let now = clock.now()
        try await database.transaction { db in
            action.doneOn = CalendarDay(now).iso
            action.doneBy = actor.id
            try await action.update(on: db)
            try await AuditEventModel(actor: actor, action: "monitoring_action_done", subjectID: actionID, details: action.text, at: now)
                .create(on: db)
        }
    }

    /// Records the council's decision on this year's monitoring: the registration is renewed
    /// (keep, update) or the program withdrawn through the approval workflow (withdraw).
    public func decide(code: String, _ decision: MonitoringDecision, protocolNumber: String, meetingDate: String,
                       by actor: ActingUser) async throws {
        guard actor.role.may(.decideMonitoring) else { throw Problem.forbidden }
        let sheet = try await sheet(code: code)
        guard let record = sheet.record, !record.findings.isEmpty else { throw Problem.findingsMissing }
        guard record.decision == nil else { throw Problem.alreadyDecided }
        let number = protocolNumber.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !number.isEmpty else { throw Problem.protocolNumberMissing }
        let today = CalendarDay(clock.now())
        guard let meeting = CalendarDay(iso: meetingDate.trimmingCharacters(in: .whitespaces)), meeting <= today else {
            throw Problem.meetingDateInvalid
        }
        let policy = try await SettingsStore.policy(on: database)
        let renewed = decision.validUntil(current: sheet.validUntil, meeting: meeting, months: policy.monitoringPeriodMonths)
        if decision == .withdraw {
            // 004 §8.4: the academic council withdraws it; the registry shows it withdrawn from now on.
            _ = try await ProgramStore(database: database, clock: clock).perform(
                .withdraw, on: sheet.editionID, by: actor,
                record: .init(conclusion: "Мониторинг \(sheet.year): выведена из реестра", documentNumber: number, meetingDate: meeting.iso))
        }
        let now = clock.now()
        try await database.transaction { db in
            record.decision = decision.rawValue
            record.protocolNumber = number
            record.meetingDate = meeting.iso
            record.validUntil = renewed?.iso
            record.decidedBy = actor.id
            record.decidedAt = now
            try await record.update(on: db)
            if let renewed, let program = try await ProgramModel.find(try sheet.program.requireID(), on: db) {
                program.validUntil = Monitoring.calendar.date(from: DateComponents(year: renewed.year, month: renewed.month, day: renewed.day))
                try await program.update(on: db)
            }
            try await AuditEventModel(actor: actor, action: "monitoring_decided", subjectID: try sheet.program.requireID(),
                                      details: "\(code) \(sheet.year): \(decision.rawValue), protocol \(number) of \(meeting.iso)"
                                          + (renewed.map { ", valid until \($0.iso)" } ?? ""), at: now).create(on: db)
        }
    }
}
