import Foundation

/// A recognised discipline as the registrar enters it into the learner's record (004 §7.12): its
/// credits and grade, marked «перезачтено», with the decision it rests on.
public struct RecognisedDiscipline: Hashable, Sendable, Codable {
    public let code: String
    public let name: String
    /// The semester of the degree program the learner is exempt from it in.
    public let period: Int
    public let credits: Credits
    /// The letter on the policy's scale; nil for «зачтено» without a letter.
    public let letter: String?

    public init(code: String, name: String, period: Int, credits: Credits, letter: String?) {
        self.code = code
        self.name = name
        self.period = period
        self.credits = credits
        self.letter = letter
    }
}

/// What entering a decided case into the learner's record needs and yields (004 §7.12-7.14).
public struct RecognitionEntryRules: Sendable {
    public init() {}

    public enum Problem: Error, Hashable, Sendable {
        /// A refusal recognises nothing to enter.
        case nothingRecognised
        case orderNumberMissing
        case orderDateInvalid
        /// The dean's order follows the commission's decision.
        case orderBeforeDecision
        case priceInvalid
    }

    /// The disciplines recognised with credits, and the reduction of tuition at `pricePerCredit`
    /// (none for a grant-funded place).
    public func entry(recognised: [RecognisedDiscipline], orderNumber: String, orderDate: String, decidedOn: String,
                      pricePerCredit: Tenge?) throws(Problem) -> (disciplines: [RecognisedDiscipline], credits: Credits, reduction: TuitionReduction?) {
        let credited = recognised.filter { $0.credits > .zero }
        guard !credited.isEmpty else { throw .nothingRecognised }
        guard !orderNumber.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw .orderNumberMissing }
        guard CalendarDay(iso: orderDate) != nil else { throw .orderDateInvalid }
        guard orderDate >= decidedOn else { throw .orderBeforeDecision }
        let total = credited.reduce(Credits.zero) { $0 + $1.credits }
        return (credited, total, pricePerCredit.map { TuitionReduction(pricePerCredit: $0, credits: total) })
    }
}
