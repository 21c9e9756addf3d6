import Fluent
import Vapor
import TanbaCore
import TanbaPersistence

/// The integration API for student information systems, with the same rules as the pages.
struct IntakeAPIController: APIRouteCollection {
    func boot(api routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.apiIntakes.pattern, use: intakes)
        routes.get(SiteRoute.apiIntakeLearners(RouteParameter.id).pattern, use: learners)
        routes.get(SiteRoute.apiGradebook(RouteParameter.id).pattern, use: gradebook)
        routes.put(SiteRoute.apiGradebook(RouteParameter.id).pattern, use: updateGradebook)
    }

    /// Registrars and administrators see every intake, a teacher the intakes they grade in (`IntakeScope`).
    private func visibleIntakes(_ request: Request, actor: ActingUser) async throws -> [IntakeModel] {
        guard IntakeScope.of(actor.role) != nil else { throw Abort(.forbidden, reason: request.t("error.forbidden")) }
        return try await IntakeStore(database: request.db, clock: try request.clock()).visible(to: actor)
    }

    private func intake(_ request: Request, actor: ActingUser) async throws -> IntakeModel {
        let id = try request.parameter(.id)
        guard let intake = try await visibleIntakes(request, actor: actor).first(where: { $0.id == id }) else {
            if try await !IntakeStore(database: request.db, clock: try request.clock()).exists(id) {
                throw Abort(.notFound, reason: request.t("error.http.404"))
            }
            throw Abort(.forbidden, reason: request.t("error.forbidden"))
        }
        return intake
    }

    @Sendable func intakes(_ request: Request) async throws -> [IntakeDTO] {
        let actor = try request.requireActor()
        let store = IntakeStore(database: request.db, clock: try request.clock())
        let today = try request.today()
        return try await store.withPrograms(try await visibleIntakes(request, actor: actor)).map { intake, content, code in
            try IntakeDTO(intake, content: content, programCode: code, today: today)
        }
    }

    @Sendable func learners(_ request: Request) async throws -> [IntakeLearnerDTO] {
        let actor = try request.requireActor()
        let intake = try await intake(request, actor: actor)
        let learners = try await GradebookStore(database: request.db, clock: try request.clock())
            .enrolledLearners(of: try intake.requireID())
        let profiles = try await LearnerProfileStore(database: request.db).profiles(of: learners.compactMap(\.id))
        return try learners.map { learner in
            let id = try learner.requireID()
            return IntakeLearnerDTO(id: id, login: learner.login, fullName: learner.fullName,
                                    category: profiles[id]?.category, organisation: profiles[id]?.organisation)
        }
    }

    @Sendable func gradebook(_ request: Request) async throws -> GradebookDTO {
        let actor = try request.requireActor()
        let intake = try await intake(request, actor: actor)
        let sheet = try await GradebookStore(database: request.db, clock: try request.clock()).sheet(for: try intake.requireID())
        var entries: [GradebookDTO.Entry] = []
        for row in sheet.rows {
            for cell in row.cells {
                var points: Int?, letter: String?, gradePoints: String?
                switch cell.standing {
                case .graded(let value, let band):
                    points = value
                    letter = band.letter
                    gradePoints = "\(band.gradePoints)"
                case .notAdmitted:
                    letter = "F"
                    gradePoints = "0"
                case .inProgress:
                    break
                case .recognised(let band):
                    letter = band?.letter
                    gradePoints = band.map { "\($0.gradePoints)" }
                }
                entries.append(.init(learner: row.learner.login, discipline: cell.discipline, attempt: cell.attempt.number,
                                     currentControl: cell.attempt.currentControl, midterm: cell.attempt.midterm,
                                     exam: cell.attempt.exam, reExam: cell.attempt.reExam, finalPoints: points,
                                     letter: letter, gradePoints: gradePoints, credits: "\(cell.credits)",
                                     passed: cell.standing.isPassed,
                                     recognised: { if case .recognised = cell.standing { return true } else { return nil } }()))
            }
        }
        return GradebookDTO(intakeID: try intake.requireID(), entries: entries)
    }

    @Sendable func updateGradebook(_ request: Request) async throws -> GradebookDTO {
        let actor = try request.requireActor(.recordGrades)
        let intake = try await intake(request, actor: actor)
        let update: GradebookUpdateDTO
        _ = try request.requireJSONObjectBody()
        do {
            update = try request.content.decode(GradebookUpdateDTO.self)
        } catch {
            throw Abort(.badRequest, reason: request.t("api.error.body"))
        }
        guard !update.marks.isEmpty, update.marks.count <= 5_000 else {
            throw Abort(.badRequest, reason: request.t("api.error.body"))
        }
        let store = GradebookStore(database: request.db, clock: try request.services().clock)
        let learners = try await store.enrolledLearners(of: try intake.requireID())
        var marks: [GradebookStore.Mark] = []
        for (index, mark) in update.marks.enumerated() {
            guard let learner = learners.first(where: { $0.login == mark.learner.lowercased() }), let id = learner.id else {
                throw Abort(.unprocessableEntity, reason: request.t("api.error.mark", ["index": "\(index)"]) + " "
                            + request.t("import.learner_unknown", ["value": mark.learner]))
            }
            guard let kind = AssessmentKind(rawValue: mark.kind) else {
                throw Abort(.unprocessableEntity, reason: request.t("api.error.mark", ["index": "\(index)"]) + " "
                            + request.t("grading.form_invalid"))
            }
            if let reason = mark.reason, reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty || reason.count > 300 {
                throw Abort(.unprocessableEntity, reason: request.t("api.error.mark", ["index": "\(index)"]) + " "
                            + request.t("grading.correction_reason_required"))
            }
            marks.append(.init(learnerID: id, discipline: mark.discipline, kind: kind, points: mark.points, reason: mark.reason))
        }
        do {
            try await store.record(marks, in: try intake.requireID(), by: actor, source: "api")
        } catch let error as LearningStoreError {
            throw Abort(request.status(for: error), reason: request.message(for: error))
        }
        return try await gradebook(request)
    }
}
