import Foundation

/// The reduction of tuition for recognised credits (004 §7.13): the contract's price per credit
/// times the credits recognised, in tiyn, exactly.
public struct TuitionReduction: Hashable, Sendable {
    public let pricePerCredit: Tenge
    public let credits: Credits

    public init(pricePerCredit: Tenge, credits: Credits) {
        self.pricePerCredit = pricePerCredit
        self.credits = credits
    }

    /// Credits are held in hundredths, so the product is in hundredths of a tiyn; a part of a tiyn
    /// is rounded half up, in the learner's favour.
    public var amount: Tenge {
        let hundredthsOfTiyn = pricePerCredit.tiyn * credits.hundredths
        return Tenge(tiyn: (hundredthsOfTiyn + 50) / 100)
    }
}
