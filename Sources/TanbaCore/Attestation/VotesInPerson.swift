import Foundation

/// Which commission votes a member cast from their own seat, as opposed to the registrar entering
/// them from the paper ballot: the protocol and the session page mark the difference.
public enum VotesInPerson {
    /// One entry of a vote, oldest first: on whom, whose vote, and which account entered it.
    public struct Entry: Sendable, Equatable {
        public let learner: UUID
        public let member: UUID
        public let enteredBy: UUID

        public init(learner: UUID, member: UUID, enteredBy: UUID) {
            self.learner = learner
            self.member = member
            self.enteredBy = enteredBy
        }
    }

    /// A member's vote on a learner.
    public struct Key: Hashable, Sendable {
        public let learner: UUID
        public let member: UUID

        public init(learner: UUID, member: UUID) {
            self.learner = learner
            self.member = member
        }
    }

    /// The votes whose standing (last) entry the member made from their own account. `accounts`
    /// maps a member to their user account; a member without one never votes in person.
    public static func of(_ entries: [Entry], accounts: [UUID: UUID]) -> Set<Key> {
        var inPerson: Set<Key> = []
        for entry in entries {
            let key = Key(learner: entry.learner, member: entry.member)
            if accounts[entry.member] == entry.enteredBy { inPerson.insert(key) } else { inPerson.remove(key) }
        }
        return inPerson
    }
}
