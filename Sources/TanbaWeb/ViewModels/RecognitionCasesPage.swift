import Foundation
import Vapor
import TanbaCore
import TanbaPersistence

/// The recognition commission's page: every case by state, with its due date and the cases
/// whose referral or conclusion is late flagged.
struct RecognitionCasesPage: Encodable {
    let groups: [Group]
    let total: Int
    let byPeriod: [CountRow]
    let bySource: [CountRow]

    /// Outcomes counted for one period or one kind of source.
    struct CountRow: Encodable {
        let name: String
        let granted: Int
        let partiallyGranted: Int
        let refused: Int
        let open: Int
        let total: Int

        init(_ name: String, _ counts: RecognitionStatistics.Counts) {
            self.name = name
            granted = counts.granted
            partiallyGranted = counts.partiallyGranted
            refused = counts.refused
            open = counts.open
            total = counts.total
        }
    }

    struct Group: Encodable {
        let title: String
        let code: String
        let count: Int
        let cases: [CaseRow]
    }

    struct CaseRow: Encodable {
        let number: String
        let href: String
        let learner: String
        let source: String
        let sourceKind: String
        let targets: String
        let period: String
        let filedOn: String
        let due: String
        let overdue: Bool
        var outcome: String? = nil
        var outcomeCode = ""
    }

    init(_ list: RecognitionCaseList, today: CalendarDay, request: Request) throws {
        total = list.rows.count
        let statistics = try Self.statistics(list)
        byPeriod = statistics.byPeriod.map { CountRow($0.period, $0.counts) }
        bySource = statistics.bySourceKind.map { CountRow(request.t("recognition.source_kind.\($0.kind.rawValue)"), $0.counts) }
        groups = try RecognitionStatus.allCases.compactMap { status in
            let rows = list.rows.filter { $0.status == status }
            guard !rows.isEmpty else { return nil }
            return Group(title: request.t("recognition.status.\(status.rawValue)"), code: status.rawValue, count: rows.count, cases: try rows.map { row in
                let id = try row.model.requireID()
                let (due, overdue) = Self.due(row, today: today, request: request)
                return CaseRow(number: row.model.number, href: SiteRoute.recognitionCase(id).path, learner: row.learnerName,
                               source: row.source.issuer + " — " + row.source.title,
                               sourceKind: request.t("recognition.source_kind.\(row.source.kind.rawValue)"),
                               targets: row.disciplines.map { "\($0.code) \($0.name)" }.joined(separator: "; "),
                               period: row.period?.title ?? "", filedOn: AlmatyDate.dotted(iso: row.model.filedOn), due: due, overdue: overdue,
                               outcome: row.decision.map { request.t("recognition.outcome.\($0.outcome)") }, outcomeCode: row.decision?.outcome ?? "")
            })
        }
    }

    static func statistics(_ list: RecognitionCaseList) throws -> RecognitionStatistics {
        RecognitionStatistics(try list.rows.map {
            .init(period: $0.period?.title ?? "", sourceKind: $0.source.kind, outcome: try $0.decision?.recognitionOutcome)
        })
    }

    /// The counts as CSV, by period and by kind of source, for the annual report.
    static func csv(_ list: RecognitionCaseList, request: Request) throws -> Data {
        let statistics = try statistics(list)
        let header = ["group", "name", "granted", "partially_granted", "refused", "open", "total"]
        let row = { (group: String, name: String, counts: RecognitionStatistics.Counts) in
            [group, name, "\(counts.granted)", "\(counts.partiallyGranted)", "\(counts.refused)", "\(counts.open)", "\(counts.total)"]
        }
        return CSV.write([header] + statistics.byPeriod.map { row("period", $0.period, $0.counts) }
            + statistics.bySourceKind.map { row("source_kind", $0.kind.rawValue, $0.counts) } + [row("total", "", statistics.total)])
    }

    /// What is due next and whether it is late: referral the day of filing (004 §7.7), the
    /// conclusion by its due day (§7.9).
    static func due(_ row: RecognitionCaseList.Row, today: CalendarDay, request: Request) -> (String, Bool) {
        switch row.status {
        case .submitted:
            let filed = CalendarDay(iso: row.model.filedOn)
            return (request.t("recognition.due.referral", ["date": AlmatyDate.dotted(iso: row.model.filedOn)]), filed.map { $0 < today } ?? false)
        case .withExperts:
            guard let due = row.model.conclusionDue.flatMap(CalendarDay.init(iso:)) else { return ("", false) }
            return (request.t("recognition.due.conclusion", ["date": due.dotted]), due < today)
        default:
            return ("", false)
        }
    }
}

/// One case as the registrar sees it: the application, its documents and credential checks,
/// where it stands and what can be done next.
struct RecognitionCasePage: Encodable {
    let number: String
    let status: String
    let learner: String
    let filedBy: String
    let filedOn: String
    let purpose: String
    let period: String
    let program: String
    let source: [Line]
    let targets: [Target]
    let documents: [Document]
    let credential: Credential?
    let due: String
    let overdue: Bool
    let canRefer: Bool
    let expertGroup: String?
    let actionLink: String
    let errors: [String]
    let conclusions: [ConclusionView]
    let proposal: String?
    let needsInterview: Bool
    let interview: String?
    let interviewLink: String
    let today: String
    let canDecide: Bool
    let canEnter: Bool
    /// Recognised at once by an equivalency rule, or why a credential did not suffice.
    let automatic: String?
    let automaticRefusal: String?
    let canMakeRule: Bool
    let entry: EntryView?
    let voters: [Voter]
    let decision: DecisionView?

    struct Voter: Encodable {
        let id: String
        let name: String
        let seat: String
        /// The vote the member cast from their own account, which the decision takes as it is.
        let ballot: String?
    }

    /// The recognised disciplines as entered into the learner's record.
    struct EntryView: Encodable {
        let lines: [String]
        let summary: String
        let orderLink: String
    }

    struct DecisionView: Encodable {
        let outcome: String
        let outcomeCode: String
        let protocolLine: String
        let votes: String
        let reasons: String
        let protocolLink: String
        let extractLink: String
    }

    /// The experts' conclusion on one discipline, as the commission reads it.
    struct ConclusionView: Encodable {
        let discipline: String
        let proposal: String
        let credits: String
        let grade: String
        let coverage: String
        /// What the experts read in the source's syllabus.
        let sourceOutcomes: String
        let elements: [Line]
    }

    struct Line: Encodable {
        let label: String
        let value: String
    }

    struct Target: Encodable {
        let code: String
        let name: String
        let credits: String
        let outcomes: [String]
    }

    struct Document: Encodable {
        let kind: String
        let name: String
        let href: String
    }

    struct Credential: Encodable {
        let status: String
        let statusCode: String
        let checks: [Check]
    }

    struct Check: Encodable {
        let check: String
        let status: String
        let message: String
    }

    init(_ file: RecognitionCaseFile, today: CalendarDay, errors: [String], request: Request) throws {
        let row = file.row, model = row.model, stated = row.source
        number = model.number
        status = request.t("recognition.status.\(row.status.rawValue)")
        learner = row.learnerName
        filedBy = file.filedByName
        filedOn = AlmatyDate.dotted(iso: model.filedOn)
        purpose = request.t("recognition.purpose.\(model.purpose)")
        period = row.period.map { "\($0.title) (\($0.startsOn.dotted) — \($0.endsOn.dotted))" } ?? ""
        program = model.targetProgramCode + " " + model.targetProgramName
        let grade: String = switch stated.grade {
        case .percent(let value): "\(value) %"
        case .letter(let letter): letter
        case .passFail(let passed): request.t(passed ? "recognition.grade.passed" : "recognition.grade.failed")
        }
        source = [
            Line(label: request.t("recognition.field.source_kind"), value: request.t("recognition.source_kind.\(stated.kind.rawValue)")),
            Line(label: request.t("recognition.field.issuer"), value: stated.issuer),
            Line(label: request.t("recognition.field.country"), value: stated.country),
            Line(label: request.t("recognition.field.title"), value: stated.title),
            Line(label: request.t("recognition.field.hours"), value: stated.hours.map(String.init) ?? "—"),
            Line(label: request.t("recognition.field.credits"), value: stated.credits.map { "\($0)" } ?? "—"),
            Line(label: request.t("recognition.field.grade"), value: grade),
            Line(label: request.t("recognition.field.completed_on"), value: stated.completedOn?.dotted ?? "—"),
        ]
        targets = row.disciplines.map { Target(code: $0.code, name: $0.name, credits: "\($0.credits)", outcomes: $0.learningOutcomes) }
        documents = try file.documents.map { document in
            Document(kind: request.t("recognition.document.\(document.kind)"), name: document.originalName,
                     href: SiteRoute.recognitionDocument(try document.requireID()).path)
        }
        credential = model.credentialStatus.map { status in
            let rows = (model.credentialChecks.flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) } as? [[String: String]]) ?? []
            return Credential(status: request.t("recognition.credential.\(status)"), statusCode: status,
                              checks: rows.map { Check(check: $0["check"] ?? "", status: $0["status"] ?? "", message: $0["message"] ?? "") })
        }
        (due, overdue) = RecognitionCasesPage.due(row, today: today, request: request)
        canRefer = row.status == .submitted
        expertGroup = file.expertGroup.map { group in
            request.t("recognition.bodies.order", ["number": group.orderNumber, "date": AlmatyDate.dotted(iso: group.orderDate)]) + ": "
                + group.members.map(\.name).joined(separator: ", ")
        }
        actionLink = SiteRoute.recognitionCase(try model.requireID()).path
        self.errors = errors
        var concluded: [ComparisonSheet.Proposal] = []
        conclusions = try file.conclusions.map { stored in
            let sheet = try stored.comparisonSheet
            let discipline = row.disciplines.indices.contains(stored.position - 1) ? row.disciplines[stored.position - 1] : nil
            concluded.append(sheet.proposal)
            return ConclusionView(
                discipline: discipline.map { "\($0.code) \($0.name)" } ?? "",
                proposal: request.t("recognition.proposal.\(sheet.proposal.rawValue)"), credits: "\(stored.credits)",
                grade: stored.gradeLetter ?? (stored.gradePassed ? request.t("recognition.grade.passed") : "—"),
                coverage: request.t("recognition.conclusion.coverage", ["covered": "\(sheet.coveredTargets.count)",
                                                                        "total": "\(sheet.targetOutcomeCount)", "percent": "\(sheet.coveragePercent)"]),
                sourceOutcomes: sheet.outcomeMatches.map(\.source).filter { !$0.isEmpty }.joined(separator: "; "),
                elements: ComparisonSheet.Element.allCases.compactMap { element in
                    sheet.assessments[element].map { assessment in
                        Line(label: request.t("recognition.element.\(element.rawValue)"),
                             value: request.t("recognition.verdict.\(assessment.verdict.rawValue)")
                                + (assessment.justification.isEmpty ? "" : ": " + assessment.justification))
                    }
                })
        }
        proposal = concluded.isEmpty ? nil : request.t("recognition.proposal.\(ExpertConclusionRules.proposal(of: concluded).rawValue)")
        needsInterview = stated.kind.requiresInterview && file.interview == nil && row.status != .decided && row.status != .entered
        interview = file.interview.map { interview in
            request.t("recognition.interview.summary", ["date": AlmatyDate.dotted(iso: interview.heldOn), "members": interview.members,
                                                         "result": request.t(interview.passed ? "recognition.interview.passed" : "recognition.interview.failed")])
                + (interview.notes.isEmpty ? "" : " " + interview.notes)
        }
        interviewLink = SiteRoute.recognitionInterview(try model.requireID()).path
        self.today = today.iso
        canDecide = row.status == .conclusionReady && !needsInterview && file.commission != nil
        voters = (file.commission?.members ?? []).filter(\.member.seat.votes).map {
            Voter(id: $0.member.userID.uuidString, name: $0.name, seat: request.t("recognition.seat.\($0.member.seat.rawValue)"),
                  ballot: file.ballots[$0.member.userID].map { vote in
                      request.t("recognition.ballot.cast", ["vote": request.t(vote == .award ? "recognition.decision.for" : "recognition.decision.against")])
                  })
        }
        let caseID = try model.requireID()
        automatic = model.automaticRuleID.map { _ in
            request.t("recognition.automatic.recognised", ["number": file.decision?.protocolNumber ?? ""])
        }
        // Why it went the manual way matters until the commission decides; then the decision speaks.
        automaticRefusal = (row.status == .decided || row.status == .entered) ? nil
            : model.automaticRefusal.map { request.t("recognition.automatic.manual") + " " + request.automaticRefusal($0) }
        canMakeRule = model.automaticRuleID == nil && model.credentialStatus == "valid"
            && (row.status == .decided || row.status == .entered) && ((try? file.decision?.recognitionOutcome.recognisesCredits) ?? false) == true
        canEnter = row.status == .decided && ((try? file.decision?.recognitionOutcome.recognisesCredits) ?? false) == true
        entry = try file.entry.map { try EntryView($0, caseID: caseID, request: request) }
        decision = file.decision.map { decision in
            DecisionView(outcome: request.t("recognition.outcome.\(decision.outcome)"), outcomeCode: decision.outcome,
                         protocolLine: request.t("recognition.decision.protocol", ["number": decision.protocolNumber,
                                                                                   "date": AlmatyDate.dotted(iso: decision.meetingDate)]),
                         votes: request.t("recognition.pdf.voted", ["for": "\(decision.votesFor)", "against": "\(decision.votesAgainst)"]),
                         reasons: decision.reasons, protocolLink: SiteRoute.recognitionProtocolPDF(caseID).path,
                         extractLink: SiteRoute.recognitionExtractPDF(caseID).path)
        }
    }
}

extension RecognitionCasePage.EntryView {
    init(_ entry: RecognitionEntryModel, caseID: UUID, request: Request) throws {
        lines = try entry.recognised.map { discipline in
            request.t("recognition.entry.line", ["code": discipline.code, "name": discipline.name, "credits": "\(discipline.credits)",
                                                 "grade": discipline.letter ?? request.t("recognition.grade.passed"), "period": "\(discipline.period)"])
        }
        summary = request.t("recognition.entry.summary", ["credits": "\(entry.credits)", "number": entry.orderNumber,
                                                          "date": AlmatyDate.dotted(iso: entry.orderDate)])
            + (entry.reduction.map { " " + request.t("recognition.entry.reduction", ["amount": "\($0)"]) } ?? "")
        orderLink = SiteRoute.recognitionExemptionOrderPDF(caseID).path
    }
}
