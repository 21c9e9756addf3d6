import Fluent
import Foundation
import TanbaCore

/// A discipline of a degree program in the catalogue.
public final class DegreeDisciplineModel: Model, @unchecked Sendable {
    public static let schema = "degree_disciplines"

    @ID(key: .id) public var id: UUID?
    @Field(key: "program_id") public var programID: UUID
    @Field(key: "code") public var code: String
    @Field(key: "name") public var name: String
    @Field(key: "credits_hundredths") public var creditsHundredths: Int
    @Field(key: "period") public var period: Int
    /// The outcomes, one per line.
    @Field(key: "learning_outcomes") public var learningOutcomes: String

    public init() {}

    public init(programID: UUID, _ discipline: DegreeDiscipline) {
        self.programID = programID
        code = discipline.code
        update(from: discipline)
    }

    func update(from discipline: DegreeDiscipline) {
        name = discipline.name
        creditsHundredths = discipline.credits.hundredths
        period = discipline.period
        learningOutcomes = discipline.learningOutcomes.joined(separator: "\n")
    }

    public var discipline: DegreeDiscipline {
        DegreeDiscipline(code: code, name: name, credits: Credits(hundredths: creditsHundredths), period: period,
                         learningOutcomes: learningOutcomes.split(separator: "\n").map(String.init))
    }
}
