import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaPersistence
@testable import TanbaWeb

@Suite(.serialized) struct CommissionSeatTests {
    /// Users by login.
    static func user(_ app: Application, _ login: String) async throws -> UserModel {
        try #require(try await UserModel.query(on: app.db).filter(\.$login == login).first())
    }

    @Test func aLinkedMemberVotesInPersonAndTheSecretaryCannotOverrideIt() async throws {
        try await withTanba { app, registrar in
            // setup: a session of three; the employer member signs in with the external expert's account
            let (intakeID, learnerID) = try await CertificationTests.readyLearner(app)
            try await registrar.login(as: .registrar)
            let session = try await CertificationTests.openSession(registrar, intakeID: intakeID)
            let rows = try await CommissionMemberModel.query(on: app.db).all()
            let chair = try #require(rows.first { $0.role == "chair" }?.id)
            let employer = try #require(rows.first { $0.kind == "employer" }?.id)
            let specialist = try #require(rows.first { $0.kind == "specialist" }?.id)
            let expert = try await Self.user(app, Role.externalExpert.rawValue)
            let attestation = "/workspace/intakes/\(intakeID)/attestation"
            let linked = try await registrar.post(attestation, [("action", "accounts"), ("accounts[\(employer)]", expert.id?.uuidString ?? ""),
                                                                ("accounts[\(chair)]", ""), ("accounts[\(specialist)]", "")])
            #expect(linked.status == .seeOther)
            #expect(try await CommissionMemberModel.find(employer, on: app.db)?.userID == expert.id)

            // act: the member opens their page and votes to refuse
            let member = registrar.fresh()
            try await member.login(as: .externalExpert)
            let page = try await member.get("/workspace/commission")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Протокол заседания № 3"))
            #expect(page.body.string.contains("Омарова Д."))
            let voted = try await member.post("/workspace/commission/sessions/\(session.split(separator: "/").last ?? "")",
                                              [("votes[\(learnerID)]", "refuse")])
            #expect(voted.status == .seeOther)

            // check: the vote is theirs, the secretary sees it as cast in person and cannot change it
            let record = try #require(try await AttestationVoteModel.query(on: app.db).filter(\.$memberID == employer).first())
            #expect(record.vote == "refuse")
            #expect(record.recordedBy == expert.id)
            // sending the same choice again records nothing new
            try await member.post("/workspace/commission/sessions/\(session.split(separator: "/").last ?? "")",
                                  [("votes[\(learnerID)]", "refuse")])
            #expect(try await AttestationVoteModel.query(on: app.db).filter(\.$memberID == employer).count() == 1)
            #expect(try await registrar.get(session).body.string.contains("(лично)"))
            let overridden = try await registrar.post(session, [("action", "votes"), ("votes[\(learnerID)][\(employer)]", "award")])
            #expect(overridden.status == .unprocessableEntity)
            #expect(overridden.body.string.contains("проголосовал лично"))
            // the other two vote to award through the secretary: 2 of 3 present award
            try await registrar.post(session, [("action", "votes"), ("votes[\(learnerID)][\(chair)]", "award"),
                                               ("votes[\(learnerID)][\(specialist)]", "award")])
            #expect(try await registrar.post(session, [("action", "close"), ("confirm", "yes")]).status == .seeOther)
            let decision = try #require(try await AttestationDecisionModel.query(on: app.db).first())
            #expect(decision.votesFor == 2)
            #expect(decision.votesAgainst == 1)
            // once closed, the member's vote is final
            let late = try await member.post("/workspace/commission/sessions/\(session.split(separator: "/").last ?? "")",
                                             [("votes[\(learnerID)]", "award")])
            #expect(late.status == .unprocessableEntity)
            #expect(late.body.string.contains("Протокол закрыт"))
        }
    }

    @Test func onlyTheLinkedAccountVotesForItsSeat() async throws {
        try await withTanba { app, registrar in
            // setup: the employer seat is linked to the external expert, not to the teacher
            let (intakeID, learnerID) = try await CertificationTests.readyLearner(app)
            try await registrar.login(as: .registrar)
            let session = try await CertificationTests.openSession(registrar, intakeID: intakeID)
            let sessionID = String(session.split(separator: "/").last ?? "")
            let employer = try #require(try await CommissionMemberModel.query(on: app.db).all().first { $0.kind == "employer" }?.id)
            let expert = try await Self.user(app, Role.externalExpert.rawValue)
            try await registrar.post("/workspace/intakes/\(intakeID)/attestation",
                                     [("action", "accounts"), ("accounts[\(employer)]", expert.id?.uuidString ?? "")])

            // act / check: a staff member without a seat cannot vote, a learner cannot open the page,
            // and a learner's account cannot be linked to a seat
            let teacher = registrar.fresh()
            try await teacher.login(as: .teacher)
            #expect(try await teacher.get("/workspace/commission").body.string.contains("не входите"))
            #expect(try await teacher.post("/workspace/commission/sessions/\(sessionID)", [("votes[\(learnerID)]", "award")]).status == .forbidden)
            let learner = registrar.fresh()
            try await learner.login(as: .learner)
            #expect(try await learner.get("/workspace/commission").status == .forbidden)
            let learnerUser = try await Self.user(app, Role.learner.rawValue)
            let refused = try await registrar.post("/workspace/intakes/\(intakeID)/attestation",
                                                   [("action", "accounts"), ("accounts[\(employer)]", learnerUser.id?.uuidString ?? "")])
            #expect(refused.status == .unprocessableEntity)
            #expect(try await CommissionMemberModel.find(employer, on: app.db)?.userID == expert.id)
            #expect(try await AttestationVoteModel.query(on: app.db).count() == 0)
            // the link is in the audit trail
            #expect(try await AuditEventModel.query(on: app.db).filter(\.$action == "member_account_linked").count() == 1)
        }
    }
}
