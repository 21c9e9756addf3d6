import Vapor
import TanbaCore
import TanbaPersistence

/// An expert's side of recognition: the cases referred to their group, and the conclusion form
/// (004 §7.9); the registrar records the interview of a non-formal learner on the case page.
struct RecognitionExpertiseController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.recognitionExpertise.pattern, use: index)
        routes.get(SiteRoute.recognitionConclusion(RouteParameter.id).pattern, use: form)
        routes.post(SiteRoute.recognitionConclusion(RouteParameter.id).pattern, use: conclude)
        routes.post(SiteRoute.recognitionInterview(RouteParameter.id).pattern, use: interview)
    }

    /// The conclusion as posted, by discipline position: `d[1][verdict][volume]`, `d[1][note][volume]`,
    /// `d[1][covered][]`, `d[1][sourceOutcomes]`, `d[1][proposal]`, `d[1][credits]`.
    struct ConclusionForm: Content {
        var d: [String: DisciplineEntry]?

        struct DisciplineEntry: Content {
            var verdict: [String: String]?
            var note: [String: String]?
            var covered: [String]?
            var sourceOutcomes: String?
            var proposal: String?
            var credits: String?
        }
    }

    /// The interview record as posted; an empty textarea may be left out.
    struct InterviewForm: Content {
        var heldOn = ""
        var members = ""
        var result = ""
        var notes = ""

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            heldOn = try container.decodeIfPresent(String.self, forKey: .heldOn) ?? ""
            members = try container.decodeIfPresent(String.self, forKey: .members) ?? ""
            result = try container.decodeIfPresent(String.self, forKey: .result) ?? ""
            notes = try container.decodeIfPresent(String.self, forKey: .notes) ?? ""
        }
    }

    @Sendable func index(_ request: Request) async throws -> Response {
        let actor = try request.requireActor(.sitOnCommission)
        let rows = try await RecognitionExpertise(database: request.db, clock: try request.clock()).awaitingConclusion(by: actor.id)
        let page = try RecognitionExpertisePage(rows, today: CalendarDay(try request.clock().now()), request: request)
        return try await request.page("recognition-expertise", title: request.t("recognition.expertise.title"), body: page)
    }

    @Sendable func form(_ request: Request) async throws -> Response {
        _ = try request.requireActor(.sitOnCommission)
        return try await render(request, id: try request.parameter(.id))
    }

    @Sendable func conclude(_ request: Request) async throws -> Response {
        let actor = try request.requireActor(.sitOnCommission)
        let id = try request.parameter(.id)
        let form = try request.content.decode(ConclusionForm.self)
        let file = try await RecognitionCaseFile.load(id, on: request.db, clock: try request.clock())
        var entries: [Int: RecognitionExpertise.Entry] = [:]
        var unreadable: [String] = []
        for (index, discipline) in file.row.disciplines.enumerated() {
            let posted = form.d?["\(index + 1)"]
            var assessments: [ComparisonSheet.Element: ComparisonSheet.Assessment] = [:]
            for element in ComparisonSheet.Element.allCases {
                guard let verdict = posted?.verdict?[element.rawValue].flatMap(ComparisonSheet.Verdict.init(rawValue:)) else { continue }
                assessments[element] = .init(verdict, posted?.note?[element.rawValue]?.trimmed ?? "")
            }
            let covered = Set((posted?.covered ?? []).compactMap(Int.init))
            let proposal = posted?.proposal.flatMap(ComparisonSheet.Proposal.init(rawValue:)) ?? .none
            let creditsText = posted?.credits?.trimmed ?? ""
            let credits = creditsText.isEmpty ? nil : Credits(parsing: creditsText)
            if !creditsText.isEmpty, credits == nil {
                unreadable.append(request.t("validation.value_unknown", ["field": "\(discipline.code): " + request.t("recognition.field.credits"), "value": creditsText]))
            }
            let sheet = ComparisonSheet(assessments: assessments,
                                        outcomeMatches: covered.isEmpty ? [] : [.init(source: posted?.sourceOutcomes?.trimmed ?? "", targets: covered)],
                                        targetOutcomeCount: discipline.learningOutcomes.count, proposal: proposal)
            entries[index + 1] = .init(sheet: sheet, credits: credits)
        }
        guard unreadable.isEmpty else { return try await render(request, id: id, errors: unreadable, status: .unprocessableEntity) }
        do {
            _ = try await RecognitionExpertise(database: request.db, clock: try request.clock()).conclude(id, entries: entries, by: actor)
        } catch let error as RecognitionExpertiseError {
            return try await render(request, id: id, errors: request.messages(for: error), status: .unprocessableEntity)
        } catch let error as RecognitionCaseError {
            return try await render(request, id: id, errors: request.messages(for: error), status: request.status(for: error))
        }
        return request.redirect(to: SiteRoute.recognitionExpertise.path, notice: .recorded)
    }

    @Sendable func interview(_ request: Request) async throws -> Response {
        let actor = try request.requireActor(.manageRecognition)
        let id = try request.parameter(.id)
        let form = try request.content.decode(InterviewForm.self)
        do {
            try await RecognitionExpertise(database: request.db, clock: try request.clock())
                .recordInterview(id, heldOn: form.heldOn, members: form.members, passed: form.result == "passed", notes: form.notes, by: actor)
        } catch let error as RecognitionExpertiseError {
            throw Abort(.unprocessableEntity, reason: request.messages(for: error).joined(separator: " "))
        } catch let error as RecognitionCaseError {
            throw Abort(request.status(for: error), reason: request.messages(for: error).joined(separator: " "))
        }
        return request.redirect(to: SiteRoute.recognitionCase(id).path, notice: .recorded)
    }

    private func render(_ request: Request, id: UUID, errors: [String] = [], status: HTTPStatus = .ok) async throws -> Response {
        let actor = try request.requireActor(.sitOnCommission)
        let file: RecognitionCaseFile
        do { file = try await RecognitionCaseFile.load(id, on: request.db, clock: try request.clock()) } catch RecognitionCaseError.notFound {
            throw Abort(.notFound, reason: request.t("error.http.404"))
        }
        guard file.expertGroup?.seat(of: actor.id) != nil else { throw Abort(.forbidden, reason: request.t("error.forbidden")) }
        let policy = try await SettingsStore.policy(on: request.db)
        let page = try RecognitionConclusionForm(file, policy: policy, today: CalendarDay(try request.clock().now()), errors: errors,
                                                 request: request)
        return try await request.page("recognition-conclusion", title: request.t("recognition.conclusion.title", ["number": file.row.model.number]),
                                      body: page, status: status)
    }
}

extension Request {
    func messages(for error: RecognitionExpertiseError) -> [String] {
        switch error {
        case .interviewNotNeeded: [t("recognition.interview.not_needed")]
        case .interviewDateInvalid: [t("recognition.interview.date")]
        case .interviewMembersMissing: [t("validation.required", ["field": t("recognition.interview.members")])]
        case .interviewRecorded: [t("recognition.interview.recorded")]
        case .conclusion(let problems):
            problems.map { problem in
                switch problem {
                case .disciplineMissing(let code): t("recognition.conclusion.missing", ["code": code])
                case .partialCredits(let code): t("recognition.conclusion.partial_credits", ["code": code])
                case .grade(let code, .notPassed): t("recognition.conclusion.grade_not_passed", ["code": code])
                case .grade(let code, .letterNotOnScale(let letter)): t("recognition.conclusion.grade_letter", ["code": code, "letter": letter])
                case .grade(let code, .percentOutOfRange): t("recognition.conclusion.grade_range", ["code": code])
                case .sheet(let code, let sheetProblem):
                    "\(code): " + {
                        switch sheetProblem {
                        case .elementNotAssessed(let element): t("recognition.conclusion.not_assessed", ["element": t("recognition.element.\(element.rawValue)")])
                        case .justificationMissing(let element): t("recognition.conclusion.justify", ["element": t("recognition.element.\(element.rawValue)")])
                        case .unknownTargetOutcome(let number): t("recognition.conclusion.unknown_outcome", ["number": "\(number)"])
                        case .fullDespiteSubstantialDifference(let elements):
                            t("recognition.conclusion.full_despite", ["elements": elements.map { t("recognition.element.\($0.rawValue)") }.joined(separator: ", ")])
                        case .refusalWithoutSubstantialDifference: t("recognition.conclusion.refusal_without")
                        }
                    }()
                }
            }
        }
    }
}
