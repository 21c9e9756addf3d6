import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import TanbaCore
import TanbaPersistence
@testable import TanbaWeb

/// Members of the recognition commission vote from their own accounts; the registrar's record of
/// the meeting takes those votes as cast.
@Suite(.serialized) struct RecognitionBallotTests {
    @Test func membersVoteFromTheirOwnAccountsAndTheDecisionCountsTheirBallots() async throws {
        try await withTanba { app, browser in
            let id = try await RecognitionDecisionPageTests().concluded(app, browser, proposal: "full", volume: "matches")
            let ballots = "/workspace/recognition/ballots"
            // only voting members of the commission in force see the cases
            for role in [Role.learner, .registrar, .councilSecretary] {
                let outsider = browser.fresh()
                try await outsider.login(as: role)
                #expect(try await outsider.get(ballots).status == .forbidden, "\(role)")
                #expect(try await outsider.post(ballots + "/\(id.uuidString)", [("vote", "award")]).status == .forbidden, "\(role)")
            }
            #expect(try await RecognitionBallotModel.query(on: app.db).count() == 0)
            // the teacher sits on it: the seat page says a case waits, the teacher votes, then changes their mind
            let teacher = browser.fresh()
            try await teacher.login(as: .teacher)
            #expect(try await teacher.get("/workspace/commission").body.string.contains("Признание: ждут вашего голоса — 1"))
            let list = try await teacher.get(ballots).body.string
            #expect(list.contains("ПР-2026-0001") && list.contains("Python for Everybody") && list.contains("признать полностью"))
            #expect(try await teacher.post(ballots + "/\(id.uuidString)", [("vote", "award")]).status == .seeOther)
            #expect(try await teacher.post(ballots + "/\(id.uuidString)", [("vote", "maybe")]).status == .unprocessableEntity)
            #expect(try await teacher.post(ballots + "/\(id.uuidString)", [("vote", "refuse")]).status == .seeOther)
            let voted = try await teacher.get(ballots).body.string
            #expect(voted.contains("Ваш голос: <strong>против</strong>"))
            #expect(try await teacher.get("/workspace/commission").body.string.contains("Признание: ждут вашего голоса — 0"))
            let external = browser.fresh()
            try await external.login(as: .externalExpert)
            #expect(try await external.post(ballots + "/\(id.uuidString)", [("vote", "award")]).status == .seeOther)
            // the registrar sees the ballots and records the meeting; the paper cannot overturn a ballot
            let registrar = browser.fresh()
            try await registrar.login(as: .registrar)
            let path = "/workspace/recognition/cases/\(id.uuidString)"
            #expect(try await registrar.get(path).body.string.contains("(голос подан в Tanba)"))
            let decided = try await registrar.post(path, [("action", "decide"), ("protocolNumber", "9"), ("meetingDate", "2026-08-29"), ("reasons", "")]
                + (try await RecognitionDecisionPageTests().votes(app, [.administrator: "award", .teacher: "award"])))
            #expect(decided.status == .seeOther)
            let decision = try #require(try await RecognitionDecisionModel.query(on: app.db).first())
            #expect(decision.votesFor == 2 && decision.votesAgainst == 1)
            let protocolText = try pdfText(Data(try await registrar.get(path + "/protocol.pdf").body.readableBytesView))
            #expect(protocolText.contains("Голосовали: за — 2, против — 1."))
            // once decided, a ballot comes too late
            #expect(try await teacher.post(ballots + "/\(id.uuidString)", [("vote", "award")]).status == .conflict)
            #expect(try await AuditEventModel.query(on: app.db).filter(\.$action == "recognition_ballot_cast").count() == 3)
        }
    }
}
