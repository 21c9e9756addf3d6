import Foundation
import Testing
@testable import TanbaCore

@Suite struct VotesInPersonTests {
    let learner = UUID(), chair = UUID(), member = UUID(), chairAccount = UUID(), registrar = UUID()

    @Test func theLastEntryDecidesWhoCastTheVote() {
        let accounts = [chair: chairAccount]
        let entries = [
            VotesInPerson.Entry(learner: learner, member: chair, enteredBy: chairAccount),
            VotesInPerson.Entry(learner: learner, member: member, enteredBy: registrar),
        ]
        #expect(VotesInPerson.of(entries, accounts: accounts) == [.init(learner: learner, member: chair)])
        // the registrar re-enters the chair's vote from the paper ballot: no longer in person
        let corrected = entries + [VotesInPerson.Entry(learner: learner, member: chair, enteredBy: registrar)]
        #expect(VotesInPerson.of(corrected, accounts: accounts).isEmpty)
    }

    @Test func aMemberWithoutAnAccountNeverVotesInPerson() {
        let entries = [VotesInPerson.Entry(learner: learner, member: member, enteredBy: registrar)]
        #expect(VotesInPerson.of(entries, accounts: [:]).isEmpty)
    }
}
