import Fluent
import Foundation
import TanbaCore

/// A decided case entered into the learner's record, with its exemption order and the reduction.
public final class RecognitionEntryModel: Model, @unchecked Sendable {
    public static let schema = "recognition_entries"

    @ID(key: .id) public var id: UUID?
    @Field(key: "entered_at") public var enteredAt: Date
    @Field(key: "entered_by") public var enteredBy: UUID
    @Field(key: "case_id") public var caseID: UUID
    @Field(key: "learner_id") public var learnerID: UUID
    /// `[RecognisedDiscipline]` as JSON.
    @Field(key: "disciplines") public var disciplines: String
    @Field(key: "credits_hundredths") public var creditsHundredths: Int
    @OptionalField(key: "price_per_credit_tiyn") public var pricePerCreditTiyn: Int?
    @OptionalField(key: "reduction_tiyn") public var reductionTiyn: Int?
    /// The dean's order on exemption and credit transfer (004 §7.14).
    @Field(key: "order_number") public var orderNumber: String
    /// `yyyy-MM-dd`.
    @Field(key: "order_date") public var orderDate: String

    public init() {}

    public var recognised: [RecognisedDiscipline] {
        get throws { try JSONDecoder().decode([RecognisedDiscipline].self, from: Data(disciplines.utf8)) }
    }

    public var credits: Credits { Credits(hundredths: creditsHundredths) }
    public var reduction: Tenge? { reductionTiyn.map(Tenge.init(tiyn:)) }
    public var pricePerCredit: Tenge? { pricePerCreditTiyn.map(Tenge.init(tiyn:)) }
}
