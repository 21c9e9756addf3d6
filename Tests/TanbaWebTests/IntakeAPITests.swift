import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaPersistence
@testable import TanbaWeb

@Suite(.serialized) struct IntakeAPITests {
    func token(_ app: Application, _ login: String) async throws -> String {
        try await APITokenStore(database: app.db, clock: .live, random: .system).create(forLogin: login, name: "Platonus")
    }

    func call(_ app: Application, _ method: HTTPMethod, _ path: String, token: String?, json: String? = nil) async throws
        -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        if let token { headers.bearerAuthorization = BearerAuthorization(token: token) }
        var body: ByteBuffer?
        if let json {
            headers.contentType = .json
            body = ByteBuffer(string: json)
        }
        return try await app.testing().sendRequest(method, path, headers: headers, body: body)
    }

    @Test func aTokenActsWithItsUsersRights() async throws {
        try await withTanba { app, _ in
            // setup
            let (fixture, _) = try await GradebookTests.enrolled(app)
            let registrar = try await token(app, "registrar")
            let teacher = try await token(app, "teacher")
            // check: the registrar lists intakes and learners
            let intakes = try await call(app, .GET, "/api/v1/intakes", token: registrar)
            #expect(intakes.status == .ok)
            #expect(intakes.body.string.contains("TEST-MC-001"))
            let learners = try await call(app, .GET, "/api/v1/intakes/\(fixture.intakeID)/learners", token: registrar)
            #expect(learners.body.string.contains("\"login\":\"learner\""))
            // the teacher records through the API, the registrar may not
            let marks = #"{"marks":[{"learner":"learner","discipline":1,"kind":"current_control","points":88},{"learner":"learner","discipline":1,"kind":"midterm","points":92}]}"#
            #expect(try await call(app, .PUT, "/api/v1/intakes/\(fixture.intakeID)/gradebook", token: registrar, json: marks).status == .forbidden)
            let recorded = try await call(app, .PUT, "/api/v1/intakes/\(fixture.intakeID)/gradebook", token: teacher, json: marks)
            #expect(recorded.status == .ok)
            #expect(recorded.body.string.contains("\"currentControl\":88"))
            #expect(try await GradeEntryModel.query(on: app.db).count() == 2)
        }
    }

    @Test func aBadMarkRefusesTheWholeBatch() async throws {
        try await withTanba { app, _ in
            let (fixture, _) = try await GradebookTests.enrolled(app)
            let teacher = try await token(app, "teacher")
            let path = "/api/v1/intakes/\(fixture.intakeID)/gradebook"
            let mixed = #"{"marks":[{"learner":"learner","discipline":1,"kind":"current_control","points":88},{"learner":"learner","discipline":1,"kind":"exam","points":101}]}"#
            let refused = try await call(app, .PUT, path, token: teacher, json: mixed)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("\"reason\""))
            let foreign = #"{"marks":[{"learner":"learner","discipline":2,"kind":"current_control","points":88}]}"#
            #expect(try await call(app, .PUT, path, token: teacher, json: foreign).status == .forbidden)
            #expect(try await call(app, .PUT, path, token: teacher, json: "{\"marks\": 5}").status == .badRequest)
            #expect(try await GradeEntryModel.query(on: app.db).count() == 0)
        }
    }

    @Test func withoutAValidTokenNothingIsServed() async throws {
        try await withTanba { app, _ in
            let (fixture, _) = try await GradebookTests.enrolled(app)
            #expect(try await call(app, .GET, "/api/v1/intakes", token: nil).status == .unauthorized)
            #expect(try await call(app, .GET, "/api/v1/intakes", token: "tnb_forged").status == .unauthorized)
            #expect(try await call(app, .GET, "/api/v1/intakes/\(fixture.intakeID)/gradebook", token: "nonsense").status == .unauthorized)
            // learners get no tokens at all
            await #expect(throws: LearningStoreError.notFound) { try await APITokenStore(database: app.db, clock: .live, random: .system).create(forLogin: "learner", name: "x") }
        }
    }

    @Test func aTeacherSeesOnlyTheirIntakes() async throws {
        try await withTanba { app, _ in
            let (fixture, _) = try await GradebookTests.enrolled(app)
            try await UserModel(login: "teacher2", fullName: "Другой", role: .teacher, passwordHash: testPasswordHash,
                                createdAt: Date()).create(on: app.db)
            let other = try await token(app, "teacher2")
            let list = try await call(app, .GET, "/api/v1/intakes", token: other)
            #expect(list.status == .ok)
            #expect(list.body.string == "[]")
            #expect(try await call(app, .GET, "/api/v1/intakes/\(fixture.intakeID)/gradebook", token: other).status == .forbidden)
            let developer = try await token(app, "program_developer")
            #expect(try await call(app, .GET, "/api/v1/intakes", token: developer).status == .forbidden)
        }
    }
}
