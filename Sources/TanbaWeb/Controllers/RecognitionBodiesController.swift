import Vapor
import TanbaCore
import TanbaPersistence

/// The registrar forms the recognition commission and the expert group by the rector's orders.
struct RecognitionBodiesController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.recognitionBodies.pattern, use: show)
        routes.post(SiteRoute.recognitionBodies.pattern, use: form)
    }

    /// One body's form as posted; member rows left without an account are ignored.
    struct BodyForm: Content {
        var kind: String = ""
        var orderNumber: String = ""
        var orderDate: String = ""
        var members: [String: [String: String]]? = nil
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        _ = try request.requireActor(.manageRecognition)
        return try await render(request)
    }

    @Sendable func form(_ request: Request) async throws -> Response {
        let actor = try request.requireActor(.manageRecognition)
        let form = try request.content.decode(BodyForm.self)
        guard let kind = RecognitionBodyKind(rawValue: form.kind) else {
            throw Abort(.badRequest, reason: request.t("error.bad_filter", ["name": "kind", "value": form.kind]))
        }
        var members: [RecognitionBodyMember] = []
        for key in (form.members ?? [:]).keys.sorted(by: { (Int($0) ?? 0) < (Int($1) ?? 0) }) {
            guard let row = form.members?[key], let user = row["user"].flatMap(UUID.init(uuidString:)) else { continue }
            guard let seat = row["seat"].flatMap(RecognitionSeat.init(rawValue:)),
                  let memberKind = row["kind"].flatMap(CommissionMemberKind.init(rawValue:)) else {
                throw Abort(.badRequest, reason: request.t("error.bad_filter", ["name": "members", "value": key]))
            }
            members.append(RecognitionBodyMember(userID: user, seat: seat, kind: memberKind))
        }
        do {
            _ = try await RecognitionBodies(database: request.db, clock: try request.clock())
                .form(kind, orderNumber: form.orderNumber, orderDate: form.orderDate, members: members, by: actor)
        } catch let problem as RecognitionBodies.Problem {
            return try await render(request, errors: [kind: request.messages(for: problem)], status: problem == .forbidden ? .forbidden : .unprocessableEntity)
        }
        return request.redirect(to: SiteRoute.recognitionBodies.path, notice: .saved)
    }

    private func render(_ request: Request, errors: [RecognitionBodyKind: [String]] = [:], status: HTTPStatus = .ok) async throws -> Response {
        let bodies = RecognitionBodies(database: request.db, clock: try request.clock())
        let page = RecognitionBodiesPage(
            commission: try await bodies.current(.commission), expertGroup: try await bodies.current(.expertGroup),
            staff: try await CommissionStore(database: request.db, clock: try request.clock()).staffAccounts(),
            errors: errors, today: try request.today(), request: request)
        return try await request.page("recognition-bodies", title: request.t("recognition.bodies.title"), body: page, status: status)
    }
}

extension Request {
    func messages(for problem: RecognitionBodies.Problem) -> [String] {
        switch problem {
        case .forbidden: [t("error.forbidden")]
        case .notStaff: [t("recognition.bodies.not_staff")]
        case .composition(let problems):
            problems.map { problem in
                switch problem {
                case .orderNumberMissing: t("validation.required", ["field": t("commission.order_number")])
                case .orderDateInvalid: t("validation.required", ["field": t("commission.order_date")])
                case .seatCount(let seat, let found):
                    t("recognition.bodies.seat_count", ["seat": t("recognition.seat.\(seat.rawValue)"), "found": "\(found)"])
                case .tooFewVoting(let minimum): t("recognition.bodies.too_few", ["minimum": "\(minimum)"])
                case .duplicateMember: t("recognition.bodies.duplicate")
                case .expertGroupNeedsTeacherAndPractitioner: t("recognition.bodies.expert_mix")
                }
            }
        }
    }
}
