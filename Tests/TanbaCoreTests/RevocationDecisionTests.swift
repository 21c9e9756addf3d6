import Testing
@testable import TanbaCore

@Suite struct RevocationDecisionTests {
    @Test func aCompleteDecisionIsKeptTrimmed() throws {
        let decision = try RevocationDecision.checked(decidedBy: " Учёный совет ", number: " 7 ", decidedOn: "2026-11-30",
                                                      reason: " Выдан ошибочно ", issuedOn: "2026-11-10", today: "2026-12-01")
        #expect(decision == RevocationDecision(decidedBy: "Учёный совет", number: "7", decidedOn: "2026-11-30", reason: "Выдан ошибочно"))
    }

    @Test func everyProblemIsNamedAtOnce() {
        #expect(throws: RevocationDecision.Problems(problems: [.decidedByMissing, .numberMissing, .dateInvalid, .reasonTooShort])) {
            try RevocationDecision.checked(decidedBy: " ", number: "", decidedOn: "2026-02-30", reason: "x",
                                           issuedOn: "2026-11-10", today: "2026-12-01")
        }
    }

    @Test func theDecisionFallsBetweenTheIssueAndToday() {
        #expect(throws: RevocationDecision.Problems(problems: [.dateInFuture(today: "2026-12-01")])) {
            try RevocationDecision.checked(decidedBy: "Ректор", number: "1", decidedOn: "2026-12-02", reason: "ошибка",
                                           issuedOn: "2026-11-10", today: "2026-12-01")
        }
        #expect(throws: RevocationDecision.Problems(problems: [.dateBeforeIssue(issuedOn: "2026-11-10")])) {
            try RevocationDecision.checked(decidedBy: "Ректор", number: "1", decidedOn: "2026-11-09", reason: "ошибка",
                                           issuedOn: "2026-11-10", today: "2026-12-01")
        }
        #expect((try? RevocationDecision.checked(decidedBy: "Ректор", number: "1", decidedOn: "2026-11-10", reason: "ошибка",
                                                 issuedOn: "2026-11-10", today: "2026-12-01")) != nil, "the day of issue itself is allowed")
    }
}
