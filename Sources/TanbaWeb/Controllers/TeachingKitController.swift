import Fluent
import Foundation
import Vapor
import TanbaCore
import TanbaPersistence

/// The teaching kits (УМКД) of an edition: staff read them, the developing department uploads,
/// the academic committee approves (004 §5.10).
struct TeachingKitController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.teachingKit(RouteParameter.id).pattern, use: show)
        routes.on(.POST, SiteRoute.teachingKitDocuments(RouteParameter.id).pattern, body: .collect(maxSize: "1gb"), use: upload)
            .bodyLimit(.uploads(files: 1))
        routes.post(SiteRoute.teachingKitApproval(RouteParameter.id).pattern, use: approve)
        routes.get(SiteRoute.teachingKitDocument(RouteParameter.id).pattern, use: document)
    }

    /// The upload form as posted.
    struct UploadForm: Content {
        var discipline: String?
        var kind: String?
        var file: File?
    }

    /// The approval form as posted.
    struct ApprovalForm: Content {
        var protocolNumber: String?
        var meetingDate: String?
    }

    @Sendable func show(_ request: Request) async throws -> Response {
        try await render(request, actor: try staff(request), editionID: try request.parameter(.id))
    }

    @Sendable func upload(_ request: Request) async throws -> Response {
        let actor = try request.requireActor(.keepTeachingKits)
        let editionID = try request.parameter(.id)
        let form = try request.content.decode(UploadForm.self)
        guard let kind = form.kind.flatMap(TeachingKitDocumentKind.init(rawValue:)),
              let discipline = form.discipline.flatMap({ Int($0) }) else {
            return try await render(request, actor: actor, editionID: editionID,
                                    errors: [request.t("teaching_kit.error.slot")], status: .unprocessableEntity)
        }
        do {
            try await request.teachingKits().upload(Array(form.file?.data.readableBytesView ?? []), fileName: form.file?.filename ?? "",
                                                    to: TeachingKitSlot(discipline: discipline, kind: kind), of: editionID, by: actor)
        } catch let problem as TeachingKits.Problem {
            return try await refused(request, actor: actor, editionID: editionID, problem: problem)
        }
        return request.redirect(to: SiteRoute.teachingKit(editionID).path, notice: .saved)
    }

    @Sendable func approve(_ request: Request) async throws -> Response {
        let actor = try request.requireActor(.approveTeachingKits)
        let editionID = try request.parameter(.id)
        let form = try request.content.decode(ApprovalForm.self)
        do {
            try await request.teachingKits().approve(editionID, protocolNumber: form.protocolNumber ?? "",
                                                     meetingDate: form.meetingDate ?? "", by: actor)
        } catch let problem as TeachingKits.Problem {
            return try await refused(request, actor: actor, editionID: editionID, problem: problem)
        }
        return request.redirect(to: SiteRoute.teachingKit(editionID).path, notice: .recorded)
    }

    @Sendable func document(_ request: Request) async throws -> Response {
        _ = try staff(request)
        guard let (document, data) = try await request.teachingKits().document(try request.parameter(.id)) else {
            throw Abort(.notFound, reason: request.t("error.http.404"))
        }
        return .uploadedDocument(data, contentType: document.contentType, storedName: document.storedName,
                                 originalName: document.originalName)
    }

    private func staff(_ request: Request) throws -> ActingUser {
        let actor = try request.requireActor()
        guard actor.role.isStaff else { throw Abort(.forbidden, reason: request.t("error.forbidden")) }
        return actor
    }

    private func refused(_ request: Request, actor: ActingUser, editionID: UUID, problem: TeachingKits.Problem) async throws -> Response {
        switch problem {
        case .forbidden: throw Abort(.forbidden, reason: request.t("error.forbidden"))
        case .editionNotFound: throw Abort(.notFound, reason: request.t("error.edition_not_found"))
        default:
            return try await render(request, actor: actor, editionID: editionID, errors: Self.messages(problem, request: request),
                                    status: .unprocessableEntity)
        }
    }

    static func messages(_ problem: TeachingKits.Problem, request: Request) -> [String] {
        switch problem {
        case .forbidden: [request.t("error.forbidden")]
        case .editionNotFound: [request.t("error.edition_not_found")]
        case .unknownDiscipline: [request.t("teaching_kit.error.slot")]
        case .meetingDateInvalid: [request.t("teaching_kit.error.meeting_date")]
        case .upload(let error):
            switch error {
            case .empty: [request.t("upload.error.empty", ["document": request.t("teaching_kit.document")])]
            case .tooLarge(let limit):
                [request.t("upload.error.too_large", ["document": request.t("teaching_kit.document"), "limit": "\(limit / 1024 / 1024)"])]
            case .unsupportedType: [request.t("upload.error.type", ["document": request.t("teaching_kit.document")])]
            }
        case .approval(let problems):
            problems.map { problem in
                switch problem {
                case .incomplete(let missing): request.t("teaching_kit.error.incomplete", ["count": "\(missing.count)"])
                case .protocolNumberMissing: request.t("teaching_kit.error.protocol")
                case .meetingInTheFuture(let today): request.t("teaching_kit.error.future", ["date": today.dotted])
                case .alreadyApproved: request.t("teaching_kit.error.already")
                }
            }
        }
    }

    private func render(_ request: Request, actor: ActingUser, editionID: UUID, errors: [String] = [],
                        status: HTTPStatus = .ok) async throws -> Response {
        let sheet: TeachingKits.Sheet
        do { sheet = try await request.teachingKits().sheet(editionID) } catch TeachingKits.Problem.editionNotFound {
            throw Abort(.notFound, reason: request.t("error.edition_not_found"))
        }
        let page = try TeachingKitPage(sheet, policy: try await SettingsStore.policy(on: request.db), actor: actor,
                                       uploadLimitBytes: try request.services().config.uploadMaxBytes, errors: errors, request: request)
        return try await request.page("teaching-kit", title: request.t("teaching_kit.title", ["title": sheet.content.title]),
                                      body: page, status: status)
    }
}

extension Request {
    func teachingKits() throws -> TeachingKits {
        let services = try services()
        return TeachingKits(database: db, storage: services.storage,
                            uploadRules: UploadRules(maximumBytes: services.config.uploadMaxBytes), clock: services.clock)
    }
}
