import Fluent
import Vapor
import TanbaCore
import TanbaPersistence

/// Recognition cases for staff tokens (a student information system importing transferred credits).
struct RecognitionAPIController: APIRouteCollection {
    func boot(api routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.apiRecognitions.pattern, use: list)
        routes.get(SiteRoute.apiRecognition(RouteParameter.id).pattern, use: show)
    }

    @Sendable func list(_ request: Request) async throws -> [RecognitionDTO] {
        _ = try request.requireActor(.manageRecognition)
        let list = try await RecognitionCaseList.load(on: request.db)
        let conclusions = Dictionary(grouping: try await RecognitionConclusionModel.query(on: request.db).all(), by: \.caseID)
        return try list.rows.map { try RecognitionDTO($0, conclusions: conclusions[try $0.model.requireID()] ?? []) }
    }

    @Sendable func show(_ request: Request) async throws -> RecognitionDTO {
        _ = try request.requireActor(.manageRecognition)
        let file: RecognitionCaseFile
        do { file = try await RecognitionCaseFile.load(try request.parameter(.id), on: request.db, clock: try request.clock()) }
        catch RecognitionCaseError.notFound { throw Abort(.notFound, reason: request.t("error.http.404")) }
        var row = file.row
        row.decision = file.decision
        row.entry = file.entry
        return try RecognitionDTO(row, conclusions: file.conclusions)
    }
}
