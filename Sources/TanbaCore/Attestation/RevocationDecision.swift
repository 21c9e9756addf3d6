import Foundation

/// The decision that annuls a certificate (002 §9.2): the body or official who decided, the
/// decision's number and date, and the reason. Everything here is public on the verification page:
/// it names an institutional act, never a private detail of the holder.
public struct RevocationDecision: Hashable, Sendable, Codable {
    /// Who decided, e.g. «Учёный совет» or «Ректор (приказ)».
    public let decidedBy: String
    /// The decision's or order's number, e.g. «12-П».
    public let number: String
    /// The day of the decision, `yyyy-MM-dd`.
    public let decidedOn: String
    public let reason: String

    /// Every problem of a decision as typed, named at once.
    public enum Problem: Error, Hashable, Sendable {
        case decidedByMissing
        case numberMissing
        case dateInvalid
        /// Decided later than today, in Almaty.
        case dateInFuture(today: String)
        /// Decided before the certificate was issued: it could not have annulled it.
        case dateBeforeIssue(issuedOn: String)
        case reasonTooShort
        case tooLong(field: String, maximum: Int)
    }

    /// Every problem of one decision; nothing is recorded when there is one.
    public struct Problems: Error, Hashable, Sendable {
        public let problems: [Problem]

        public init(problems: [Problem]) {
            self.problems = problems
        }
    }

    /// Checks a decision as typed (spaces trimmed) against the certificate's issue day and today.
    public static func checked(decidedBy: String, number: String, decidedOn: String, reason: String,
                               issuedOn: String, today: String) throws(Problems) -> RevocationDecision {
        let tidy = { (text: String) in text.trimmingCharacters(in: .whitespacesAndNewlines) }
        let decision = RevocationDecision(decidedBy: tidy(decidedBy), number: tidy(number), decidedOn: tidy(decidedOn), reason: tidy(reason))
        var problems: [Problem] = []
        if decision.decidedBy.isEmpty { problems.append(.decidedByMissing) }
        if decision.decidedBy.count > 300 { problems.append(.tooLong(field: "decided_by", maximum: 300)) }
        if decision.number.isEmpty { problems.append(.numberMissing) }
        if decision.number.count > 50 { problems.append(.tooLong(field: "number", maximum: 50)) }
        if AlmatyDate.day(iso: decision.decidedOn) == nil {
            problems.append(.dateInvalid)
        } else if decision.decidedOn > today {
            problems.append(.dateInFuture(today: today))
        } else if decision.decidedOn < issuedOn {
            problems.append(.dateBeforeIssue(issuedOn: issuedOn))
        }
        if decision.reason.count < 3 { problems.append(.reasonTooShort) }
        if decision.reason.count > 2000 { problems.append(.tooLong(field: "reason", maximum: 2000)) }
        guard problems.isEmpty else { throw Problems(problems: problems) }
        return decision
    }

    public init(decidedBy: String, number: String, decidedOn: String, reason: String) {
        self.decidedBy = decidedBy
        self.number = number
        self.decidedOn = decidedOn
        self.reason = reason
    }
}
