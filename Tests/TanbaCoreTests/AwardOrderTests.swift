import Testing
@testable import TanbaCore

@Suite struct AwardOrderTests {
    @Test func anOrderFollowsItsProtocolAndPrecedesNothingInTheFuture() throws {
        #expect(try AwardOrder.checked(number: " 45-МК ", date: "2026-11-12", protocolDate: "2026-11-10", today: "2026-11-16")
            == AwardOrder(number: "45-МК", date: "2026-11-12"))
        #expect(throws: AwardOrder.Problems(problems: [.dateBeforeProtocol(protocolDate: "2026-11-10")])) {
            try AwardOrder.checked(number: "45-МК", date: "2026-11-09", protocolDate: "2026-11-10", today: "2026-11-16")
        }
        #expect(throws: AwardOrder.Problems(problems: [.numberMissing, .dateInFuture(today: "2026-11-16")])) {
            try AwardOrder.checked(number: "", date: "2026-11-17", protocolDate: "2026-11-10", today: "2026-11-16")
        }
        #expect(throws: AwardOrder.Problems(problems: [.dateInvalid])) {
            try AwardOrder.checked(number: "1", date: "12.11.2026", protocolDate: "2026-11-10", today: "2026-11-16")
        }
    }

    @Test func onlySKMAIssuesOnAnOrderAndComposesItsCommissionOfAllThreeKinds() {
        #expect(PolicyPresets.skma2026.requiresAwardOrder)
        #expect(PolicyPresets.all.filter(\.requiresAwardOrder).map(\.name) == ["skma-2026"])
        #expect(PolicyPresets.skma2026.commissionRules.requiredKinds == [.teachingStaff, .employer, .specialist])
        let members = [CommissionMember(id: .init(), kind: .teachingStaff, role: .chair),
                       CommissionMember(id: .init(), kind: .employer, role: .member),
                       CommissionMember(id: .init(), kind: .administrativeStaff, role: .member)]
        #expect(PolicyPresets.skma2026.commissionRules.problems(with: members) == [.missingKind(.specialist)])
        #expect(PolicyPresets.aitu.commissionRules.problems(with: members).isEmpty)
    }
}
