import Foundation
import Testing
@testable import TanbaCore

@Suite struct AttestationVotingTests {
    let chair = CommissionMember(id: UUID(), kind: .teachingStaff, role: .chair)
    let employer = CommissionMember(id: UUID(), kind: .employer, role: .member)
    let specialist = CommissionMember(id: UUID(), kind: .specialist, role: .member)
    let teacher = CommissionMember(id: UUID(), kind: .teachingStaff, role: .member)
    var members: [CommissionMember] { [chair, employer, specialist, teacher] }
    let voting = AttestationVoting()

    @Test func aSimpleMajorityOfMembersPresentAwards() throws {
        let decision = try voting.decide(members: members, present: [chair.id, employer.id, specialist.id],
                                         votes: [chair.id: .award, employer.id: .award, specialist.id: .refuse])
        #expect(decision == .awarded(votesFor: 2, votesAgainst: 1))
        #expect(decision.awardsCredential)
    }

    @Test func aMajorityAgainstRefuses() throws {
        let decision = try voting.decide(members: members, present: Set(members.map(\.id)),
                                         votes: [chair.id: .award, employer.id: .refuse, specialist.id: .refuse, teacher.id: .refuse])
        #expect(decision == .refused(votesFor: 1, votesAgainst: 3))
    }

    @Test func aTieIsBrokenByTheChairOrLeftUndecided() throws {
        let votes: [UUID: AttestationVote] = [chair.id: .refuse, employer.id: .award, specialist.id: .award, teacher.id: .refuse]
        let broken = try voting.decide(members: members, present: Set(members.map(\.id)), votes: votes)
        #expect(broken == .tieBrokenByChair(awarded: false, votesFor: 2, votesAgainst: 2))
        let strict = AttestationVoting(rules: CommissionRules(chairCastsTieBreak: false))
        let tie = try strict.decide(members: members, present: Set(members.map(\.id)), votes: votes)
        #expect(tie == .tie(votesFor: 2, votesAgainst: 2))
        #expect(!tie.awardsCredential)
    }

    @Test func withoutQuorumNothingIsDecided() {
        // 2 of 4 present; two thirds of 4 rounds up to 3
        #expect(throws: AttestationVoting.Problem.noQuorum(present: 2, required: 3)) {
            try voting.decide(members: members, present: [chair.id, employer.id], votes: [chair.id: .award, employer.id: .award])
        }
    }

    @Test func everyPresentMemberVotesAndAbsentMembersDoNot() {
        #expect(throws: AttestationVoting.Problem.missingVotes(count: 1)) {
            try voting.decide(members: members, present: [chair.id, employer.id, specialist.id],
                              votes: [chair.id: .award, employer.id: .award])
        }
        #expect(throws: AttestationVoting.Problem.voteFromAbsentMember(teacher.id)) {
            try voting.decide(members: members, present: [chair.id, employer.id, specialist.id],
                              votes: [chair.id: .award, employer.id: .award, specialist.id: .award, teacher.id: .award])
        }
    }

    @Test func aCommissionNeedsTeachingStaffAnEmployerAndOneChair() {
        let rules = CommissionRules.standard
        #expect(rules.problems(with: members).isEmpty)
        let noEmployer = [chair, specialist, teacher]
        #expect(rules.problems(with: noEmployer) == [.missingKind(.employer)])
        let twoChairs = [chair, CommissionMember(id: UUID(), kind: .employer, role: .chair), teacher]
        #expect(rules.problems(with: twoChairs) == [.chairCount(2)])
        #expect(rules.problems(with: [chair, employer]) == [.tooFewMembers(minimum: 3)])
    }

    @Test func tokensAreRandom128BitAndParseOnlyTheirOwnShape() {
        var seen: Set<String> = []
        for _ in 0..<1_000 { seen.insert(VerificationToken.random(from: .system).value) }
        #expect(seen.count == 1_000)
        let token = VerificationToken.random(from: .system)
        #expect(token.value.count == 22)
        #expect(VerificationToken(parsing: token.value) == token)
        #expect(VerificationToken(parsing: "MC-2026-000123") == nil)
        #expect(VerificationToken(parsing: "../../etc/passwd/aaaaaa") == nil)
    }
}
