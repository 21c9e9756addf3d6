import Foundation

/// How the final points of a discipline follow from its parts: the national point-rating rule
/// final = 60 % admission rating (mean of current control and midterm) + 40 % exam.
public struct AssessmentScheme: Hashable, Sendable, Codable {
    /// Share of the admission rating («рейтинг допуска») in the final points, in percent.
    public let admissionWeightPercent: Int
    /// Share of the exam, in percent; the two add up to 100.
    public let examWeightPercent: Int
    /// Admission rating below which the learner may not sit the exam.
    public let examAdmissionMinimum: Int

    public init(admissionWeightPercent: Int = 60, examWeightPercent: Int = 40, examAdmissionMinimum: Int = 50) {
        self.admissionWeightPercent = admissionWeightPercent
        self.examWeightPercent = examWeightPercent
        self.examAdmissionMinimum = examAdmissionMinimum
    }

    public static let national = AssessmentScheme()

    /// Mean of current control and midterm, exact.
    public func admissionRating(currentControl: Int, midterm: Int) -> Decimal {
        Decimal(currentControl + midterm) / 2
    }

    /// Final points rounded half up, computed in integers so no rounding error creeps in.
    public func finalPoints(currentControl: Int, midterm: Int, exam: Int) -> Int {
        // 200 × final = admission% × (current + midterm) + 2 × exam% × exam
        let scaled = admissionWeightPercent * (currentControl + midterm) + 2 * examWeightPercent * exam
        return (scaled + 100) / 200
    }

    public func admitsToExam(currentControl: Int, midterm: Int) -> Bool {
        // current + midterm ≥ 2 × minimum, so a mean of 49.5 is not rounded up into admission
        currentControl + midterm >= 2 * examAdmissionMinimum
    }
}
