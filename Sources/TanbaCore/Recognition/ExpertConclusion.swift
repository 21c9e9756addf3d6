import Foundation

/// The expert group's conclusion on one target discipline (004 §7.9): the comparison sheet, the
/// credits proposed and the grade the discipline would carry.
public struct DisciplineConclusion: Hashable, Sendable {
    public let discipline: DegreeDiscipline
    public let sheet: ComparisonSheet
    /// Credits the experts propose to recognise: all of the discipline's for full recognition,
    /// none for a refusal, fewer for a partial one.
    public let credits: Credits
    /// The source's grade on the policy's scale; nil when nothing is recognised.
    public let grade: ConvertedGrade?

    public init(discipline: DegreeDiscipline, sheet: ComparisonSheet, credits: Credits, grade: ConvertedGrade?) {
        self.discipline = discipline
        self.sheet = sheet
        self.credits = credits
        self.grade = grade
    }
}

/// The volume comparison the experts see (004 §7.3): the source's hours against the discipline's,
/// at the policy's hours per credit.
public struct VolumeComparison: Hashable, Sendable {
    public let sourceHours: Int?
    public let sourceCredits: Credits?
    public let targetHours: Int
    /// Source hours less target hours; negative when the source is shorter.
    public let differenceHours: Int?

    public init(source: RecognitionSource, target: DegreeDiscipline, hoursPerCredit: Int) {
        let hours = source.workload(hoursPerCredit: hoursPerCredit)
        let target = (target.credits.hundredths * hoursPerCredit + 50) / 100
        sourceHours = hours
        sourceCredits = source.credits ?? source.hours.map { Credits.fromHours($0, hoursPerCredit: hoursPerCredit) }
        targetHours = target
        differenceHours = hours.map { $0 - target }
    }
}

/// Builds and checks the expert group's conclusion on a case, discipline by discipline.
public struct ExpertConclusionRules: Sendable {
    public let conversion: GradeConversion

    public init(scale: GradeScale) {
        conversion = GradeConversion(scale: scale)
    }

    public enum Problem: Error, Hashable, Sendable {
        case sheet(discipline: String, ComparisonSheet.Problem)
        /// Partial recognition needs credits above zero and below the discipline's.
        case partialCredits(discipline: String)
        case grade(discipline: String, GradeConversion.Problem)
        /// Every target discipline gets its conclusion.
        case disciplineMissing(String)
    }

    /// Every problem of a conclusion, thrown together.
    public struct Problems: Error, Hashable, Sendable {
        public let problems: [Problem]
    }

    /// The conclusion for `discipline` from the experts' sheet and, for partial recognition, the
    /// credits they propose; the grade comes from the source's, converted.
    public func conclude(_ discipline: DegreeDiscipline, sheet: ComparisonSheet, partialCredits: Credits?,
                         source: RecognitionSource) throws(Problems) -> DisciplineConclusion {
        var problems = sheet.problems.map { Problem.sheet(discipline: discipline.code, $0) }
        let credits: Credits
        switch sheet.proposal {
        case .full: credits = discipline.credits
        case .none: credits = .zero
        case .partial:
            credits = partialCredits ?? .zero
            if credits <= .zero || credits >= discipline.credits { problems.append(.partialCredits(discipline: discipline.code)) }
        }
        var grade: ConvertedGrade?
        if sheet.proposal != .none {
            do { grade = try conversion.convert(source.grade) } catch { problems.append(.grade(discipline: discipline.code, error)) }
        }
        guard problems.isEmpty else { throw Problems(problems: problems) }
        return DisciplineConclusion(discipline: discipline, sheet: sheet, credits: credits, grade: grade)
    }

    /// The case's proposal from its disciplines': full when all are, none when none is, else partial.
    public static func proposal(of conclusions: [DisciplineConclusion]) -> ComparisonSheet.Proposal {
        proposal(of: conclusions.map(\.sheet.proposal))
    }

    /// The case's proposal from the proposals of its disciplines.
    public static func proposal(of each: [ComparisonSheet.Proposal]) -> ComparisonSheet.Proposal {
        let proposals = Set(each)
        if proposals == [.full] { return .full }
        if proposals == [.none] || proposals.isEmpty { return .none }
        return .partial
    }
}
