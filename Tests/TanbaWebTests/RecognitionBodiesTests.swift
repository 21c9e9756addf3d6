import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaPersistence
@testable import TanbaWeb

/// Users for recognition bodies: the test installation's staff accounts by role.
func staffID(_ role: Role, on db: any Database) async throws -> UUID {
    try #require(try await UserModel.query(on: db).filter(\.$login == role.rawValue).first()).requireID()
}

@Suite(.serialized) struct RecognitionBodiesTests {
    static func commissionForm(_ ids: [Role: UUID], orderNumber: String = "112-П") -> [(String, String)] {
        [("kind", "commission"), ("orderNumber", orderNumber), ("orderDate", "2026-08-21"),
         ("members[0][user]", ids[.administrator]?.uuidString ?? ""), ("members[0][seat]", "chair"), ("members[0][kind]", "administrative_staff"),
         ("members[1][user]", ids[.councilSecretary]?.uuidString ?? ""), ("members[1][seat]", "secretary"), ("members[1][kind]", "administrative_staff"),
         ("members[2][user]", ids[.teacher]?.uuidString ?? ""), ("members[2][seat]", "member"), ("members[2][kind]", "teaching_staff"),
         ("members[3][user]", ids[.externalExpert]?.uuidString ?? ""), ("members[3][seat]", "member"), ("members[3][kind]", "employer"),
         ("members[4][user]", ""), ("members[4][seat]", "member"), ("members[4][kind]", "teaching_staff")]
    }

    @Test func theRegistrarFormsTheCommissionByOrderAndANewOrderReplacesIt() async throws {
        try await withTanba { app, browser in
            var ids: [Role: UUID] = [:]
            for role in Role.allCases { ids[role] = try await staffID(role, on: app.db) }
            try await browser.login(as: .registrar)
            let formed = try await browser.post("/workspace/recognition/bodies", Self.commissionForm(ids))
            #expect(formed.status == .seeOther)
            let page = try await browser.get("/workspace/recognition/bodies").body.string
            #expect(page.contains("Приказ № 112-П от 21.08.2026"))
            #expect(page.contains("Тестовый teacher"))
            let bodies = RecognitionBodies(database: app.db, clock: .fixed(testNow))
            let commission = try #require(try await bodies.current(.commission))
            #expect(commission.members.map(\.member.seat) == [.chair, .secretary, .member, .member])
            #expect(commission.seat(of: try #require(ids[.councilSecretary]))?.seat == .secretary)
            // a later order forms the body anew; the first one stays on record
            _ = try await browser.post("/workspace/recognition/bodies", Self.commissionForm(ids, orderNumber: "140-П"))
            #expect(try await bodies.current(.commission)?.orderNumber == "140-П")
            #expect(try await RecognitionBodyModel.query(on: app.db).count() == 2)
            #expect(try await AuditEventModel.query(on: app.db).filter(\.$action == "recognition_body_formed").count() == 2)
        }
    }

    @Test func aCompositionTheRulesRefuseIsNamedAndNothingIsFormed() async throws {
        try await withTanba { app, browser in
            let teacher = try await staffID(.teacher, on: app.db), developer = try await staffID(.programDeveloper, on: app.db)
            let learner = try await staffID(.learner, on: app.db)
            try await browser.login(as: .registrar)
            let teachersOnly = try await browser.post("/workspace/recognition/bodies", [
                ("kind", "expert_group"), ("orderNumber", "113-П"), ("orderDate", "2026-09-01"),
                ("members[0][user]", teacher.uuidString), ("members[0][seat]", "chair"), ("members[0][kind]", "teaching_staff"),
                ("members[1][user]", developer.uuidString), ("members[1][seat]", "member"), ("members[1][kind]", "teaching_staff")])
            #expect(teachersOnly.status == .unprocessableEntity)
            #expect(teachersOnly.body.string.contains("Нужен ровно один: секретарь (указано: 0)."))
            #expect(teachersOnly.body.string.contains("нужны и преподаватели, и практики"))
            let withLearner = try await browser.post("/workspace/recognition/bodies", [
                ("kind", "expert_group"), ("orderNumber", "113-П"), ("orderDate", "2026-09-01"),
                ("members[0][user]", teacher.uuidString), ("members[0][seat]", "chair"), ("members[0][kind]", "teaching_staff"),
                ("members[1][user]", developer.uuidString), ("members[1][seat]", "secretary"), ("members[1][kind]", "administrative_staff"),
                ("members[2][user]", learner.uuidString), ("members[2][seat]", "member"), ("members[2][kind]", "employer")])
            #expect(withLearner.body.string.contains("только сотрудники с действующей учётной записью"))
            #expect(try await RecognitionBodyModel.query(on: app.db).count() == 0)
        }
    }

    @Test(arguments: [Role.administrator, .teacher, .learner, .councilSecretary])
    func onlyTheRegistrarFormsTheBodies(role: Role) async throws {
        try await withTanba { app, browser in
            var ids: [Role: UUID] = [:]
            for role in Role.allCases { ids[role] = try await staffID(role, on: app.db) }
            try await browser.login(as: role)
            #expect(try await browser.get("/workspace/recognition/bodies").status == .forbidden)
            #expect(try await browser.post("/workspace/recognition/bodies", Self.commissionForm(ids)).status == .forbidden)
        }
    }
}
